package org.pyjit.optimizer.passes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.pyjit.optimizer.Traces.assertRewrites;
import static org.pyjit.optimizer.Traces.assertSameRuns;
import static org.pyjit.optimizer.Traces.assertUnchanged;
import static org.pyjit.optimizer.Traces.parse;

import org.junit.jupiter.api.Test;
import org.pyjit.optimizer.Optimizer;
import org.pyjit.optimizer.ir.TraceVerifier;

/**
 * Merge points in the passes: after a MERGE the loop may have come from a bridge, which computed and checked
 * nothing the trace did on its way there since the loop's start. So nothing found before the MERGE (in the
 * loop) may replace what comes after it; what the preamble found still holds.
 */
class MergePointTest {
    @Test
    void cseDoesNotReuseAcrossAMergeWhatTheLoopComputedButReusesThePreamble() {
        assertRewrites(CommonSubexpressionElimination::run, """
                r0 = input(0)
                guard_class(r0, Long) [f pc=1 l=(r0,-,-,-) s=()]
                i1 = unbox_int(r0)
                i2 = call(hash, r0)
                label(i1)
                i3 = int_add(i1, 1)
                i4 = call(hash, r0)
                b5 = int_lt(i3, 10)
                guard_true(b5) [f pc=2 l=(r0,i3,-,-) s=()]
                merge(3:1, i3) [f pc=3 l=(r0,i3,-,-) s=()]
                i6 = merge_param(0)
                i7 = int_add(i1, 1)
                i8 = call(hash, r0)
                b9 = int_lt(i7, 10)
                guard_true(b9) [f pc=4 l=(r0,i6,-,-) s=()]
                i10 = int_add(i6, i8)
                jump(i10)
                """, """
                r0 = input(0)
                guard_class(r0, Long) [f pc=1 l=(r0,-,-,-) s=()]
                i1 = unbox_int(r0)
                i2 = call(hash, r0)
                label(i1)
                i3 = int_add(i1, 1)
                b4 = int_lt(i3, 10)
                guard_true(b4) [f pc=2 l=(r0,i3,-,-) s=()]
                merge(3:1, i3) [f pc=3 l=(r0,i3,-,-) s=()]
                i5 = merge_param(0)
                i6 = int_add(i1, 1)
                b7 = int_lt(i6, 10)
                guard_true(b7) [f pc=4 l=(r0,i5,-,-) s=()]
                i8 = int_add(i5, i2)
                jump(i8)
                """);
    }

    @Test
    void aClassCheckedInTheLoopBeforeAMergeIsCheckedAgainAfterIt() {
        assertUnchanged(GuardElimination::run, """
                r0 = input(0)
                r1 = input(1)
                label(r1)
                guard_class(r1, Long) [f pc=1 l=(r0,r1,-,-) s=()]
                merge(3:0, r0) [f pc=3 l=(r0,r1,-,-) s=()]
                r2 = merge_param(0)
                guard_class(r1, Long) [f pc=4 l=(r2,r1,-,-) s=()]
                guard_class(r2, Long) [f pc=5 l=(r2,r1,-,-) s=()]
                i3 = unbox_int(r2)
                r4 = box_int(i3)
                jump(r4)
                """);
    }

    @Test
    void peelingLeavesNoMergeInThePreambleAndCopiesAConstantParam() {
        assertRewrites(LoopPeeling::run, """
                r0 = input(0)
                guard_class(r0, Long) [f pc=1 l=(r0,-,-,-) s=()]
                i1 = unbox_int(r0)
                b2 = int_lt(i1, 10)
                guard_true(b2) [f pc=2 l=(r0,-,-,-) s=()]
                merge(3:1, 7) [f pc=3 l=(r0,7,-,-) s=()]
                i3 = merge_param(0)
                guard_class(r0, Long) [f pc=4 l=(r0,i3,-,-) s=()]
                i4 = unbox_int(r0)
                i5 = int_add_ovf(i4, i3) [f pc=4 l=(r0,i3,-,-) s=()]
                r6 = box_int(i5)
                jump(r6)
                """, """
                r0 = input(0)
                guard_class(r0, Long) [f pc=1 l=(r0,-,-,-) s=()]
                i1 = unbox_int(r0)
                b2 = int_lt(i1, 10)
                guard_true(b2) [f pc=2 l=(r0,-,-,-) s=()]
                i3 = copy(7)
                guard_class(r0, Long) [f pc=4 l=(r0,i3,-,-) s=()]
                i4 = unbox_int(r0)
                i5 = int_add_ovf(i4, i3) [f pc=4 l=(r0,i3,-,-) s=()]
                r6 = box_int(i5)
                label(i5)
                b7 = int_lt(i5, 10)
                guard_true(b7) [f pc=2 l=(i5,-,-,-) s=()]
                merge(3:1, 7) [f pc=3 l=(i5,7,-,-) s=()]
                i8 = merge_param(0)
                i9 = int_add_ovf(i5, i8) [f pc=4 l=(i5,i8,-,-) s=()]
                r10 = box_int(i9)
                jump(i9)
                """);
    }

    @Test
    void aMergedLoopRunsAsBefore() {
        assertSameRuns(Optimizer::optimize, """
                r0 = input(0)
                guard_class(r0, Long) [f pc=1 l=(r0,-,-,-) s=()]
                i1 = unbox_int(r0)
                b2 = int_lt(i1, 100)
                guard_true(b2) [f pc=2 l=(r0,-,-,-) s=()] [expected]
                merge(3:1, 3) [f pc=3 l=(r0,3,-,-) s=()]
                i3 = merge_param(0)
                guard_class(r0, Long) [f pc=4 l=(r0,i3,-,-) s=()]
                i4 = unbox_int(r0)
                i5 = int_add_ovf(i4, i3) [f pc=4 l=(r0,i3,-,-) s=()]
                r6 = box_int(i5)
                jump(r6)
                """, 5L);
    }

    @Test
    void theVerifierRefusesAUseAcrossAMerge() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> TraceVerifier.verify(parse("""
                r0 = input(0)
                label(r0)
                r1 = call(identity, r0)
                merge(3:0, r1) [f pc=3 l=(r1,-,-,-) s=()]
                r2 = merge_param(0)
                r3 = call(identity, r1)
                jump(r3)
                """)));
        assertEquals("r3 = call(identity, r1): uses r1 across a merge", e.getMessage());
    }
}
