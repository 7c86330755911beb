package org.pyjit.tracer;

import java.util.List;
import java.util.Map;

import org.pyjit.interp.compile.CodeObject;
import org.pyjit.interp.compile.Opcode;
import org.pyjit.interp.builtins.Builtins;
import org.pyjit.interp.exec.Interpreter;
import org.pyjit.interp.lib.Deques;
import org.pyjit.interp.lib.RandomFunctions;
import org.pyjit.interp.lib.StructCodec;
import org.pyjit.interp.exec.StarArguments;
import org.pyjit.interp.exec.Unpacking;
import org.pyjit.interp.runtime.Assumption;
import org.pyjit.interp.runtime.Compare;
import org.pyjit.interp.runtime.FloatOps;
import org.pyjit.interp.runtime.IntOps;
import org.pyjit.interp.runtime.Iterators;
import org.pyjit.interp.runtime.Ops;
import org.pyjit.interp.runtime.PyBytes;
import org.pyjit.interp.runtime.PyCell;
import org.pyjit.interp.runtime.PyDict;
import org.pyjit.interp.runtime.PyErr;
import org.pyjit.interp.runtime.PyFunction;
import org.pyjit.interp.runtime.PyIterator;
import org.pyjit.interp.runtime.PyList;
import org.pyjit.interp.runtime.PyNone;
import org.pyjit.interp.runtime.PyObject;
import org.pyjit.interp.runtime.PyRange;
import org.pyjit.interp.runtime.PySet;
import org.pyjit.interp.runtime.PySlice;
import org.pyjit.interp.runtime.PySuper;
import org.pyjit.interp.runtime.PyTuple;
import org.pyjit.interp.runtime.PyType;
import org.pyjit.interp.runtime.EnumerateIterator;
import org.pyjit.optimizer.ir.CallDescr;
import org.pyjit.optimizer.ir.InstanceOps;

/**
 * The Java helpers that compiled traces call for what is not worth open-coding: each is the interpreter's
 * own semantics (most delegate to {@code Ops}), with long/double/boolean/Object parameters so the IR can
 * pass unboxed values. Small enough for C2 to inline at the call site; the slow paths stay out of line.
 * The descriptors below say what the optimizer may assume of each.
 */
public final class TraceHelpers {
    private TraceHelpers() {}

    // ---- generic operations: any operand types, may call Python code ----

    public static Object binaryOp(Object a, Object b, long op) {
        int o = (int) op;
        return o >= Opcode.INPLACE ? Ops.inplaceOp(a, b, o - Opcode.INPLACE) : Ops.binaryOp(a, b, o);
    }

    public static Object richCompare(Object a, Object b, long op) { return Compare.richCompare(a, b, (int) op); }

    public static boolean isTrue(Object o) { return Ops.isTrue(o); }

    public static boolean isSame(Object a, Object b) { return Ops.isSame(a, b); }

    public static boolean contains(Object container, Object item) { return Ops.contains(container, item); }

    public static Object negative(Object a) { return Ops.negative(a); }

    public static Object positive(Object a) { return Ops.positive(a); }

    public static Object invert(Object a) { return Ops.invert(a); }

    public static Object getItem(Object o, Object key) { return Ops.getItem(o, key); }

    public static void setItem(Object o, Object key, Object v) { Ops.setItem(o, key, v); }

    public static Object getAttr(Object o, Object name) { return Ops.getAttr(o, (String) name); }

    public static void setAttr(Object o, Object name, Object v) { Ops.setAttr(o, (String) name, v); }

    public static Object call0(Object f) { return Ops.call(f, new Object[0], null); }

    public static Object call1(Object f, Object a) { return Ops.call(f, new Object[] {a}, null); }

    public static Object call2(Object f, Object a, Object b) { return Ops.call(f, new Object[] {a, b}, null); }

    public static Object call3(Object f, Object a, Object b, Object c) {
        return Ops.call(f, new Object[] {a, b, c}, null);
    }

    public static Object call4(Object f, Object a, Object b, Object c, Object d) {
        return Ops.call(f, new Object[] {a, b, c, d}, null);
    }

    public static Object call5(Object f, Object a, Object b, Object c, Object d, Object e) {
        return Ops.call(f, new Object[] {a, b, c, d, e}, null);
    }

