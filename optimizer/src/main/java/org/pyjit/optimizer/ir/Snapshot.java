package org.pyjit.optimizer.ir;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * What a guard needs to resume the interpreter when it fails: the chain of frames, outermost (the frame that
 * entered the trace) first, innermost (the inlined callee that was running) last. The innermost frame's pc
 * is the instruction to execute next, so a guard snapshots the state before the instruction it protects.
 * Every caller frame's pc is the instruction after its call; its stack lacks the callee's result, which the
 * rebuilt callee returns (see {@link CallKind} for the callees whose caller's stack differs).
 */
public final class Snapshot {
    private final FrameState[] frames;
    private final boolean resumesAfter;
    /** liveOps(), once asked. */
    private List<Op> liveOps;

    /** The state before the innermost frame's instruction at its pc, which the interpreter re-executes. */
    public Snapshot(FrameState... frames) { this(false, frames); }

    private Snapshot(boolean resumesAfter, FrameState... frames) {
        if (frames.length == 0) throw new IllegalArgumentException("a snapshot has at least one frame");
        this.frames = frames.clone();
        this.resumesAfter = resumesAfter;
    }

    /**
     * A state after an instruction whose effects already happened (an iterator that said "exhausted"): the
     * innermost pc is where execution continues. Such a snapshot is only right when its guard really failed,
     * so the deopt stress mode never forces it.
     */
    public static Snapshot after(FrameState... frames) { return new Snapshot(true, frames); }

    public boolean resumesAfter() { return resumesAfter; }

    public List<FrameState> frames() { return List.of(frames); }

    public FrameState innermost() { return frames[frames.length - 1]; }

    /**
     * The non-constant values the snapshot refers to, each once, in a fixed order (frames outermost first,
     * locals before stack). Generated code passes exactly these to the exit, in this order.
     */
    public List<Op> liveOps() {
        // Kept: the verifier, the passes and the code generator each ask several times per exit, and a
        // snapshot does not change (its frame states and virtual objects are not written after they are made).
        List<Op> live = liveOps;
        if (live == null) {
            Set<Op> seen = new LinkedHashSet<>();
            for (FrameState fs : frames) {
                for (Value v : fs.locals()) addLive(seen, v);
                for (Value v : fs.stack()) addLive(seen, v);
            }
            live = Collections.unmodifiableList(new ArrayList<>(seen));
            liveOps = live;
        }
        return live;
    }

    /** An op, or the ops in a virtual object's slots (and in the objects in them) at its first mention. */
    private static void addLive(Set<Op> seen, Value v) {
        if (v instanceof Op op) {
            seen.add(op);
        } else if (v instanceof Virtual o) {
            for (Value s : o.slots()) addLive(seen, s);
        }
    }

    /**
     * The virtual objects the snapshot mentions, each once, in the order of their first mention, those in
     * another's slots after it.
     */
    public List<Virtual> virtuals() {
        Set<Virtual> seen = new LinkedHashSet<>();
        for (FrameState fs : frames) {
            for (Value v : fs.locals()) addVirtual(seen, v);
            for (Value v : fs.stack()) addVirtual(seen, v);
        }
        return new ArrayList<>(seen);
    }

    private static void addVirtual(Set<Virtual> seen, Value v) {
        if (v instanceof Virtual o && seen.add(o)) for (Value s : o.slots()) addVirtual(seen, s);
    }

    /**
     * The same snapshot where the outermost frame's "leave as it is" slots that bySlot names (slot numbers:
     * locals first, then stack slots) hold that value instead: for a slot whose frame value is no longer
     * current once the trace loops (it was written in an earlier iteration, or by a bridge).
     */
    public Snapshot withOuterSlots(Map<Integer, ? extends Value> bySlot) {
        FrameState[] fs = frames.clone();
        FrameState outer = fs[0];
        Value[] locals = outer.locals().clone();
        Value[] stack = outer.stack().clone();
        for (Map.Entry<Integer, ? extends Value> e : bySlot.entrySet()) {
            int slot = e.getKey();
            if (slot < locals.length) {
                if (locals[slot] == null) locals[slot] = e.getValue();
            } else if (slot - locals.length < stack.length && stack[slot - locals.length] == null) {
                stack[slot - locals.length] = e.getValue();
            }
        }
        fs[0] = outer.withSlots(locals, stack);
        return new Snapshot(resumesAfter, fs);
    }

    /** The same kind of snapshot (resuming before or after) over other frames. */
    public Snapshot withFrames(FrameState... newFrames) { return new Snapshot(resumesAfter, newFrames); }

    /**
     * Every value passed through f; a virtual object's slot values too (f sees the virtual itself first and
     * may replace it), and a virtual mentioned twice stays one object.
     */
    public Snapshot map(UnaryOperator<Value> f) {
        Map<Virtual, Value> mapped = new java.util.IdentityHashMap<>();
        FrameState[] fs = new FrameState[frames.length];
        for (int i = 0; i < fs.length; i++) fs[i] = frames[i].map(v -> mapValue(v, f, mapped));
        return new Snapshot(resumesAfter, fs);
    }

    private static Value mapValue(Value v, UnaryOperator<Value> f, Map<Virtual, Value> mapped) {
        if (!(v instanceof Virtual o)) return f.apply(v);
        Value done = mapped.get(o);
        if (done != null) return done;
        Value r = f.apply(o);
        if (r instanceof Virtual y) r = y.map(s -> mapValue(s, f, mapped));
        mapped.put(o, r);
        return r;
    }
}
