package org.pyjit.optimizer.passes;

import static org.pyjit.optimizer.Traces.assertRewrites;
import static org.pyjit.optimizer.Traces.assertSameRuns;
import static org.pyjit.optimizer.Traces.assertUnchanged;

import org.junit.jupiter.api.Test;
import org.pyjit.interp.runtime.PyNone;
import org.pyjit.optimizer.Optimizer;
import org.pyjit.optimizer.Traces;

class LoopPeelingTest {
    private static final String SUM_PREAMBLE = Traces.SUM.substring(0, Traces.SUM.indexOf("jump"));

    @Test
    void carriesChangedIntsUnboxedAndKeepsInvariantsOutOfTheLabel() {
        assertRewrites(LoopPeeling::run, Traces.SUM, SUM_PREAMBLE + """
                label(i8, i7)
                guard_class(r1, Long) [f pc=4 l=(r1,i7,i8,-) s=()]
                i11 = unbox_int(r1)
                b12 = int_lt(i8, i11)
                guard_true(b12) [f pc=6 l=(r1,i7,i8,-) s=(i8,r1)] [expected]
                i13 = int_add_ovf(i7, i8) [f pc=9 l=(r1,i7,i8,-) s=(i7,i8)]
                i14 = int_add_ovf(i8, 1) [f pc=13 l=(r1,i13,i8,-) s=(i8,1)]
                r15 = box_int(i13)
                r16 = box_int(i14)
                jump(i14, i13)
                """);
        assertSameRunsPeeledAndOptimized(Traces.SUM, 0L, 10L, 0L);
        assertSameRunsPeeledAndOptimized(Traces.SUM, 3L, 1L, 5L);
        assertSameRunsPeeledAndOptimized(Traces.SUM, Long.MAX_VALUE - 5, Long.MAX_VALUE, 0L);
    }

    @Test
    void givesUpOnALoopWhoseSlotChangesType() {
        // x = x + 0.5 when x entered as an int: the copy would check a float for Long
        assertUnchanged(LoopPeeling::run, """
                r0 = input(0)
                guard_class(r0, Long) [f pc=4 l=(r0,-,-,-) s=()]
                i1 = unbox_int(r0)
                f2 = cast_int_to_float(i1)
                f3 = float_add(f2, 0.5)
                b4 = float_lt(f3, 100.0)
                guard_true(b4) [f pc=6 l=(f3,-,-,-) s=()] [expected]
                r5 = box_float(f3)
                jump(r5)
                """);
        // the same with the unbox first
        assertUnchanged(LoopPeeling::run, """
                r0 = input(0)
                i1 = unbox_int(r0)
                f2 = cast_int_to_float(i1)
                r3 = box_float(f2)
                jump(r3)
                """);
    }

    @Test
    void refsThatChangeAreCarriedAsRefsAndBoxedWhereAnUnboxedValueFeedsThem() {
        // a, k = k, k + 1: a is carried as a ref and gets the box of k's unboxed param
        String in = """
                r0 = input(0)
                r1 = input(1)
                guard_class(r1, Long) [f pc=4 l=(r0,r1,-,-) s=()]
                i2 = unbox_int(r1)
                b3 = int_lt(i2, 5)
                guard_true(b3) [f pc=6 l=(r0,r1,-,-) s=()] [expected]
                call(log, r0)
                i4 = int_add_ovf(i2, 1) [f pc=9 l=(r1,r1,-,-) s=()]
                r5 = box_int(i4)
                jump(r1, r5)
                """;
        assertRewrites(LoopPeeling::run, in, in.substring(0, in.indexOf("jump")) + """
                label(r1, i4)
                b6 = int_lt(i4, 5)
                guard_true(b6) [f pc=6 l=(r1,i4,-,-) s=()] [expected]
                call(log, r1)
                i7 = int_add_ovf(i4, 1) [f pc=9 l=(i4,i4,-,-) s=()]
                r8 = box_int(i7)
                r9 = box_int(i4)
                jump(r9, i7)
                """);
        assertSameRunsPeeledAndOptimized(in, "x", 0L);
    }

    @Test
    void slotsSetToAConstantAreInvariant() {
        // x = None; b = 1 in every iteration: both hold the same value in every iteration after the first
        String in = """
                r0 = input(0)
                r1 = input(1)
                r2 = input(2)
                guard_class(r2, Long) [f pc=4 l=(r0,r1,r2,-) s=()]
                i3 = unbox_int(r2)
                guard_class(r1, Long) [f pc=4 l=(r0,r1,r2,-) s=()]
                i4 = unbox_int(r1)
                i5 = int_sub_ovf(i3, i4) [f pc=5 l=(r0,r1,r2,-) s=()]
                b6 = int_gt(i5, 0)
                guard_true(b6) [f pc=6 l=(r0,r1,r2,-) s=()] [expected]
                r7 = box_int(1)
                r8 = box_int(i5)
                jump(None, r7, r8)
                """;
        assertRewrites(LoopPeeling::run, in, in.substring(0, in.indexOf("jump")) + """
                label(i5)
                guard_class(r7, Long) [f pc=4 l=(None,r7,i5,-) s=()]
                i9 = unbox_int(r7)
                i10 = int_sub_ovf(i5, i9) [f pc=5 l=(None,r7,i5,-) s=()]
                b11 = int_gt(i10, 0)
                guard_true(b11) [f pc=6 l=(None,r7,i5,-) s=()] [expected]
                r12 = box_int(1)
                r13 = box_int(i10)
                jump(i10)
                """);
        assertSameRunsPeeledAndOptimized(in, PyNone.NONE, 3L, 10L);
    }

    @Test
    void swappedSlotsShareNoParam() {
        String in = """
                r0 = input(0)
                r1 = input(1)
                r2 = input(2)
                guard_class(r2, Long) [f pc=4 l=(r0,r1,r2,-) s=()]
                i3 = unbox_int(r2)
                b4 = int_lt(i3, 3)
                guard_true(b4) [f pc=6 l=(r0,r1,r2,-) s=()] [expected]
                i5 = int_add(i3, 1)
                r6 = box_int(i5)
                jump(r1, r0, r6)
                """;
        assertRewrites(LoopPeeling::run, in, in.substring(0, in.indexOf("jump")) + """
                label(r1, r0, i5)
                b7 = int_lt(i5, 3)
                guard_true(b7) [f pc=6 l=(r1,r0,i5,-) s=()] [expected]
                i8 = int_add(i5, 1)
                r9 = box_int(i8)
                jump(r0, r1, i8)
                """);
        assertSameRunsPeeledAndOptimized(in, "a", "b", 0L);
        assertSameRunsPeeledAndOptimized(in, "a", "b", 1L);
    }

    @Test
    void leavesAPeeledTraceAlone() {
        assertUnchanged(LoopPeeling::run, """
                r0 = input(0)
                guard_class(r0, Long) [f pc=4 l=(r0,-,-,-) s=()]
                i1 = unbox_int(r0)
                label(i1)
                i2 = int_add(i1, 1)
                jump(i2)
                """);
    }

    /** Peeling alone and the whole optimizer keep what the loop computes and where it leaves. */
    private static void assertSameRunsPeeledAndOptimized(String trace, Object... inputs) {
        assertSameRuns(LoopPeeling::run, trace, inputs);
        assertSameRuns(Optimizer::optimize, trace, inputs);
    }
}