    public static Object call6(Object f, Object a, Object b, Object c, Object d, Object e, Object g) {
        return Ops.call(f, new Object[] {a, b, c, d, e, g}, null);
    }

    public static Object call7(Object f, Object a, Object b, Object c, Object d, Object e, Object g, Object h) {
        return Ops.call(f, new Object[] {a, b, c, d, e, g, h}, null);
    }

    public static Object call8(Object f, Object a, Object b, Object c, Object d, Object e, Object g, Object h,
            Object i) {
        return Ops.call(f, new Object[] {a, b, c, d, e, g, h, i}, null);
    }

    // ---- instances ----

    /** The Python type of any value: fixed for an object's lifetime, so the optimizer may reuse it. */
    public static Object typeOf(Object o) { return Ops.type(o); }

    public static boolean assumptionValid(Assumption a) { return a.isValid(); }

    // shape_of, object_slot, add_slot, new_instance ...: InstanceOps, which the optimizer knows.

    // ---- globals and cells ----

    /** The version of a dict (globals, builtins, a module's): a guard on it makes a lookup a constant. */
    public static long dictVersion(PyDict d) { return d.version; }

    /** The version of a dict's keys: while it holds, each key stays at its entry. */
    public static long dictKeysVersion(PyDict d) { return d.keysVersion; }

    /** The value at a dict's entry (a global's current value, its entry known from the keys version). */
    public static Object dictValueAt(PyDict d, long entry) { return d.valueAt((int) entry); }

    public static Object loadGlobal(PyDict globals, PyDict builtins, Object name) {
        Object v = globals.get(name);
        if (v == null) v = builtins.get(name);
        if (v == null) throw PyErr.nameError("name '" + name + "' is not defined");
        return v;
    }

    public static void storeGlobal(PyDict globals, Object name, Object v) { globals.put(name, v); }

    /** The cell's contents, or null when it is empty (the trace then leaves, and the interpreter raises). */
    public static Object cellValue(PyCell cell) { return cell.value; }

    public static void cellSet(PyCell cell, Object v) { cell.value = v; }

    public static CodeObject functionCode(PyFunction f) { return f.code; }

    /** The cell of a function's free variable i (a closure's cells never change). */
    public static PyCell functionCell(PyFunction f, long i) { return f.closure[(int) i]; }

    public static PySuper newSuper(PyType start, Object self) { return new PySuper(start, self); }

    /** The cell of a captured variable, made when an inlined function is entered (null: unbound). */
    public static PyCell newCell(Object value) { return new PyCell(value); }

    // ---- iteration ----

    public static PyIterator iterate(Object o) { return Ops.iterate(o); }

    public static boolean rangeHasNext(Iterators.RangeIterator it) { return it.hasNext(); }

    public static long rangeNext(Iterators.RangeIterator it) { return it.nextLong(); }

    /** The iterator's next item, or null when it is exhausted. */
    public static Object iterNext(PyIterator it) { return it.next(); }

    public static Object enumItems(EnumerateIterator e) { return e.items; }

    public static Object enumCount(EnumerateIterator e) { return e.count(); }

    public static boolean enumCountIsLong(EnumerateIterator e) { return e.countIsLong(); }

    public static long enumLongCount(EnumerateIterator e) { return e.longCount(); }

    // The next item of a list's, a tuple's or a range's iterator (a guard made sure of its class), alone or
    // enumerated: each its own helper, so that C2 inlines the iterator's next. Through iterNext or nextItem it
    // is a virtual call at one site that every kind of iterator passes, which C2 does not inline.

    public static Object listIterNext(Iterators.ListIterator it) { return it.next(); }

    public static Object tupleIterNext(Iterators.ArrayIterator it) { return it.next(); }

    public static Object enumNextListItem(EnumerateIterator e) {
        return e.counted(((Iterators.ListIterator) e.items).next());
    }

    public static Object enumNextTupleItem(EnumerateIterator e) {
        return e.counted(((Iterators.ArrayIterator) e.items).next());
    }

    public static Object enumNextRangeItem(EnumerateIterator e) {
        return e.counted(((Iterators.RangeIterator) e.items).next());
    }

