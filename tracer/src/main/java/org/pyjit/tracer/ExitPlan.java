package org.pyjit.tracer;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.pyjit.interp.compile.CodeObject;
import org.pyjit.interp.runtime.PyObject;
import org.pyjit.interp.runtime.PyTuple;
import org.pyjit.interp.runtime.PyType;
import org.pyjit.interp.runtime.Shape;
import org.pyjit.interp.runtime.Types;
import org.pyjit.interp.runtime.UnboxedFloat;
import org.pyjit.optimizer.ir.CallKind;
import org.pyjit.optimizer.ir.Const;
import org.pyjit.optimizer.ir.FrameState;
import org.pyjit.optimizer.ir.Op;
import org.pyjit.optimizer.ir.Snapshot;
import org.pyjit.optimizer.ir.Value;
import org.pyjit.optimizer.ir.Virtual;

/**
 * A snapshot decoded once into what the FrameRebuilder does at every exit through it: per frame and slot,
 * leave the slot, copy live value i, store a constant, or store an object the trace did not allocate. Exits of short loops are taken often (every entry
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

    /**
     * An object the trace did not allocate ({@link Virtual}): its class, final shape and a source per slot (for
     * a tuple: the tuple class, no shape, a source per item).
     */
    record ObjectPlan(PyType type, Shape shape, int[] slots) {}

    /** A constant-table entry that stands for the exit's k-th virtual object. */
    private record VirtualRef(int index) {}

    final FramePlan[] frames;
    final Object[] constants;
    final ObjectPlan[] objects;

    /** The source of the value on top of the one frame's stack (a RETURN's result), or LEAVE. */
    final int returned;

    private ExitPlan(FramePlan[] frames, Object[] constants, ObjectPlan[] objects) {
        this.frames = frames;
        this.constants = constants;
        this.objects = objects;
        int[] stack = frames[0].stack();
        this.returned = frames.length == 1 && stack.length > 0 ? stack[stack.length - 1] : LEAVE;
    }

    /** Sources below -1 name constants: -2 is the first. */
    static int constant(int k) { return -2 - k; }

    static ExitPlan of(Snapshot s) {
        Map<Op, Integer> live = new IdentityHashMap<>();
        List<Op> ops = s.liveOps();
        for (int i = 0; i < ops.size(); i++) live.put(ops.get(i), i);
        List<Object> constants = new java.util.ArrayList<>();
        List<Virtual> virtuals = s.virtuals();
        ObjectPlan[] objects = new ObjectPlan[virtuals.size()];
        for (int k = 0; k < objects.length; k++) {
            Virtual o = virtuals.get(k);
            objects[k] = new ObjectPlan(o.type(), o.shape(), sources(o.slots(), live, constants, virtuals));
        }
        List<FrameState> fs = s.frames();
        FramePlan[] frames = new FramePlan[fs.size()];
        for (int i = 0; i < frames.length; i++) {
            FrameState st = fs.get(i);
            frames[i] = new FramePlan(st.code(), st.pc(), sources(st.locals(), live, constants, virtuals),
                    sources(st.stack(), live, constants, virtuals), st.callKind());
        }
        return new ExitPlan(frames, constants.toArray(), objects);
    }

    private static int[] sources(Value[] slots, Map<Op, Integer> live, List<Object> constants, List<Virtual> virtuals) {
        int[] r = new int[slots.length];
        for (int i = 0; i < slots.length; i++) {
            Value v = slots[i];
            if (v == null) {
                r[i] = LEAVE;
            } else if (v instanceof Const c) {
                constants.add(c.boxed());
                r[i] = constant(constants.size() - 1);
            } else if (v instanceof Virtual o) {
                constants.add(new VirtualRef(virtuals.indexOf(o)));
                r[i] = constant(constants.size() - 1);
            } else {
                Integer at = live.get((Op) v);
                if (at == null) throw new IllegalStateException("exit lacks the value of " + v);
                r[i] = at;
            }
        }
        return r;
    }

    /**
     * The exit's virtual objects, allocated and filled from its live values: the interpreter's objects, which
     * {@link #value} hands to the slots that mention them.
     */
    Object[] allocate(Object[] values) {
        if (objects.length == 0) return NO_OBJECTS;
        Object[] made = new Object[objects.length];
        for (int k = 0; k < made.length; k++) make(k, values, made);
        return made;
    }

    /**
     * Allocates the k-th object unless done, the objects its slots hold first (virtuals form no cycles): a
     * tuple needs its items when it is made.
     */
    private void make(int k, Object[] values, Object[] made) {
        if (made[k] != null) return;
        ObjectPlan p = objects[k];
        int[] sources = p.slots();
        for (int s : sources) {
            if (s != LEAVE && s < -1 && constants[-2 - s] instanceof VirtualRef r) make(r.index(), values, made);
        }
        Object[] slots = new Object[p.type() == Types.TUPLE ? sources.length : Math.max(4, sources.length)];
        for (int i = 0; i < sources.length; i++) slots[i] = value(sources[i], values, made);
        if (p.type() == Types.TUPLE) {
            made[k] = PyTuple.of(slots);
        } else {
            PyObject o = new PyObject(p.type());
            o.slots = slots;
            o.shape = p.shape();
            for (int i = 0; i < sources.length; i++) {
                // The shape's float slots hold their float unboxed (the invariant compiled code relies on).
                if (o.shape.isFloatSlot(i)) slots[i] = new UnboxedFloat((Double) slots[i]);
            }
            made[k] = o;
        }
    }

    private static final Object[] NO_OBJECTS = {};

    /** The value a slot gets (only for sources other than LEAVE); objects from {@link #allocate}. */
    Object value(int source, Object[] values, Object[] objects) {
        if (source >= 0) return values[source];
        Object c = constants[-2 - source];
        return c instanceof VirtualRef r ? objects[r.index()] : c;
    }
}
