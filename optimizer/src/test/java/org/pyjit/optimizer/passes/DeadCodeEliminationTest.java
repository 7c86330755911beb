package org.pyjit.optimizer.passes;

import static org.pyjit.optimizer.Traces.assertRewrites;

import org.junit.jupiter.api.Test;

class DeadCodeEliminationTest {
    @Test
    void unusedPureValuesGoAndEverythingWithAnEffectStays() {
        assertRewrites(DeadCodeElimination::run, """
                r0 = input(0)
                r1 = input(1)
                i2 = unbox_int(r0)
                i3 = int_add(i2, 1)
                i4 = int_mul(i3, 2)
                i5 = int_add_ovf(i2, 1) [f pc=1 l=(r0,-,-,-) s=()]
                r6 = box_int(i5)
                f7 = cast_int_to_float(i2)
                guard_true(true) [f pc=2 l=(r0,f7,-,-) s=()]
                i8 = call(hash, r0)
                r9 = call(pure_getitem, r0, 0) [f pc=3 l=(r0,-,-,-) s=()]
                r10 = call(getitem, r0, 0) [f pc=4 l=(r0,-,-,-) s=()]
                call(log, r0)
                r11 = box_int(i3)
                label(r11)
                r12 = box_int(i3)
                i13 = unbox_int(r11)
                jump(r11)
                """, """
                r0 = input(0)
                r1 = input(1)
                i2 = unbox_int(r0)
                i3 = int_add(i2, 1)
                i4 = int_add_ovf(i2, 1) [f pc=1 l=(r0,-,-,-) s=()]
                f5 = cast_int_to_float(i2)
                guard_true(true) [f pc=2 l=(r0,f5,-,-) s=()]
                r6 = call(pure_getitem, r0, 0) [f pc=3 l=(r0,-,-,-) s=()]
                r7 = call(getitem, r0, 0) [f pc=4 l=(r0,-,-,-) s=()]
                call(log, r0)
                r8 = box_int(i3)
                label(r8)
                jump(r8)
                """);
    }
}