    // ---- lists, tuples, unpacking ----

    public static Object listGet(PyList l, long i) { return l.getItem(i); }

    public static void listSet(PyList l, long i, Object v) { l.setItem(i, v); }

    public static Object listCopy(PyList l) { return l.copy(); }

    public static Object tupleGet(PyTuple t, long i) { return t.getItem(i); }

    public static void listAppend(PyList l, Object v) { l.append(v); }

    public static long listLen(PyList l) { return l.size; }

    public static Object newList0() { return new PyList(); }

    public static Object newList1(Object a) { return new PyList(new Object[] {a, null, null, null}, 1); }

    public static Object newList2(Object a, Object b) { return new PyList(new Object[] {a, b, null, null}, 2); }

    public static Object newList3(Object a, Object b, Object c) {
        return new PyList(new Object[] {a, b, c, null}, 3);
    }

    /** The n items of a sequence being unpacked, raising as the interpreter's UNPACK_SEQUENCE does. */
    public static Object unpack(Object seq, long n) { return Unpacking.items(seq, (int) n); }

    public static long floatToInt(double x) { return (long) x; }

    public static boolean strEq(Object a, Object b) { return a.equals(b); }

    public static Object arrayItem(Object[] a, long i) { return a[(int) i]; }

    // ---- sets, dicts, slices, star arguments ----

    public static Object newSet() { return new PySet(false); }

    public static void setAdd(PySet s, Object v) { s.add(v); }

    public static Object newDict() { return new PyDict(); }

    public static void dictPut(PyDict d, Object k, Object v) { d.put(k, v); }

    public static Object newSlice(Object start, Object stop, Object step) { return new PySlice(start, stop, step); }

    /** range(start, stop, step) of ints; ValueError for a zero step. */
    public static Object newRange(long start, long stop, long step) { return new PyRange(start, stop, step); }

    /** LIST_EXTEND; fn is the called function for a call's arguments, else None. */
    public static void listExtend(PyList l, Object v, Object fn) { StarArguments.extend(l, v, fn == PyNone.NONE ? null : fn); }

    public static Object listToTuple(PyList l) { return PyTuple.of(l.toArray()); }

    public static void mergeKeywords(Object fn, PyDict target, Object v) { StarArguments.mergeKeywords(fn, target, v); }

    public static Object callEx(Object fn, Object positional) { return StarArguments.call(fn, positional, null); }

    public static Object callExKw(Object fn, Object positional, PyDict kwargs) {
        return StarArguments.call(fn, positional, kwargs);
    }

    /** f(**kw): kw as written, which must be a dict. */
    public static Object callExMapping(Object fn, Object positional, Object kw) {
        return StarArguments.call(fn, positional, StarArguments.mapping(fn, kw));
    }

    /** MAKE_FUNCTION; None stands for the defaults, keyword defaults or closure the code has not. */
    public static Object makeFunction(Interpreter interp, PyDict globals, CodeObject code, Object defaults,
                                      Object kwDefaults, Object closure) {
        return PyFunction.define(interp, code, globals, defaults == PyNone.NONE ? null : (PyTuple) defaults,
                kwDefaults == PyNone.NONE ? null : (PyDict) kwDefaults, closure == PyNone.NONE ? null : (PyTuple) closure);
    }

    // ---- bytes ----

    /** A bytes object's length (bytes never change). */
    public static long bytesLen(PyBytes b) { return b.bytes.length; }

    /** The little-endian double at b[at..at + 8), which a guard made sure is in the bytes. */
    public static double structDoubleLE(PyBytes b, long at) { return StructCodec.readDoubleLE(b.bytes, (int) at); }

    /** The big-endian double at b[at..at + 8). */
    public static double structDoubleBE(PyBytes b, long at) { return StructCodec.readDoubleBE(b.bytes, (int) at); }

    // ---- numbers ----

    public static double intTrueDivide(long a, long b) { return IntOps.trueDivide(a, b); }

    public static double floatMod(double a, double b) { return FloatOps.mod(a, b); }

    public static double floatFloorDiv(double a, double b) { return FloatOps.floordiv(a, b); }

    /** min(a, b) of two floats: the first unless the second is smaller (NaN compares as the builtin does). */
    public static double floatMin(double a, double b) { return b < a ? b : a; }

