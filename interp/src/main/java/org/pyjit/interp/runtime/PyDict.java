package org.pyjit.interp.runtime;

import java.util.Arrays;
import java.util.HashMap;

/**
 * Python dict: insertion-ordered, with Python's hashing and equality (1, 1.0 and True are one key). Laid out
 * as CPython's compact dict: dense entry arrays in insertion order plus a sparse open-addressed index.
 * String keys take a fast path (Java's cached String hash and equals), which covers globals and kwargs.
 */
public final class PyDict implements PyValue {
    private static final int EMPTY = -1;
    private static final int DUMMY = -2;

    private Object[] keys;
    private Object[] values;
    private int[] hashes;
    private int[] index;
    /** Entries in use including deleted ones (the next free entry). */
    private int fill;
    private int size;
    /** The Python type: dict, or a dict subclass written in Java (defaultdict, Counter, OrderedDict). */
    private final PyType pyType;
    /** defaultdict's default_factory; null for other dicts. */
    public Object defaultFactory;
    /**
     * Changes on every binding change (new key, new value, removal): inline caches of global lookups compare
     * it instead of hashing the name again.
     */
    public int version;
    /**
     * Changes when a key is added or removed (not when a value is rebound), and whenever entries move: while it
     * holds, a key stays at its entry, so a JIT trace reads a global's current value from there directly.
     */
    public int keysVersion;
    /** The string keys compiled code relies on (see addDependent), null until one is. */
    private HashMap<String, KeyWatch> watched;

    public PyDict() { this(Types.DICT); }

    public PyDict(PyType pyType) {
        this.pyType = pyType;
        keys = new Object[5];
        values = new Object[5];
        hashes = new int[5];
        index = new int[8];
        Arrays.fill(index, EMPTY);
    }

    @Override
    public PyType type() { return pyType; }

    public int size() { return size; }

    private static int hashOf(Object key) {
        if (key instanceof String s) return s.hashCode();
        long h = Ops.hash(key);
        return (int) (h ^ (h >>> 32));
    }

    private static boolean sameKey(Object a, Object b) {
        if (a == b) return true;
        if (a instanceof String s) return b instanceof String && s.equals(b);
        return Ops.eq(a, b);
    }

    /** The entry index of key, or -1. */
    private int find(Object key, int h) {
        int mask = index.length - 1;
        int i = h & mask;
        int perturb = h;
        while (true) {
            int e = index[i];
            if (e == EMPTY) return -1;
            if (e >= 0 && hashes[e] == h && sameKey(keys[e], key)) return e;
            perturb >>>= 5;
            i = (i * 5 + 1 + perturb) & mask;
        }
    }

    /** The value for key, or null if absent. */
    public Object get(Object key) {
        int e = find(key, hashOf(key));
        return e < 0 ? null : values[e];
    }

    public Object getOrDefault(Object key, Object dflt) {
        Object v = get(key);
        return v == null ? dflt : v;
    }

    public boolean containsKey(Object key) { return find(key, hashOf(key)) >= 0; }

    public void put(Object key, Object value) {
        int h = hashOf(key);
        int e = find(key, h);
        version++;
        if (watched != null) changed(key);
        if (e >= 0) {
            values[e] = value;
            return;
        }
        keysVersion++;
        if (fill == keys.length) growEntries();
        keys[fill] = key;
        values[fill] = value;
        hashes[fill] = h;
        insertIndex(h, fill);
        fill++;
        size++;
        if ((fill + 1) * 3 > index.length * 2) {
            if (size < fill) compact();
            if ((fill + 1) * 3 > index.length * 2) rebuildIndex(index.length * 4);
        }
    }

    private void insertIndex(int h, int entry) {
        int mask = index.length - 1;
        int i = h & mask;
        int perturb = h;
        while (index[i] >= 0) {
            perturb >>>= 5;
            i = (i * 5 + 1 + perturb) & mask;
        }
        index[i] = entry;
    }

    private void growEntries() {
        if (size < fill) {
            compact();
            if (fill < keys.length) return;
        }
        int n = keys.length * 2;
        keys = Arrays.copyOf(keys, n);
        values = Arrays.copyOf(values, n);
        hashes = Arrays.copyOf(hashes, n);
    }

    /** Drops deleted entries, keeping order. */
    private void compact() {
        keysVersion++;
        int j = 0;
        for (int i = 0; i < fill; i++) {
            if (keys[i] != null) {
                keys[j] = keys[i];
                values[j] = values[i];
                hashes[j] = hashes[i];
                j++;
            }
        }
        for (int i = j; i < fill; i++) {
            keys[i] = null;
            values[i] = null;
        }
        fill = j;
        rebuildIndex(index.length);
    }

