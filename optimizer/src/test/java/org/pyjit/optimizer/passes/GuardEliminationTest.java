package org.pyjit.optimizer.passes;

import static org.pyjit.optimizer.Traces.assertRewrites;
import static org.pyjit.optimizer.Traces.assertUnchanged;

import org.junit.jupiter.api.Test;

class GuardEliminationTest {
    @Test
    void aClassCheckedOnceIsKnown() {
        assertRewrites(GuardElimination::run, """
                r0 = input(0)
                guard_class(r0, Long) [f pc=1 l=(r0,-,-,-) s=()]
                i1 = unbox_int(r0)
                guard_nonnull(r0) [f pc=2 l=(r0,-,-,-) s=()]
                guard_class(r0, Long) [f pc=3 l=(r0,-,-,-) s=()]
                guard_class(r0, Double) [f pc=4 l=(r0,-,-,-) s=()]
                jump(r0)
                """, """
                r0 = input(0)
                guard_class(r0, Long) [f pc=1 l=(r0,-,-,-) s=()]
                i1 = unbox_int(r0)
                guard_class(r0, Double) [f pc=4 l=(r0,-,-,-) s=()]
                jump(r0)
                """);
    }

    @Test
    void boxesConstantsAndFinalResultsHaveKnownClasses() {
        assertRewrites(GuardElimination::run, """
                r0 = input(0)
                guard_nonnull(r0) [f pc=1 l=(r0,-,-,-) s=()]
                guard_nonnull(r0) [f pc=2 l=(r0,-,-,-) s=()]
                f1 = unbox_float(r0)
                r2 = box_float(f1)
                guard_class(r2, Double) [f pc=3 l=(r0,-,-,-) s=()]
                guard_nonnull(r2) [f pc=4 l=(r0,-,-,-) s=()]
                guard_class(r2, Long) [f pc=5 l=(r0,-,-,-) s=()]
                guard_class("s", String) [f pc=6 l=(r0,-,-,-) s=()]
                guard_nonnull("s") [f pc=7 l=(r0,-,-,-) s=()]
                guard_nonnull(null) [f pc=8 l=(r0,-,-,-) s=()]
                r3 = call(str, 5)
                guard_class(r3, String) [f pc=9 l=(r0,-,-,-) s=()]
                r4 = call(identity, r0)
                guard_class(r4, String) [f pc=10 l=(r0,-,-,-) s=()]
                jump(r0)
                """, """
                r0 = input(0)
                guard_nonnull(r0) [f pc=1 l=(r0,-,-,-) s=()]
                f1 = unbox_float(r0)
                r2 = box_float(f1)
                guard_class(r2, Long) [f pc=5 l=(r0,-,-,-) s=()]
                guard_nonnull(null) [f pc=8 l=(r0,-,-,-) s=()]
                r3 = call(str, 5)
                r4 = call(identity, r0)
                guard_class(r4, String) [f pc=10 l=(r0,-,-,-) s=()]
                jump(r0)
                """);
    }

    @Test
    void aLabelParamIsCheckedAgainInTheLoop() {
        assertRewrites(GuardElimination::run, """
                r0 = input(0)
                r1 = input(1)
                guard_class(r0, PyList) [f pc=1 l=(r0,r1,-,-) s=()]
                guard_class(r1, PyList) [f pc=1 l=(r0,r1,-,-) s=()]
                label(r0)
                guard_class(r0, PyList) [f pc=1 l=(r0,r1,-,-) s=()]
                guard_class(r1, PyList) [f pc=1 l=(r0,r1,-,-) s=()]
                r2 = call(identity, r1)
                jump(r2)
                """, """
                r0 = input(0)
                r1 = input(1)
                guard_class(r0, PyList) [f pc=1 l=(r0,r1,-,-) s=()]
                guard_class(r1, PyList) [f pc=1 l=(r0,r1,-,-) s=()]
                label(r0)
                guard_class(r0, PyList) [f pc=1 l=(r0,r1,-,-) s=()]
                r2 = call(identity, r1)
                jump(r2)
                """);
    }

    @Test
    void otherGuardsStay() {
        assertUnchanged(GuardElimination::run, """
                r0 = input(0)
                guard_value(r0, None) [f pc=1 l=(r0,-,-,-) s=()]
                guard_value(r0, None) [f pc=2 l=(r0,-,-,-) s=()]
                jump(r0)
                """);
    }
}
