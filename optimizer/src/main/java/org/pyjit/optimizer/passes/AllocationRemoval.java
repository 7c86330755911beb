package org.pyjit.optimizer.passes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pyjit.interp.runtime.PyObject;
import org.pyjit.interp.runtime.PyTuple;
import org.pyjit.interp.runtime.PyType;
import org.pyjit.interp.runtime.Shape;
import org.pyjit.interp.runtime.Types;
import org.pyjit.optimizer.ir.CallDescr;
import org.pyjit.optimizer.ir.Const;
import org.pyjit.optimizer.ir.InstanceOps;
import org.pyjit.optimizer.ir.Kind;
import org.pyjit.optimizer.ir.Op;
import org.pyjit.optimizer.ir.OpCode;
import org.pyjit.optimizer.ir.Trace;
import org.pyjit.optimizer.ir.TupleOps;
import org.pyjit.optimizer.ir.Value;
import org.pyjit.optimizer.ir.Virtual;

/**
 * Removes the allocation of instances and tuples the trace makes and that do not escape it (PyPy's virtuals,
 * DESIGN.md §5). A {@code new_instance} is not emitted; the pass follows the object's attributes as its {@code add_slot}
 * and {@code set_*_slot} ops write them, and answers its reads ({@code shape_of}, {@code holds_float},
 * {@code float_slot}, {@code object_slot}) from what it knows. Snapshots describe the object as a
 * {@link Virtual}: an exit allocates it only if it is taken. Any other use is an escape: the object is
 * allocated there ("forced": {@code new_instance} and an {@code add_slot} per attribute) and is an ordinary
 * value from then on. That includes being passed to any other call (a store into a list), carried around the
 * loop (a LABEL, JUMP or MERGE operand) or returned. An object stored into another one not allocated stays
 * virtual inside it (a Ray of two Vectors), and is allocated when its container is, or when it escapes on its
 * own (read back out of it and passed on). A {@code new_tupleN} is not emitted either: its class guard, length
 * ({@code tuple_len}) and items ({@code tuple_item}) are known, so {@code x, y = f()} of an inlined
 * {@code return a, b} costs nothing; any other use allocates it.
 *
 * <p>Why: a Python method that returns a new small object ({@code Vector(self.x + o.x, ...)}) costs an
 * allocation, a slot array and a box per float attribute per call, and every read of it a load and a type
 * check. C2's escape analysis cannot remove them once the object reaches an exit, as every object of a trace
 * does; here an object that only lives within an iteration costs nothing but its unboxed attribute values.
 *
 * <p>Objects are followed within one stretch of the trace: before the LABEL (the preamble) and after it, and
 * not across a MERGE, after which only its operands are used; an object used after either is forced there.
 */
public final class AllocationRemoval {
    private final Rewriter rw;
    /**
     * The objects not allocated (yet), by the input ops that are them: their new_instance, and the
     * object_slot reads that took one out of another (several names for one object).
     */
    private final Map<Op, Fields> virtuals = new IdentityHashMap<>();
    /** The input ops used after the LABEL, and after each MERGE: the objects to force there. */
    private final Map<Op, Set<Op>> usedAfter;
    private final Set<Op> inVirtuals;

    private AllocationRemoval(Trace in) {
        this.rw = new Rewriter(in);
        this.usedAfter = usedAfterJoins(in.ops);
        this.inVirtuals = inVirtuals(in.ops);
    }

    public static Trace run(Trace in) {
        if (in.ops.stream().noneMatch(op -> isNewInstance(op) || isNewTuple(op))) return in;
        return new AllocationRemoval(in).rewrite(in);
    }

    /**
     * What the pass knows of an object it has not allocated: its class and its attributes so far, each an
     * output value or another object not allocated (a Fields).
     */
    private static final class Fields {
        /** The class; {@code tuple} for a tuple, whose slots are its items (set once, when it is made). */
        final PyType type;
        final List<Shape> shapes = new ArrayList<>();
        final List<Object> slots = new ArrayList<>();
        /** The input ops that are this object. */
        final List<Op> names = new ArrayList<>();
        /** Once allocated: the new_instance op emitted. */
        Op allocated;

        Fields(PyType type) { this.type = type; }

