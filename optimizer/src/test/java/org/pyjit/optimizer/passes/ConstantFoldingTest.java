package org.pyjit.optimizer.passes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.pyjit.optimizer.Traces.assertRewrites;
import static org.pyjit.optimizer.Traces.assertSameRuns;
import static org.pyjit.optimizer.Traces.assertUnchanged;

import org.junit.jupiter.api.Test;
import org.pyjit.optimizer.Traces;
import org.pyjit.optimizer.ir.TracePrinter;

class ConstantFoldingTest {
    private static void assertStays(String op) {
        assertUnchanged(ConstantFolding::run, "r0 = input(0)\n" + op + "\njump(r0)\n");
    }

    /** The op folds to the constant: a guard_value of it against the constant goes with it. */
    private static void assertFolds(String expected, String op) {
        String out = TracePrinter.print(ConstantFolding.run(Traces.parse(
                "r0 = input(0)\n" + op + "\nguard_value(" + op.substring(0, op.indexOf(' ')) + ", " + expected
                        + ") [f pc=0 l=(r0,-,-,-) s=()]\njump(r0)\n")));
        assertEquals("r0 = input(0)\njump(r0)\n", out, op);
    }

    @Test
    void intOpsFoldAsPythonComputesThem() {
        assertFolds("7", "i1 = int_add(3, 4)");
        assertFolds("-9223372036854775808", "i1 = int_add(9223372036854775807, 1)");
        assertFolds("12", "i1 = int_mul_ovf(3, 4) [f pc=0 l=(r0,-,-,-) s=()]");
        assertFolds("-4", "i1 = int_floordiv(-7, 2)");
        assertFolds("1", "i1 = int_mod(-7, 2)");
        assertFolds("-1", "i1 = int_mod(7, -2)");
        assertFolds("-2", "i1 = int_rshift(-7, 2)");
        assertFolds("6", "i1 = int_xor(5, 3)");
        assertFolds("true", "b1 = int_le(3, 3)");
        assertFolds("false", "b1 = bool_not(true)");
        assertFolds("9.007199254740992E15", "f1 = cast_int_to_float(9007199254740993)");
    }

    @Test
    void floatOpsFoldAsJavaDoubles() {
        assertFolds("0.30000000000000004", "f1 = float_add(0.1, 0.2)");
        assertFolds("-0.0", "f1 = float_neg(0.0)");
        assertFolds("true", "b1 = float_ne(NaN, NaN)");
        assertFolds("false", "b1 = float_eq(NaN, NaN)");
        assertFolds("2.5", "f1 = float_abs(-2.5)");
    }

    @Test
    void opsThatWouldFailOrAreGuardedStay() {
        assertStays("i1 = int_add_ovf(9223372036854775807, 1) [f pc=0 l=(r0,-,-,-) s=()]");
        assertStays("i1 = int_mul_ovf(4611686018427387904, 2) [f pc=0 l=(r0,-,-,-) s=()]");
        assertStays("i1 = int_floordiv(1, 0)");
        assertStays("i1 = int_mod(1, 0)");
        assertStays("i1 = int_floordiv(-9223372036854775808, -1)");
        assertStays("i1 = int_rshift(1, 64)");
        assertStays("f1 = float_div(1.0, 0.0)");
        assertStays("i1 = call(hash, \"x\")");
        assertStays("i1 = unbox_int(\"x\")");
    }

    @Test
    void identitiesThatAlwaysHold() {
        assertRewrites(ConstantFolding::run, """
                r0 = input(0)
                i1 = unbox_int(r0)
                i2 = int_add(i1, 0)
                i3 = int_add_ovf(0, i2) [f pc=0 l=(r0,-,-,-) s=()]
                i4 = int_mul_ovf(i3, 1) [f pc=0 l=(r0,-,-,-) s=()]
                i5 = int_sub(i4, 0)
                i6 = int_sub(0, i5)
                f7 = cast_int_to_float(i6)
                f8 = float_add(f7, 0.0)
                f9 = float_mul(f8, 1.0)
                f10 = float_mul(1.0, f9)
                f11 = float_div(f10, 1.0)
                f12 = float_sub(f11, 0.0)
                f13 = float_sub(f12, -0.0)
                r14 = box_float(f13)
                jump(r14)
                """, """
                r0 = input(0)
                i1 = unbox_int(r0)
                i2 = int_sub(0, i1)
                f3 = cast_int_to_float(i2)
                f4 = float_add(f3, 0.0)
                f5 = float_sub(f4, -0.0)
                r6 = box_float(f5)
                jump(r6)
                """);
    }