    private void rebuildIndex(int n) {
        index = new int[n];
        Arrays.fill(index, EMPTY);
        for (int i = 0; i < fill; i++) {
            if (keys[i] != null) insertIndex(hashes[i], i);
        }
    }

    /** Removes key; returns its value or null if absent. */
    public Object remove(Object key) {
        int h = hashOf(key);
        int mask = index.length - 1;
        int i = h & mask;
        int perturb = h;
        while (true) {
            int e = index[i];
            if (e == EMPTY) return null;
            if (e >= 0 && hashes[e] == h && sameKey(keys[e], key)) {
                Object v = values[e];
                version++;
                keysVersion++;
                if (watched != null) changed(key);
                index[i] = DUMMY;
                keys[e] = null;
                values[e] = null;
                size--;
                return v;
            }
            perturb >>>= 5;
            i = (i * 5 + 1 + perturb) & mask;
        }
    }

    public void clear() {
        version++;
        keysVersion++;
        if (watched != null) {
            for (KeyWatch w : watched.values()) w.changed();
        }
        keys = new Object[5];
        values = new Object[5];
        hashes = new int[5];
        index = new int[8];
        Arrays.fill(index, EMPTY);
        fill = 0;
        size = 0;
    }

    /** Entry positions run from 0 to {@link #entryLimit()}; deleted positions have a null key. */
    public int entryLimit() { return fill; }

    public Object keyAt(int entry) { return keys[entry]; }

    public Object valueAt(int entry) { return values[entry]; }

    /** The entry position of key, or -1 when absent. */
    public int entryOf(Object key) { return find(key, hashOf(key)); }

    /** The last live entry, for popitem(); -1 if empty. */
    public int lastEntry() {
        for (int i = fill - 1; i >= 0; i--) {
            if (keys[i] != null) return i;
        }
        return -1;
    }

    public PyDict copy() {
        PyDict d = new PyDict(pyType);
        d.defaultFactory = defaultFactory;
        d.putAll(this);
        return d;
    }

    public void putAll(PyDict other) {
        if (fill == 0 && watched == null && other != this) {
            // Into an empty dict (f(**kw), dict(d), d.copy()): the same entries at the same places, so the
            // arrays are copied whole instead of hashing and inserting key by key (data_driven's f(**kw) spent
            // a tenth of its main thread re-inserting kw into the call's fresh dict).
            keys = other.keys.clone();
            values = other.values.clone();
            hashes = other.hashes.clone();
            index = other.index.clone();
            fill = other.fill;
            size = other.size;
            version++;
            keysVersion++;
            return;
        }
        for (int i = 0; i < other.fill; i++) {
            if (other.keys[i] != null) put(other.keys[i], other.values[i]);
        }
    }

    /** Copies the live keys in order to keysOut[0, size) and their values to valuesOut[offset, offset + size). */
    public void copyEntries(Object[] keysOut, Object[] valuesOut, int offset) {
        int j = 0;
        for (int i = 0; i < fill; i++) {
            if (keys[i] != null) {
                keysOut[j] = keys[i];
                valuesOut[offset + j++] = values[i];
            }
        }
    }

    /** The live keys in order. */
    public Object[] keysArray() {
        Object[] out = new Object[size];
        int j = 0;
        for (int i = 0; i < fill; i++) {
            if (keys[i] != null) out[j++] = keys[i];
        }
        return out;
    }

    /** Moves key's entry to the end (OrderedDict.move_to_end); false if absent. */
    public boolean moveToEnd(Object key) {
        int e = find(key, hashOf(key));
        if (e < 0) return false;
        Object v = values[e];
        remove(key);
        put(key, v);
        return true;
    }

    /**
     * Registers an assumption that key stays bound as it is now (to the same value, or absent): its next
     * binding, rebinding or deletion (or a clear) invalidates it. A JIT trace takes the globals it reads as
     * constants this way, checking one flag instead of looking them up.
     */
    public void addDependent(String key, Assumption a) {
        if (watched == null) watched = new HashMap<>();
        watched.computeIfAbsent(key, k -> new KeyWatch()).add(a);
    }

    /** How often key was bound, rebound or deleted since an assumption first relied on it. */
    public int changesOf(String key) {
        KeyWatch w = watched == null ? null : watched.get(key);
        return w == null ? 0 : w.changes;
    }

    private void changed(Object key) {
        if (!(key instanceof String s)) return;
        KeyWatch w = watched.get(s);
        if (w != null) w.changed();
    }

    /** The assumptions that rely on one key, and how often it changed since the first did. */
    private static final class KeyWatch {
        private final Dependents dependents = new Dependents();
        int changes;

        void add(Assumption a) { dependents.add(a); }

        void changed() {
            changes++;
            dependents.invalidateAll();
        }
    }
}
