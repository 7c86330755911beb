package org.pyjit.tracer;

import java.util.ArrayList;
import java.util.List;
import org.pyjit.optimizer.ir.CallDescr;
import org.pyjit.optimizer.ir.Const;
import org.pyjit.optimizer.ir.Op;
import org.pyjit.optimizer.ir.OpCode;
import org.pyjit.optimizer.ir.Trace;

/**
 * The deopt stress mode (--jit-stress=N): before every exit whose snapshot re-executes its instruction, a
 * guard that fails every N-th time it is checked, so every snapshot of every trace is exercised even when
 * the program's own guards never fail. Applied after optimization; only for testing.
 */
final class StressGuards {
    private StressGuards() {}

    static Trace insert(Trace t, StressCounter counter) {
        CallDescr tick = TraceHelpers.STRESS_TICK;
        List<Op> out = new ArrayList<>();
        for (Op op : t.ops) {
            if (op.hasExit() && !op.snapshot().resumesAfter()) {
                Op fail = new Op(OpCode.CALL, tick, Const.ofRef(counter));
                fail.line = op.line;
                Op guard = new Op(OpCode.GUARD_FALSE, null, fail);
                guard.line = op.line;
                guard.setSnapshot(op.snapshot());
                out.add(fail);
                out.add(guard);
            }
            out.add(op);
        }
        return t.withOps(out);
    }
}