    @Test
    void floorDivisionAndModuloByAPowerOfTwoAreAShiftAndAMask() {
        assertRewrites(ConstantFolding::run, """
                r0 = input(0)
                i1 = unbox_int(r0)
                i2 = int_mod(i1, 2)
                i3 = int_floordiv(i2, 8)
                i4 = int_mod(i3, 4611686018427387904)
                i5 = int_floordiv(i4, 4611686018427387904)
                r6 = box_int(i5)
                jump(r6)
                """, """
                r0 = input(0)
                i1 = unbox_int(r0)
                i2 = int_and(i1, 1)
                i3 = int_rshift(i2, 3)
                i4 = int_and(i3, 4611686018427387903)
                i5 = int_rshift(i4, 62)
                r6 = box_int(i5)
                jump(r6)
                """);
        // Not a positive power of two: Math.floorDiv and floorMod stay.
        assertUnchanged(ConstantFolding::run, """
                r0 = input(0)
                i1 = unbox_int(r0)
                i2 = int_mod(i1, 6)
                i3 = int_floordiv(i2, 1)
                i4 = int_mod(i3, -4)
                i5 = int_floordiv(i4, -2)
                i6 = int_floordiv(i5, -9223372036854775808)
                r7 = box_int(i6)
                jump(r7)
                """);
    }

    @Test
    void theShiftAndTheMaskComputeWhatFloorDivisionAndModuloDo() {
        String trace = """
                r0 = input(0)
                i1 = unbox_int(r0)
                i2 = int_mod(i1, 8)
                i3 = int_floordiv(i1, 8)
                i4 = int_mod(i1, 2)
                i5 = int_floordiv(i1, 4611686018427387904)
                r6 = box_int(i2)
                r7 = box_int(i3)
                r8 = box_int(i4)
                r9 = box_int(i5)
                guard_true(false) [f pc=0 l=(r6,r7,r8,r9) s=()]
                jump(r0)
                """;
        for (long x : new long[] {0, 1, -1, 7, -7, 8, -8, 9, -9, Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE + 1}) {
            assertSameRuns(ConstantFolding::run, trace, x);
        }
    }

    @Test
    void guardsThatCannotFailGoAndGuardsThatMustFailStay() {
        assertRewrites(ConstantFolding::run, """
                r0 = input(0)
                b1 = int_lt(1, 2)
                guard_true(b1) [f pc=0 l=(r0,-,-,-) s=()]
                guard_false(false) [f pc=1 l=(r0,-,-,-) s=()]
                guard_value(3, 3) [f pc=2 l=(r0,-,-,-) s=()]
                i2 = unbox_int(r0)
                b3 = int_gt(i2, 7)
                guard_true(b3) [f pc=3 l=(r0,b1,-,-) s=()]
                guard_true(false) [f pc=4 l=(r0,-,-,-) s=()] [expected]
                jump(r0)
                """, """
                r0 = input(0)
                i1 = unbox_int(r0)
                b2 = int_gt(i1, 7)
                guard_true(b2) [f pc=3 l=(r0,true,-,-) s=()]
                guard_true(false) [f pc=4 l=(r0,-,-,-) s=()] [expected]
                jump(r0)
                """);
    }

    @Test
    void aLabelParamIsNotFoldedAway() {
        assertUnchanged(ConstantFolding::run, """
                r0 = input(0)
                i1 = int_add(2, 3)
                label(i1)
                i2 = int_add(i1, 1)
                jump(i2)
                """);
    }
}
