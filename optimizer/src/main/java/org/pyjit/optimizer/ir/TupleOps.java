package org.pyjit.optimizer.ir;

import java.util.List;
import org.pyjit.interp.runtime.PyTuple;

/**
 * The helpers through which traces make small tuples and take them apart, with their descriptors. They live
 * next to the IR because the optimizer knows what they do: allocation removal ({@code AllocationRemoval}) makes
 * a tuple the trace builds and only unpacks (a function's {@code return a, b} inlined into {@code x, y = f()})
 * a virtual one, never allocated.
 */
public final class TupleOps {
    private TupleOps() {}

    public static Object newTuple1(Object a) { return PyTuple.of(a); }

    public static Object newTuple2(Object a, Object b) { return PyTuple.of(a, b); }

    public static Object newTuple3(Object a, Object b, Object c) { return PyTuple.of(a, b, c); }

    public static Object newTuple4(Object a, Object b, Object c, Object d) { return PyTuple.of(a, b, c, d); }

    public static Object newTuple5(Object a, Object b, Object c, Object d, Object e) {
        return PyTuple.of(a, b, c, d, e);
    }

    public static Object newTuple6(Object a, Object b, Object c, Object d, Object e, Object f) {
        return PyTuple.of(a, b, c, d, e, f);
    }

    public static long tupleLen(PyTuple t) { return t.items.length; }

    /** Item i, which the trace knows is in range (after a guard on the length). */
    public static Object tupleItem(PyTuple t, long i) { return t.items[(int) i]; }

    public static final CallDescr NEW_TUPLE1 = d("new_tuple1", "newTuple1", false, Object.class);
    public static final CallDescr NEW_TUPLE2 = d("new_tuple2", "newTuple2", false, Object.class, Object.class);
    public static final CallDescr NEW_TUPLE3 = d("new_tuple3", "newTuple3", false,
            Object.class, Object.class, Object.class);
    public static final CallDescr NEW_TUPLE4 = d("new_tuple4", "newTuple4", false,
            Object.class, Object.class, Object.class, Object.class);
    public static final CallDescr NEW_TUPLE5 = d("new_tuple5", "newTuple5", false,
            Object.class, Object.class, Object.class, Object.class, Object.class);
    public static final CallDescr NEW_TUPLE6 = d("new_tuple6", "newTuple6", false,
            Object.class, Object.class, Object.class, Object.class, Object.class, Object.class);
    /** A tuple's items never change: its length and items are pure. */
    public static final CallDescr TUPLE_LEN = d("tuple_len", "tupleLen", true, PyTuple.class);
    public static final CallDescr TUPLE_ITEM = d("tuple_item", "tupleItem", true, PyTuple.class, long.class);

    /** The helpers that build tuples, by size - 1 (readpoly unpacks records of six doubles). */
    private static final List<CallDescr> NEW_TUPLES = List.of(NEW_TUPLE1, NEW_TUPLE2, NEW_TUPLE3, NEW_TUPLE4,
            NEW_TUPLE5, NEW_TUPLE6);

    /** All of them, for the text form's parser. */
    public static final List<CallDescr> ALL = List.of(NEW_TUPLE1, NEW_TUPLE2, NEW_TUPLE3, NEW_TUPLE4, NEW_TUPLE5,
            NEW_TUPLE6, TUPLE_LEN, TUPLE_ITEM);

    /** The helper that builds a tuple of n items, or null past six. */
    public static CallDescr newTuple(int n) { return n >= 1 && n <= NEW_TUPLES.size() ? NEW_TUPLES.get(n - 1) : null; }

    /** How many items the tuple a helper call builds has, or -1 when it is not one of the NEW_TUPLEs. */
    public static int builtSize(CallDescr d) {
        int i = NEW_TUPLES.indexOf(d);
        return i < 0 ? -1 : i + 1;
    }

    private static CallDescr d(String name, String method, boolean pure, Class<?>... params) {
        return CallDescr.of(name, TupleOps.class, method, pure ? CallDescr.Effect.PURE : CallDescr.Effect.ALLOCATES,
                false, params);
    }
}
