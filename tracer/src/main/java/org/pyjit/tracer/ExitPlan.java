package org.pyjit.tracer;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.pyjit.interp.compile.CodeObject;
import org.pyjit.optimizer.ir.CallKind;
import org.pyjit.optimizer.ir.Const;
import org.pyjit.optimizer.ir.FrameState;
import org.pyjit.optimizer.ir.Op;
import org.pyjit.optimizer.ir.Snapshot;
import org.pyjit.optimizer.ir.Value;

/**
 * A snapshot decoded once into what the FrameRebuilder does at every exit through it: per frame and slot,
 * leave the slot, copy live value i, or store a constant. Exits of short loops are taken often (every entry
 * ends with one), so the decoding is not repeated.
 */
final class ExitPlan {
    /**
     * How to write one frame: code, pc, per slot a source (see {@link #LEAVE}, {@link #constant}), and how it
     * was called (see {@link FrameState#callKind}).
     */
    record FramePlan(CodeObject code, int pc, int[] locals, int[] stack, CallKind callKind) {}

    /** The slot keeps what it holds. */
    static final int LEAVE = Integer.MIN_VALUE;

    final FramePlan[] frames;
    final Object[] constants;

    private ExitPlan(FramePlan[] frames, Object[] constants) {
        this.frames = frames;
        this.constants = constants;
    }

    /** Sources below -1 name constants: -2 is the first. */
    static int constant(int k) { return -2 - k; }

    static ExitPlan of(Snapshot s) {
        Map<Op, Integer> live = new IdentityHashMap<>();
        List<Op> ops = s.liveOps();
        for (int i = 0; i < ops.size(); i++) live.put(ops.get(i), i);
        List<Object> constants = new java.util.ArrayList<>();
        List<FrameState> fs = s.frames();
        FramePlan[] frames = new FramePlan[fs.size()];
        for (int i = 0; i < frames.length; i++) {
            FrameState st = fs.get(i);
            frames[i] = new FramePlan(st.code(), st.pc(), sources(st.locals(), live, constants),
                    sources(st.stack(), live, constants), st.callKind());
        }
        return new ExitPlan(frames, constants.toArray());
    }

    private static int[] sources(Value[] slots, Map<Op, Integer> live, List<Object> constants) {
        int[] r = new int[slots.length];
        for (int i = 0; i < slots.length; i++) {
            Value v = slots[i];
            if (v == null) {
                r[i] = LEAVE;
            } else if (v instanceof Const c) {
                constants.add(c.boxed());
                r[i] = constant(constants.size() - 1);
            } else {
                Integer at = live.get((Op) v);
                if (at == null) throw new IllegalStateException("exit lacks the value of " + v);
                r[i] = at;
            }
        }
        return r;
    }

    /** The value a slot gets (only for sources other than LEAVE). */
    Object value(int source, Object[] values) { return source >= 0 ? values[source] : constants[-2 - source]; }
}
