package org.pyjit.optimizer.passes;

import static org.pyjit.optimizer.Traces.assertRewrites;
import static org.pyjit.optimizer.Traces.assertSameRuns;
import static org.pyjit.optimizer.Traces.assertUnchanged;

import org.junit.jupiter.api.Test;

class CommonSubexpressionEliminationTest {
    @Test
    void aRepeatedGuardGoes() {
        assertRewrites(CommonSubexpressionElimination::run, """
                r0 = input(0)
                guard_class(r0, Long) [f pc=1 l=(r0,-,-,-) s=()]
                i1 = unbox_int(r0)
                guard_class(r0, Long) [f pc=2 l=(r0,-,-,-) s=()]
                guard_class(r0, Double) [f pc=3 l=(r0,-,-,-) s=()]
                b2 = int_lt(i1, 5)
                guard_true(b2) [f pc=4 l=(r0,-,-,-) s=()]
                guard_false(b2) [f pc=5 l=(r0,-,-,-) s=()]
                guard_true(b2) [f pc=6 l=(r0,-,-,-) s=()]
                jump(r0)
                """, """
                r0 = input(0)
                guard_class(r0, Long) [f pc=1 l=(r0,-,-,-) s=()]
                i1 = unbox_int(r0)
                guard_class(r0, Double) [f pc=3 l=(r0,-,-,-) s=()]
                b2 = int_lt(i1, 5)
                guard_true(b2) [f pc=4 l=(r0,-,-,-) s=()]
                guard_false(b2) [f pc=5 l=(r0,-,-,-) s=()]
                jump(r0)
                """);
    }

    @Test
    void repeatedPureOpsAndPureCallsAreComputedOnce() {
        assertRewrites(CommonSubexpressionElimination::run, """
                r0 = input(0)
                i1 = unbox_int(r0)
                i2 = unbox_int(r0)
                i3 = int_add_ovf(i1, 1) [f pc=1 l=(r0,-,-,-) s=()]
                i4 = int_add_ovf(i2, 1) [f pc=2 l=(r0,i2,-,-) s=()]
                i5 = int_add_ovf(1, i2) [f pc=3 l=(r0,-,-,-) s=()]
                i6 = call(hash, r0)
                i7 = call(hash, r0)
                r8 = call(getitem, r0, i6) [f pc=4 l=(r0,-,-,-) s=()]
                r9 = call(getitem, r0, i7) [f pc=5 l=(r0,-,-,-) s=()]
                r10 = call(pure_getitem, r0, i6) [f pc=6 l=(r0,-,-,-) s=()]
                r11 = call(pure_getitem, r0, i7) [f pc=7 l=(r0,-,-,-) s=()]
                jump(r11)
                """, """
                r0 = input(0)
                i1 = unbox_int(r0)
                i2 = int_add_ovf(i1, 1) [f pc=1 l=(r0,-,-,-) s=()]
                i3 = int_add_ovf(1, i1) [f pc=3 l=(r0,-,-,-) s=()]
                i4 = call(hash, r0)
                r5 = call(getitem, r0, i4) [f pc=4 l=(r0,-,-,-) s=()]
                r6 = call(getitem, r0, i4) [f pc=5 l=(r0,-,-,-) s=()]
                r7 = call(pure_getitem, r0, i4) [f pc=6 l=(r0,-,-,-) s=()]
                jump(r7)
                """);
    }

    @Test
    void aRepeatedStateReadAndItsGuardGoUntilAHelperMayChangeState() {
        // version: reads state; touch: changes objects only; log: may do anything.
        assertRewrites(CommonSubexpressionElimination::run, """
                r0 = input(0)
                i1 = call(version, r0)
                guard_value(i1, 7) [f pc=1 l=(r0,-,-,-) s=()]
                call(touch, r0)
                i2 = call(version, r0)
                guard_value(i2, 7) [f pc=2 l=(r0,-,-,-) s=()]
                call(log, r0)
                i3 = call(version, r0)
                guard_value(i3, 7) [f pc=3 l=(r0,-,-,-) s=()]
                i4 = call(version, r0)
                guard_value(i4, 7) [f pc=4 l=(r0,-,-,-) s=()]
                jump(r0)
                """, """
                r0 = input(0)
                i1 = call(version, r0)
                guard_value(i1, 7) [f pc=1 l=(r0,-,-,-) s=()]
                call(touch, r0)
                call(log, r0)
                i2 = call(version, r0)
                guard_value(i2, 7) [f pc=3 l=(r0,-,-,-) s=()]
                jump(r0)
                """);
    }

    @Test
    void aLoopThatChangesNoStateReusesThePreamblesReads() {
        // touch changes objects only: the body's version read and its guard are the preamble's.
        assertRewrites(CommonSubexpressionElimination::run, """
                r0 = input(0)
                i1 = call(version, r0)
                guard_value(i1, 7) [f pc=1 l=(r0,-,-,-) s=()]
                label()
                i2 = call(version, r0)
                guard_value(i2, 7) [f pc=1 l=(r0,-,-,-) s=()]
                call(touch, r0)
                jump()
                """, """
                r0 = input(0)
                i1 = call(version, r0)
                guard_value(i1, 7) [f pc=1 l=(r0,-,-,-) s=()]
                label()
                call(touch, r0)
                jump()
                """);
    }

    @Test
    void aLoopThatMayChangeStateReadsAgainEveryIteration() {
        // log may do anything, later in the body: the next iteration's read must be done again.
        assertUnchanged(CommonSubexpressionElimination::run, """
                r0 = input(0)
                i1 = call(version, r0)
                guard_value(i1, 7) [f pc=1 l=(r0,-,-,-) s=()]
                label()
                i2 = call(version, r0)
                guard_value(i2, 7) [f pc=1 l=(r0,-,-,-) s=()]
                call(log, r0)
                jump()
                """);
    }

    @Test
    void theLoopReusesWhatThePreambleComputedFromInvariants() {
        assertRewrites(CommonSubexpressionElimination::run, """
                r0 = input(0)
                r1 = input(1)
                guard_class(r1, Long) [f pc=1 l=(r0,r1,-,-) s=()]
                i2 = unbox_int(r1)
                i3 = unbox_int(r0)
                label(i3)
                guard_class(r1, Long) [f pc=1 l=(i3,r1,-,-) s=()]
                i4 = unbox_int(r1)
                i5 = int_add(i3, i4)
                jump(i5)
                """, """
                r0 = input(0)
                r1 = input(1)
                guard_class(r1, Long) [f pc=1 l=(r0,r1,-,-) s=()]
                i2 = unbox_int(r1)
                i3 = unbox_int(r0)
                label(i3)
                i4 = int_add(i3, i2)
                jump(i4)
                """);
    }

    @Test
    void whatThePreambleKnewOfALabelParamDoesNotHoldInTheLoop() {
        // i3 is k + 1 in the preamble; in the loop i3 is the carried k, and i3 + 1 is not the preamble's i4
        String trace = """
                r0 = input(0)
                i1 = unbox_int(r0)
                i2 = int_add(i1, 1)
                i3 = int_add(i1, 1)
                i4 = int_add(i3, 1)
                label(i3, i2)
                i5 = int_add(i3, 1)
                i6 = int_add(i2, 2)
                b7 = int_lt(i5, 10)
                guard_true(b7) [f pc=1 l=(r0,i5,i6,-) s=()]
                jump(i5, i6)
                """;
        assertUnchanged(CommonSubexpressionElimination::run, trace);
        assertSameRuns(CommonSubexpressionElimination::run, trace, 0L);
    }
}