        boolean isTuple() { return type == Types.TUPLE; }

        Shape shape() { return shapes.isEmpty() ? type.instanceRootShape() : shapes.get(shapes.size() - 1); }

        /** Whether o is this object or is stored in it, directly or through other objects not allocated. */
        boolean reaches(Fields o) {
            if (o == this) return true;
            for (Object s : slots) if (s instanceof Fields f && f.allocated == null && f.reaches(o)) return true;
            return false;
        }
    }

    private Trace rewrite(Trace in) {
        for (Op op : in.ops) {
            if (isNewInstance(op) && op.arg(0) instanceof Const t && t.refValue() instanceof PyType type
                    && !rw.isPinned(op) && !inVirtuals.contains(op)) {
                name(op, new Fields(type));
                continue;
            }
            if (isNewTuple(op) && !rw.isPinned(op) && !inVirtuals.contains(op)) {
                Fields tuple = new Fields(Types.TUPLE);
                for (Value item : op.args()) tuple.slots.add(stored(tuple, item, op.line));
                name(op, tuple);
                continue;
            }
            if (op.opcode == OpCode.LABEL || op.opcode == OpCode.MERGE) {
                Set<Op> later = usedAfter.get(op);
                for (Map.Entry<Op, Fields> e : List.copyOf(virtuals.entrySet())) {
                    if (later.contains(e.getKey()) || op.args().contains(e.getKey())) force(e.getValue(), op.line);
                }
                // The rest are dead after the join: nothing after it may mention them.
                virtuals.clear();
            }
            if (op.opcode == OpCode.REF_EQ && identityKnown(op)) continue;
            if (op.opcode == OpCode.RETURN) forceReturned(op);
            Fields target = op.argCount() > 0 ? virtual(op.arg(0)) : null;
            if (target == null || !onVirtual(op, target)) keepForcing(op);
        }
        return rw.build(in);
    }

    private void name(Op op, Fields o) {
        o.names.add(op);
        virtuals.put(op, o);
    }

    /** The object not allocated that the input value is, or null. */
    private Fields virtual(Value v) { return v instanceof Op op ? virtuals.get(op) : null; }

    /**
     * Handles an op whose first operand is an object not allocated; false if the op makes the object escape.
     */
    private boolean onVirtual(Op op, Fields o) {
        if (op.opcode == OpCode.GUARD_NONNULL
                || op.opcode == OpCode.GUARD_CLASS && op.descr == (o.isTuple() ? PyTuple.class : PyObject.class)) {
            rw.drop(op);
            return true;
        }
        if (op.opcode != OpCode.CALL) return false;
        CallDescr d = op.call();
        if (o.isTuple()) return onTuple(op, d, o);
        if (d == InstanceOps.SHAPE_OF) return replace(op, Const.ofRef(o.shape()));
        if (d == InstanceOps.ADD_SLOT) {
            Object v = stored(o, op.arg(2), op.line);
            o.shapes.add((Shape) ((Const) op.arg(1)).refValue());
            o.slots.add(v);
            rw.drop(op);
            return true;
        }
        int slot = op.argCount() > 1 && op.arg(1) instanceof Const c ? (int) c.longValue() : -1;
        if (slot < 0 || slot >= o.slots.size()) return false;
        Object held = o.slots.get(slot);
        if (d == InstanceOps.SET_OBJECT_SLOT || d == InstanceOps.SET_FLOAT_SLOT || d == InstanceOps.SET_FLOAT_FIELD) {
            o.slots.set(slot, stored(o, op.arg(2), op.line));
            rw.drop(op);
            return true;
        }
        if (held instanceof Fields inner) {
            if (d == InstanceOps.HOLDS_FLOAT) return replace(op, Const.ofBool(false));
            if (d != InstanceOps.OBJECT_SLOT) return false;
            if (inner.allocated != null) return replace(op, inner.allocated);
            if (rw.isPinned(op)) return false;
            name(op, inner);
            rw.drop(op);
            return true;
        }
        Value v = (Value) held;
        if (d == InstanceOps.HOLDS_FLOAT) {
            Boolean isFloat = isFloat(v);
            return isFloat != null && replace(op, Const.ofBool(isFloat));
        }
        if (d == InstanceOps.FLOAT_SLOT || d == InstanceOps.FLOAT_FIELD) {
            Value f = asDouble(v);
            return f != null && replace(op, f);
        }
        if (d == InstanceOps.OBJECT_SLOT) {
            if (v.kind() == Kind.REF) return replace(op, v);
            if (v.kind() != Kind.F64) return false;
            Op box = new Op(OpCode.BOX_FLOAT, null, v);
            box.line = op.line;
            rw.keep(op, box);
            return true;
        }
        return false;
    }

