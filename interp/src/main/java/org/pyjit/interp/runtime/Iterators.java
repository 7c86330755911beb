package org.pyjit.interp.runtime;

/** The iterators of the builtin containers. Each records what it needs to detect a mutating container. */
public final class Iterators {
    private Iterators() {}

    static final PyType LIST_ITERATOR = PyIterator.iteratorType("list_iterator");
    static final PyType LIST_REVERSEITERATOR = PyIterator.iteratorType("list_reverseiterator");
    static final PyType TUPLE_ITERATOR = PyIterator.iteratorType("tuple_iterator");
    static final PyType RANGE_ITERATOR = PyIterator.iteratorType("range_iterator");
    static final PyType STR_ITERATOR = PyIterator.iteratorType("str_ascii_iterator");
    static final PyType BYTES_ITERATOR = PyIterator.iteratorType("bytes_iterator");
    static final PyType DICT_KEYITERATOR = PyIterator.iteratorType("dict_keyiterator");
    static final PyType DICT_VALUEITERATOR = PyIterator.iteratorType("dict_valueiterator");
    static final PyType DICT_ITEMITERATOR = PyIterator.iteratorType("dict_itemiterator");
    static final PyType SET_ITERATOR = PyIterator.iteratorType("set_iterator");
    static final PyType SEQ_ITERATOR = PyIterator.iteratorType("iterator");
    static final PyType CALLABLE_ITERATOR = PyIterator.iteratorType("callable_iterator");

    /** All iterator types, so the builtins can give them __iter__ and __next__. */
    public static PyType[] types() {
        return new PyType[] {LIST_ITERATOR, LIST_REVERSEITERATOR, TUPLE_ITERATOR, RANGE_ITERATOR, STR_ITERATOR,
            BYTES_ITERATOR, DICT_KEYITERATOR, DICT_VALUEITERATOR, DICT_ITEMITERATOR, SET_ITERATOR, SEQ_ITERATOR,
            CALLABLE_ITERATOR};
    }

    public static final class ListIterator extends PyIterator {
        private final PyList list;
        private int i;

        public ListIterator(PyList list) { this.list = list; }

        @Override
        public PyType type() { return LIST_ITERATOR; }

        @Override
        public Object next() {
            if (i < list.size) return list.items[i++];
            i = Integer.MAX_VALUE;
            return null;
        }
    }

    public static final class ListReverseIterator extends PyIterator {
        private final PyList list;
        private int i;

        public ListReverseIterator(PyList list) {
            this.list = list;
            this.i = list.size - 1;
        }

        @Override
        public PyType type() { return LIST_REVERSEITERATOR; }

        @Override
        public Object next() {
            if (i >= 0 && i < list.size) return list.items[i--];
            i = -1;
            return null;
        }
    }

    public static final class ArrayIterator extends PyIterator {
        private final Object[] items;
        private final int end;
        private int i;

        public ArrayIterator(Object[] items, int end) {
            this.items = items;
            this.end = end;
        }

        @Override
        public PyType type() { return TUPLE_ITERATOR; }

        @Override
        public Object next() { return i < end ? items[i++] : null; }
    }

    public static final class RangeIterator extends PyIterator {
        private long next;
        private long remaining;
        private final long step;

        public RangeIterator(long start, long step, long length) {
            this.next = start;
            this.step = step;
            this.remaining = length;
        }

        @Override
        public PyType type() { return RANGE_ITERATOR; }

        /** For compiled loops: whether next() would produce a value. */
        public boolean hasNext() { return remaining > 0; }

        /** For compiled loops: the next value, unboxed; only after hasNext(). */
        public long nextLong() {
            remaining--;
            long v = next;
            next += step;
            return v;
        }

        @Override
        public Object next() {
            if (remaining <= 0) return null;
            remaining--;
            long v = next;
            next += step;
            return v;
        }
    }

    public static final class StrIterator extends PyIterator {
        private final String s;
        private int i;

        public StrIterator(String s) { this.s = s; }

        @Override
        public PyType type() { return STR_ITERATOR; }

