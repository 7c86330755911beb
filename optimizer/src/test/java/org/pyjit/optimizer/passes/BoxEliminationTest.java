package org.pyjit.optimizer.passes;

import static org.pyjit.optimizer.Traces.assertRewrites;
import static org.pyjit.optimizer.Traces.assertUnchanged;

import org.junit.jupiter.api.Test;

class BoxEliminationTest {
    @Test
    void unboxOfABoxIsTheValueInside() {
        assertRewrites(BoxElimination::run, """
                r0 = input(0)
                i1 = unbox_int(r0)
                r2 = box_int(i1)
                i3 = unbox_int(r2)
                f4 = cast_int_to_float(i3)
                r5 = box_float(f4)
                f6 = unbox_float(r5)
                b7 = float_lt(f6, 1.0)
                r8 = box_bool(b7)
                b9 = unbox_bool(r8)
                guard_true(b9) [f pc=3 l=(r0,-,-,-) s=()]
                jump(r0)
                """, """
                r0 = input(0)
                i1 = unbox_int(r0)
                r2 = box_int(i1)
                f3 = cast_int_to_float(i1)
                r4 = box_float(f3)
                b5 = float_lt(f3, 1.0)
                r6 = box_bool(b5)
                guard_true(b5) [f pc=3 l=(r0,-,-,-) s=()]
                jump(r0)
                """);
    }

    @Test
    void snapshotsMentionTheUnboxedValueAndGuardsOnBoxesGo() {
        assertRewrites(BoxElimination::run, """
                r0 = input(0)
                i1 = unbox_int(r0)
                i2 = int_add_ovf(i1, 1) [f pc=3 l=(r0,-,-,-) s=()]
                r3 = box_int(i2)
                guard_class(r3, Long) [f pc=4 l=(r3,-,-,-) s=(r3)]
                guard_class(r3, Double) [f pc=5 l=(r3,-,-,-) s=()]
                jump(r3)
                """, """
                r0 = input(0)
                i1 = unbox_int(r0)
                i2 = int_add_ovf(i1, 1) [f pc=3 l=(r0,-,-,-) s=()]
                r3 = box_int(i2)
                guard_class(r3, Double) [f pc=5 l=(i2,-,-,-) s=()]
                jump(r3)
                """);
    }

    @Test
    void aBoxOfAnotherKindIsNotUnboxed() {
        assertUnchanged(BoxElimination::run, """
                r0 = input(0)
                f1 = unbox_float(r0)
                r2 = box_float(f1)
                i3 = unbox_int(r2)
                jump(r2)
                """);
    }

    @Test
    void aBoxCarriedAroundTheLoopIsNotTheBoxInside() {
        // r2 is a label param: in the loop it holds whatever the jump passed, not box_int(i1)
        assertRewrites(BoxElimination::run, """
                r0 = input(0)
                i1 = unbox_int(r0)
                r2 = box_int(i1)
                i3 = unbox_int(r2)
                label(r2)
                i4 = unbox_int(r2)
                guard_true(true) [f pc=3 l=(r2,-,-,-) s=()]
                r5 = call(identity, r0)
                jump(r5)
                """, """
                r0 = input(0)
                i1 = unbox_int(r0)
                r2 = box_int(i1)
                label(r2)
                i3 = unbox_int(r2)
                guard_true(true) [f pc=3 l=(r2,-,-,-) s=()]
                r4 = call(identity, r0)
                jump(r4)
                """);
    }
}