    public static double floatMax(double a, double b) { return b > a ? b : a; }

    public static long intMin(long a, long b) { return b < a ? b : a; }

    public static long intMax(long a, long b) { return b > a ? b : a; }

    /** For the deopt stress mode: true every n-th call, making the guard after it fail on purpose. */
    public static boolean stressTick(StressCounter c) { return c.tick(); }

    // ---- descriptors: name, helper, pure, can raise ----

    static final CallDescr BINARY_OP = d("binary_op", "binaryOp", false, true, Object.class, Object.class, long.class);
    static final CallDescr RICH_COMPARE = d("rich_compare", "richCompare", false, true,
            Object.class, Object.class, long.class);
    static final CallDescr IS_TRUE = d("is_true", "isTrue", false, true, Object.class);
    static final CallDescr IS_SAME = d("is_same", "isSame", true, false, Object.class, Object.class);
    static final CallDescr CONTAINS = d("contains", "contains", false, true, Object.class, Object.class);
    static final CallDescr NEGATIVE = d("negative", "negative", false, true, Object.class);
    static final CallDescr POSITIVE = d("positive", "positive", false, true, Object.class);
    static final CallDescr INVERT = d("invert", "invert", false, true, Object.class);
    static final CallDescr GET_ITEM = d("get_item", "getItem", false, true, Object.class, Object.class);
    static final CallDescr SET_ITEM = d("set_item", "setItem", false, true, Object.class, Object.class, Object.class);
    static final CallDescr GET_ATTR = d("get_attr", "getAttr", false, true, Object.class, Object.class);
    static final CallDescr SET_ATTR = d("set_attr", "setAttr", false, true, Object.class, Object.class, Object.class);
    static final CallDescr[] CALL_N = {
        d("call0", "call0", false, true, Object.class),
        d("call1", "call1", false, true, Object.class, Object.class),
        d("call2", "call2", false, true, Object.class, Object.class, Object.class),
        d("call3", "call3", false, true, Object.class, Object.class, Object.class, Object.class),
        d("call4", "call4", false, true, Object.class, Object.class, Object.class, Object.class, Object.class),
        callN(5),
        callN(6),
        callN(7),
        callN(8),
    };

    /** The descriptor of call{n}: the callable and n arguments. */
    private static CallDescr callN(int n) {
        Class<?>[] params = new Class<?>[n + 1];
        java.util.Arrays.fill(params, Object.class);
        return d("call" + n, "call" + n, false, true, params);
    }

    /**
     * call{n} of a builtin that runs no Python code for the classes of its (guarded) arguments
     * ({@code Recorder.runsNoPythonCode}: math and struct functions, number builtins ...): it changes no dict
     * or class, so a loop that makes such calls still reuses its version reads.
     */
    static final CallDescr[] SAFE_CALL_N = new CallDescr[CALL_N.length];