        @Override
        public Object next() {
            if (i >= s.length()) return null;
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length()) {
                int cp = s.codePointAt(i);
                i += 2;
                return new String(Character.toChars(cp));
            }
            i++;
            return Strings.ofChar(c);
        }
    }

    public static final class BytesIterator extends PyIterator {
        private final byte[] b;
        private int i;

        public BytesIterator(byte[] b) { this.b = b; }

        @Override
        public PyType type() { return BYTES_ITERATOR; }

        @Override
        public Object next() { return i < b.length ? (Object) (long) (b[i++] & 0xff) : null; }
    }

    /** Iterates a dict's keys, values or items; raises if the dict changes size meanwhile. */
    public static final class DictIterator extends PyIterator {
        public static final int KEYS = 0;
        public static final int VALUES = 1;
        public static final int ITEMS = 2;
        private final PyDict dict;
        private final int kind;
        private final int size;
        private int entry;

        public DictIterator(PyDict dict, int kind) {
            this.dict = dict;
            this.kind = kind;
            this.size = dict.size();
        }

        @Override
        public PyType type() {
            return kind == KEYS ? DICT_KEYITERATOR : kind == VALUES ? DICT_VALUEITERATOR : DICT_ITEMITERATOR;
        }

        @Override
        public Object next() {
            if (dict.size() != size) {
                entry = Integer.MAX_VALUE;
                throw PyErr.runtimeError("dictionary changed size during iteration");
            }
            int limit = dict.entryLimit();
            while (entry < limit) {
                int e = entry++;
                Object k = dict.keyAt(e);
                if (k != null) {
                    if (kind == KEYS) return k;
                    if (kind == VALUES) return dict.valueAt(e);
                    return PyTuple.of(k, dict.valueAt(e));
                }
            }
            return null;
        }
    }

    public static final class SetIterator extends PyIterator {
        private final PySet set;
        private final int size;
        private int slot;

        public SetIterator(PySet set) {
            this.set = set;
            this.size = set.size();
        }

        @Override
        public PyType type() { return SET_ITERATOR; }

        @Override
        public Object next() {
            if (set.size() != size) {
                slot = Integer.MAX_VALUE;
                throw PyErr.runtimeError("Set changed size during iteration");
            }
            int limit = set.slotLimit();
            while (slot < limit) {
                Object k = set.elementAt(slot++);
                if (k != null) return k;
            }
            return null;
        }
    }

    /** Iterates an object that only has __getitem__ (the old sequence protocol). */
    public static final class SequenceIterator extends PyIterator {
        private final Object seq;
        private long i;
        private boolean done;

        public SequenceIterator(Object seq) { this.seq = seq; }

        @Override
        public PyType type() { return SEQ_ITERATOR; }

        @Override
        public Object next() {
            if (done) return null;
            try {
                return Ops.getItem(seq, i++);
            } catch (PyException e) {
                if (e.isInstance(ExceptionTypes.INDEX_ERROR) || e.isInstance(ExceptionTypes.STOP_ITERATION)) {
                    done = true;
                    return null;
                }
                throw e;
            }
        }
    }

    /** iter(callable, sentinel). */
    public static final class CallableIterator extends PyIterator {
        private final Object callable;
        private final Object sentinel;
        private boolean done;

        public CallableIterator(Object callable, Object sentinel) {
            this.callable = callable;
            this.sentinel = sentinel;
        }

        @Override
        public PyType type() { return CALLABLE_ITERATOR; }

        @Override
        public Object next() {
            if (done) return null;
            Object v = Ops.call(callable, new Object[0], null);
            if (Ops.eq(v, sentinel)) {
                done = true;
                return null;
            }
            return v;
        }
    }

    /** Adapts an object with a Python __next__ method to the null-at-end protocol. */
    public static final class PythonIterator extends PyIterator {
        private final Object it;
        private final Object nextMethod;

        public PythonIterator(Object it, Object nextMethod) {
            this.it = it;
            this.nextMethod = nextMethod;
        }

        @Override
        public PyType type() { return Ops.type(it); }

        /** The __next__ it calls (what a trace that leaves the iteration residual runs at every step). */
        public Object nextMethod() { return nextMethod; }

        @Override
        public Object next() {
            try {
                return Ops.callDescriptor(nextMethod, it, new Object[0]);
            } catch (PyException e) {
                if (e.isInstance(ExceptionTypes.STOP_ITERATION)) return null;
                throw e;
            }
        }
    }
}