    /** A tuple's length, or one of its items (the item itself: a value, or an object not allocated). */
    private boolean onTuple(Op op, CallDescr d, Fields o) {
        if (d == TupleOps.TUPLE_LEN) return replace(op, Const.ofLong(o.slots.size()));
        if (d != TupleOps.TUPLE_ITEM || !(op.arg(1) instanceof Const c)) return false;
        long i = c.longValue();
        if (i < 0 || i >= o.slots.size()) return false;
        Object held = o.slots.get((int) i);
        if (!(held instanceof Fields inner)) return replace(op, (Value) held);
        if (inner.allocated != null) return replace(op, inner.allocated);
        if (rw.isPinned(op)) return false;
        name(op, inner);
        rw.drop(op);
        return true;
    }

    /**
     * What a slot of the container gets for an input value: an object not allocated stays one inside it,
     * unless the container is stored in it (a cycle), which allocates it.
     */
    private Object stored(Fields container, Value v, int line) {
        Fields o = virtual(v);
        if (o == null) return rw.get(v);
        if (!o.reaches(container)) return o;
        force(o, line);
        return o.allocated;
    }

    /**
     * Replaces an identity test of an object not allocated with a constant: it is itself, and it is no other
     * value (no one else has ever seen it). False when neither operand is such an object.
     */
    private boolean identityKnown(Op op) {
        Fields a = virtual(op.arg(0));
        Fields b = virtual(op.arg(1));
        if (a == null && b == null) return false;
        return replace(op, Const.ofBool(a == b));
    }

    /** Whether a slot value is a float, or null when only its runtime class could tell. */
    private Boolean isFloat(Value v) {
        if (v.kind() == Kind.F64) return true;
        if (v.kind() != Kind.REF) return false;
        if (v instanceof Const c) return c.refValue() instanceof Double;
        Op def = rw.def(v);
        BoxKind box = def == null ? null : BoxKind.ofBox(def.opcode);
        return box == null ? null : box == BoxKind.ofBox(OpCode.BOX_FLOAT);
    }

    /** A float slot value as an f64, or null. */
    private Value asDouble(Value v) {
        if (v.kind() == Kind.F64) return v;
        if (v instanceof Const c) return c.refValue() instanceof Double d ? Const.ofDouble(d) : null;
        Op def = rw.def(v);
        return def != null && def.opcode == OpCode.BOX_FLOAT ? def.arg(0) : null;
    }

    /** Every use of the op becomes a use of v; false for a label param, which must stay an op. */
    private boolean replace(Op op, Value v) {
        if (rw.isPinned(op)) return false;
        rw.replace(op, null, v);
        return true;
    }

    /**
     * The object a RETURN hands back escapes every time it is taken (a function trace's RETURN, at every call):
     * allocated here, in the trace, rather than rebuilt from the exit's values by the JIT (which boxes its
     * float attributes to pass them, and reads a plan to put it together).
     */
    private void forceReturned(Op ret) {
        if (ret.snapshot().frames().size() != 1) return;
        Value[] stack = ret.snapshot().innermost().stack();
        if (stack.length == 0) return;
        Fields o = virtual(stack[stack.length - 1]);
        if (o != null) force(o, ret.line);
    }

    /** Keeps the op, forcing the objects it uses as operands; its snapshot describes the others. */
    private void keepForcing(Op op) {
        for (Value a : op.args()) {
            Fields o = virtual(a);
            if (o != null) force(o, op.line);
        }
        // One Virtual per object within a snapshot: two slots that hold one object get one object back.
        Map<Fields, Virtual> frozen = new IdentityHashMap<>();
        Op c = Rewriter.copy(op, rw::get, v -> slotValue(v, frozen));
        rw.keep(op, c);
    }