    static {
        for (int n = 0; n < CALL_N.length; n++) {
            SAFE_CALL_N[n] = keeps("safe_call" + n, "call" + n, true, CALL_N[n].method().getParameterTypes());
        }
    }
    static final CallDescr TYPE_OF = d("type_of", "typeOf", true, false, Object.class);
    /** The classes, globals and shapes the loop's code relies on are unchanged (see Recorder.checkAssumptions). */
    static final CallDescr ASSUMPTIONS_HOLD = reads("assumptions_hold", "assumptionValid", false, Assumption.class);
    static final CallDescr SHAPE_OF = InstanceOps.SHAPE_OF;
    static final CallDescr OBJECT_SLOT = InstanceOps.OBJECT_SLOT;
    static final CallDescr SET_OBJECT_SLOT = InstanceOps.SET_OBJECT_SLOT;
    static final CallDescr ADD_SLOT = InstanceOps.ADD_SLOT;
    static final CallDescr NEW_INSTANCE = InstanceOps.NEW_INSTANCE;
    static final CallDescr HOLDS_FLOAT = InstanceOps.HOLDS_FLOAT;
    static final CallDescr FLOAT_SLOT = InstanceOps.FLOAT_SLOT;
    static final CallDescr SET_FLOAT_SLOT = InstanceOps.SET_FLOAT_SLOT;
    static final CallDescr FLOAT_FIELD = InstanceOps.FLOAT_FIELD;
    static final CallDescr SET_FLOAT_FIELD = InstanceOps.SET_FLOAT_FIELD;
    static final CallDescr DICT_VERSION = reads("dict_version", "dictVersion", false, PyDict.class);
    static final CallDescr DICT_KEYS_VERSION = reads("dict_keys_version", "dictKeysVersion", false, PyDict.class);
    static final CallDescr DICT_VALUE_AT = reads("dict_value_at", "dictValueAt", false, PyDict.class, long.class);
    static final CallDescr LOAD_GLOBAL = d("load_global", "loadGlobal", false, true,
            PyDict.class, PyDict.class, Object.class);
    static final CallDescr STORE_GLOBAL = d("store_global", "storeGlobal", false, false,
            PyDict.class, Object.class, Object.class);
    static final CallDescr CELL_VALUE = keeps("cell_value", "cellValue", false, PyCell.class);
    static final CallDescr CELL_SET = keeps("cell_set", "cellSet", false, PyCell.class, Object.class);
    static final CallDescr NEW_CELL = allocates("new_cell", "newCell", Object.class);
    /** super(start, self): unused once the method read from it is inlined. */
    static final CallDescr NEW_SUPER = allocates("new_super", "newSuper", PyType.class, Object.class);
    /** A function's code and closure are fixed when it is made. */
    static final CallDescr FUNCTION_CODE = d("function_code", "functionCode", true, false, PyFunction.class);
    static final CallDescr FUNCTION_CELL = d("function_cell", "functionCell", true, false, PyFunction.class,
            long.class);
    static final CallDescr GET_ITER = d("get_iter", "iterate", false, true, Object.class);
    /** iter() of a range, list or tuple (guarded): a new iterator, no Python code run. */
    static final CallDescr NEW_ITER = keeps("new_iter", "iterate", false, Object.class);
    static final CallDescr NEW_RANGE = keeps("new_range", "newRange", true, long.class, long.class, long.class);
    static final CallDescr RANGE_HAS_NEXT = keeps("range_has_next", "rangeHasNext", false,
            Iterators.RangeIterator.class);
    static final CallDescr RANGE_NEXT = keeps("range_next", "rangeNext", false, Iterators.RangeIterator.class);
    static final CallDescr ITER_NEXT = d("iter_next", "iterNext", false, true, PyIterator.class);
    /** The next item of a list's or a tuple's iterator (a class guard made sure): runs no Python code. */
    static final CallDescr LIST_ITER_NEXT = keeps("list_iter_next", "listIterNext", false,
            Iterators.ListIterator.class);
    static final CallDescr TUPLE_ITER_NEXT = keeps("tuple_iter_next", "tupleIterNext", false,
            Iterators.ArrayIterator.class);
    /** An enumerate's iterable's iterator never changes. */
    static final CallDescr ENUM_ITEMS = d("enum_items", "enumItems", true, false, EnumerateIterator.class);
    static final CallDescr ENUM_COUNT = keeps("enum_count", "enumCount", false, EnumerateIterator.class);
    /** The count unboxed, behind a guard that it is a long (it is, short of 2**63 items). */
    static final CallDescr ENUM_COUNT_IS_LONG = keeps("enum_count_is_long", "enumCountIsLong", false,
            EnumerateIterator.class);
    static final CallDescr ENUM_LONG_COUNT = keeps("enum_long_count", "enumLongCount", false,
            EnumerateIterator.class);
    /** The next item of an enumerate of a list, a tuple or a range (a class guard on its items made sure). */
    static final CallDescr ENUM_NEXT_LIST_ITEM = keeps("enum_next_list_item", "enumNextListItem", false,
            EnumerateIterator.class);
    static final CallDescr ENUM_NEXT_TUPLE_ITEM = keeps("enum_next_tuple_item", "enumNextTupleItem", false,
            EnumerateIterator.class);
    static final CallDescr ENUM_NEXT_RANGE_ITEM = keeps("enum_next_range_item", "enumNextRangeItem", false,
            EnumerateIterator.class);
    static final CallDescr LIST_GET = keeps("list_get", "listGet", true, PyList.class, long.class);
    static final CallDescr LIST_SET = keeps("list_set", "listSet", true, PyList.class, long.class, Object.class);
    static final CallDescr TUPLE_GET = d("tuple_get", "tupleGet", true, true, PyTuple.class, long.class);
    /** list[:]: a new list of its items (it reads the list, so it is not an ALLOCATES that could move). */
    static final CallDescr LIST_COPY = keeps("list_copy", "listCopy", false, PyList.class);
    static final CallDescr LIST_APPEND = keeps("list_append", "listAppend", false, PyList.class, Object.class);
    static final CallDescr LIST_LEN = keeps("list_len", "listLen", false, PyList.class);
    /** collections.deque's len, append and popleft, on an instance of exactly the deque type (guarded). */
    static final CallDescr DEQUE_LEN = CallDescr.of("deque_len", Deques.class, "size",
            CallDescr.Effect.KEEPS_STATE, false, Object.class);
    static final CallDescr DEQUE_APPEND = CallDescr.of("deque_append", Deques.class, "append",
            CallDescr.Effect.KEEPS_STATE, false, Object.class, Object.class);
    static final CallDescr DEQUE_POPLEFT = CallDescr.of("deque_popleft", Deques.class, "popLeft",
            CallDescr.Effect.KEEPS_STATE, true, Object.class);
    static final CallDescr NEW_LIST1 = keeps("new_list1", "newList1", false, Object.class);
    /** A new function object: it reads the globals' __name__ and runs no Python code. */
    static final CallDescr MAKE_FUNCTION = allocates("make_function", "makeFunction", Interpreter.class,
            PyDict.class, CodeObject.class, Object.class, Object.class, Object.class);
    static final CallDescr NEW_LIST0 = keeps("new_list0", "newList0", false);
    static final CallDescr NEW_LIST2 = keeps("new_list2", "newList2", false, Object.class, Object.class);
    static final CallDescr NEW_LIST3 = keeps("new_list3", "newList3", false,
            Object.class, Object.class, Object.class);
    static final CallDescr UNPACK = d("unpack", "unpack", false, true, Object.class, long.class);
    static final CallDescr ARRAY_ITEM = keeps("array_item", "arrayItem", false, Object[].class, long.class);
    static final CallDescr NEW_SET = keeps("new_set", "newSet", false);
    static final CallDescr SET_ADD = d("set_add", "setAdd", false, true, PySet.class, Object.class);
    static final CallDescr NEW_DICT = keeps("new_dict", "newDict", false);
    static final CallDescr DICT_PUT = d("dict_put", "dictPut", false, true, PyDict.class, Object.class, Object.class);
    /** A slice: a new object of its operands (unused, as after list[:], it goes). */
    static final CallDescr NEW_SLICE = allocates("new_slice", "newSlice", Object.class, Object.class, Object.class);
    static final CallDescr LIST_EXTEND = d("list_extend", "listExtend", false, true, PyList.class, Object.class,
            Object.class);
    static final CallDescr LIST_TO_TUPLE = keeps("list_to_tuple", "listToTuple", false, PyList.class);
    static final CallDescr MERGE_KEYWORDS = d("merge_keywords", "mergeKeywords", false, true,
            Object.class, PyDict.class, Object.class);
    static final CallDescr CALL_EX = d("call_ex", "callEx", false, true, Object.class, Object.class);
    static final CallDescr CALL_EX_KW = d("call_ex_kw", "callExKw", false, true,
            Object.class, Object.class, PyDict.class);
    static final CallDescr CALL_EX_MAPPING = d("call_ex_mapping", "callExMapping", false, true,
            Object.class, Object.class, Object.class);
    static final CallDescr INT_TRUEDIV = d("int_truediv", "intTrueDivide", true, true, long.class, long.class);
    static final CallDescr FLOAT_MOD = d("float_mod", "floatMod", true, true, double.class, double.class);
    static final CallDescr FLOAT_FLOORDIV = d("float_floordiv", "floatFloorDiv", true, true,
            double.class, double.class);
    static final CallDescr SQRT = CallDescr.of("sqrt", Math.class, "sqrt", true, false, double.class);
    /**
     * The math functions of one float that MathModule computes with these very methods (the same results),
     * raising where the result is a NaN or an infinity of an argument that is not.
     */
    static final Map<String, CallDescr> MATH_FUNCTIONS = mathFunctions();
    /** random() of a generator: changes the generator only, runs no Python code. */
    static final CallDescr RANDOM_FLOAT = CallDescr.of("random", RandomFunctions.class, "random",
            CallDescr.Effect.KEEPS_STATE, false, Object.class);
    static final CallDescr FLOOR = CallDescr.of("floor", Math.class, "floor", true, false, double.class);
    static final CallDescr CEIL = CallDescr.of("ceil", Math.class, "ceil", true, false, double.class);
    /** enumerate() of a list, a tuple or a range (guarded): a new iterator over a new iterator. */
    static final CallDescr NEW_ENUMERATE = CallDescr.of("new_enumerate", Builtins.class, "enumerate",
            CallDescr.Effect.ALLOCATES, false, Object.class);
    /** abs of a long other than Long.MIN_VALUE (guarded). */
    static final CallDescr INT_ABS = CallDescr.of("int_abs", Math.class, "abs", true, false, long.class);
    /** math.gcd of two longs other than Long.MIN_VALUE (guarded). */
    static final CallDescr INT_GCD = CallDescr.of("int_gcd", IntOps.class, "gcd", true, false, long.class, long.class);
    /** == of two strs (both guarded). */
    static final CallDescr STR_EQ = d("str_eq", "strEq", true, false, Object.class, Object.class);
    /** int() of a float whose magnitude is below 2**63 (guarded): truncation toward zero, as Python's. */
    static final CallDescr FLOAT_TO_INT = d("float_to_int", "floatToInt", true, false, double.class);
    static final CallDescr FLOAT_MIN = d("float_min", "floatMin", true, false, double.class, double.class);
    static final CallDescr FLOAT_MAX = d("float_max", "floatMax", true, false, double.class, double.class);
    static final CallDescr INT_MIN = d("int_min", "intMin", true, false, long.class, long.class);
    static final CallDescr INT_MAX = d("int_max", "intMax", true, false, long.class, long.class);
    static final CallDescr BYTES_LEN = d("bytes_len", "bytesLen", true, false, PyBytes.class);
    static final CallDescr STRUCT_DOUBLE_LE = d("struct_double_le", "structDoubleLE", true, false, PyBytes.class,
            long.class);
    static final CallDescr STRUCT_DOUBLE_BE = d("struct_double_be", "structDoubleBE", true, false, PyBytes.class,
            long.class);
    static final CallDescr STRESS_TICK = keeps("stress_tick", "stressTick", false, StressCounter.class);

