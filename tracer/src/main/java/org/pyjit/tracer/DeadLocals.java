package org.pyjit.tracer;

import java.util.ArrayList;
import java.util.List;
import org.pyjit.interp.compile.LocalLiveness;
import org.pyjit.optimizer.ir.Bridge;
import org.pyjit.optimizer.ir.FrameState;
import org.pyjit.optimizer.ir.Op;
import org.pyjit.optimizer.ir.Snapshot;
import org.pyjit.optimizer.ir.Trace;
import org.pyjit.optimizer.ir.Value;

/**
 * Drops from the exits' snapshots the locals the bytecode will not read again before writing them
 * ({@link LocalLiveness}): an exit then boxes and passes fewer values, its stub in the loop method is
 * smaller, and so is what a side trace linked to it takes. A dropped local is left as the frame has it (in
 * the frame that entered the trace) or unbound (in an inlined frame), which no later instruction can tell.
 * The loop's header state (the JUMP's snapshot) is kept whole: it says what the loop carries.
 */
final class DeadLocals {
    private DeadLocals() {}

    /** Prunes the snapshots of t's exits and its bridges' exits in place; idempotent. */
    static void prune(Trace t) {
        prune(t.ops);
        for (Bridge b : t.bridges) prune(b.ops());
    }

    private static void prune(List<Op> ops) {
        for (Op op : ops) {
            if (op.hasExit()) op.setSnapshot(pruned(op.snapshot()));
        }
    }

    private static Snapshot pruned(Snapshot s) {
        List<FrameState> frames = s.frames();
        List<FrameState> out = new ArrayList<>(frames.size());
        boolean changed = false;
        for (FrameState fs : frames) {
            LocalLiveness live = LocalLiveness.of(fs.code());
            Value[] locals = fs.locals();
            Value[] kept = null;
            for (int i = 0; i < locals.length; i++) {
                if (locals[i] != null && !live.isLive(fs.pc(), i)) {
                    if (kept == null) kept = locals.clone();
                    kept[i] = null;
                }
            }
            if (kept == null) {
                out.add(fs);
            } else {
                out.add(fs.withSlots(kept, fs.stack()));
                changed = true;
            }
        }
        return changed ? s.withFrames(out.toArray(new FrameState[0])) : s;
    }
}