    /** A snapshot's value: an object not allocated, as it is now. */
    private Value slotValue(Value v, Map<Fields, Virtual> frozen) {
        Fields o = virtual(v);
        return o != null ? freeze(o, frozen) : rw.get(v);
    }

    private Virtual freeze(Fields o, Map<Fields, Virtual> frozen) {
        Virtual done = frozen.get(o);
        if (done != null) return done;
        Value[] slots = new Value[o.slots.size()];
        for (int i = 0; i < slots.length; i++) {
            Object s = o.slots.get(i);
            slots[i] = s instanceof Fields inner ? (inner.allocated != null ? inner.allocated : freeze(inner, frozen))
                    : (Value) s;
        }
        Virtual v = o.isTuple() ? Virtual.tuple(slots) : new Virtual(o.type, o.shapes.toArray(new Shape[0]), slots);
        frozen.put(o, v);
        return v;
    }

    /**
     * Allocates the object here and fills its slots (the objects in them first): from now on each of its
     * names is the new_instance op emitted.
     */
    private void force(Fields o, int line) {
        if (o.allocated != null) return;
        for (Object s : o.slots) if (s instanceof Fields inner) force(inner, line);
        if (o.isTuple()) {
            Value[] items = new Value[o.slots.size()];
            for (int i = 0; i < items.length; i++) items[i] = madeValue(o.slots.get(i));
            allocated(o, emit(new Op(OpCode.CALL, TupleOps.newTuple(items.length), items), line));
            return;
        }
        Op obj = emit(new Op(OpCode.CALL, InstanceOps.NEW_INSTANCE, Const.ofRef(o.type)), line);
        for (int i = 0; i < o.slots.size(); i++) {
            Value v = madeValue(o.slots.get(i));
            if (v.kind() == Kind.F64) v = emit(new Op(OpCode.BOX_FLOAT, null, v), line);
            emit(new Op(OpCode.CALL, InstanceOps.ADD_SLOT, obj, Const.ofRef(o.shapes.get(i)), v), line);
        }
        allocated(o, obj);
    }

    /** A slot's value once the objects in it are allocated (see {@link #force}). */
    private static Value madeValue(Object slot) { return slot instanceof Fields inner ? inner.allocated : (Value) slot; }

    /** The object is obj from now on: each of its names is bound to it. */
    private void allocated(Fields o, Op obj) {
        o.allocated = obj;
        for (Op name : o.names) {
            virtuals.remove(name);
            rw.bind(name, obj);
        }
    }

    private Op emit(Op op, int line) {
        op.line = line;
        rw.emit(op);
        return op;
    }

    private static boolean isNewInstance(Op op) {
        return op.opcode == OpCode.CALL && op.call() == InstanceOps.NEW_INSTANCE;
    }

    private static boolean isNewTuple(Op op) {
        return op.opcode == OpCode.CALL && TupleOps.builtSize(op.call()) > 0;
    }

    /**
     * The ops in the slots of the virtuals the input's snapshots mention (an earlier round's): an object
     * there was allocated when it was stored, and stays so.
     */
    private static Set<Op> inVirtuals(List<Op> ops) {
        Set<Op> r = new HashSet<>();
        for (Op op : ops) {
            if (op.snapshot() == null) continue;
            for (Virtual o : op.snapshot().virtuals()) for (Value v : o.slots()) if (v instanceof Op d) r.add(d);
        }
        return r;
    }

    /** For the LABEL and each MERGE: the ops of the input used (as operands or in snapshots) after it. */
    private static Map<Op, Set<Op>> usedAfterJoins(List<Op> ops) {
        Map<Op, Set<Op>> r = new IdentityHashMap<>();
        Set<Op> used = new HashSet<>();
        for (int i = ops.size() - 1; i >= 0; i--) {
            Op op = ops.get(i);
            if (op.opcode == OpCode.LABEL || op.opcode == OpCode.MERGE) r.put(op, new HashSet<>(used));
            for (Value a : op.args()) if (a instanceof Op d) used.add(d);
            if (op.snapshot() != null) used.addAll(op.snapshot().liveOps());
        }
        return r;
    }
}