    private static Map<String, CallDescr> mathFunctions() {
        Map<String, CallDescr> m = new java.util.LinkedHashMap<>();
        for (String f : List.of("sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh", "exp")) {
            m.put(f, CallDescr.of(f, Math.class, f, true, false, double.class));
        }
        m.put("fabs", CallDescr.of("fabs", Math.class, "abs", true, false, double.class));
        return Map.copyOf(m);
    }

    private static CallDescr d(String name, String method, boolean pure, boolean canRaise, Class<?>... params) {
        return CallDescr.of(name, TraceHelpers.class, method, pure, canRaise, params);
    }

    /** A helper that reads dicts or classes and changes nothing (see CallDescr.Effect). */
    private static CallDescr reads(String name, String method, boolean canRaise, Class<?>... params) {
        return CallDescr.of(name, TraceHelpers.class, method, CallDescr.Effect.READS_STATE, canRaise, params);
    }

    /** A helper that makes a new object and changes nothing else (see CallDescr.Effect). */
    private static CallDescr allocates(String name, String method, Class<?>... params) {
        return CallDescr.of(name, TraceHelpers.class, method, CallDescr.Effect.ALLOCATES, false, params);
    }

    /** A helper that runs no Python code and changes no dict or class (see CallDescr.Effect). */
    private static CallDescr keeps(String name, String method, boolean canRaise, Class<?>... params) {
        return CallDescr.of(name, TraceHelpers.class, method, CallDescr.Effect.KEEPS_STATE, canRaise, params);
    }
}
