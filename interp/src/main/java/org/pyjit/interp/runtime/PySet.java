package org.pyjit.interp.runtime;

/**
 * Python set and frozenset. The table is laid out exactly as CPython's (open addressing with 9 linear probes
 * then perturbation, the same growth rule, dummies on delete), because a set's iteration order is its slot
 * order, and programs print sets: {3, 1, 2} must print as {1, 2, 3} here as in CPython.
 */
public final class PySet implements PyValue {
    private static final int LINEAR_PROBES = 9;
    private static final int MIN_SIZE = 8;
    private static final Object DUMMY = new Object();

    public final boolean frozen;
    private Object[] keys = new Object[MIN_SIZE];
    private long[] hashes = new long[MIN_SIZE];
    private int mask = MIN_SIZE - 1;
    private int fill;
    private int used;
    private int finger;

    public PySet(boolean frozen) { this.frozen = frozen; }

    @Override
    public PyType type() { return frozen ? Types.FROZENSET : Types.SET; }

    public int size() { return used; }

    private static boolean sameKey(Object a, Object b) {
        if (a == b) return true;
        if (a instanceof String s) return b instanceof String && s.equals(b);
        return Ops.eq(a, b);
    }

    public boolean contains(Object key) {
        long hash = Ops.hash(key);
        int i = (int) (hash & mask);
        long perturb = hash;
        while (true) {
            int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
            int j = i;
            do {
                Object k = keys[j];
                if (k == null) return false;
                if (k != DUMMY && hashes[j] == hash && sameKey(k, key)) return true;
                j++;
            } while (probes-- > 0);
            perturb >>>= 5;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    /** Adds key; false if it was already present. */
    public boolean add(Object key) {
        long hash = Ops.hash(key);
        return addEntry(key, hash);
    }

    private boolean addEntry(Object key, long hash) {
        int i = (int) (hash & mask);
        long perturb = hash;
        int freeslot = -1;
        while (true) {
            int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
            int j = i;
            do {
                Object k = keys[j];
                if (k == null) {
                    if (freeslot >= 0) {
                        keys[freeslot] = key;
                        hashes[freeslot] = hash;
                        used++;
                        return true;
                    }
                    keys[j] = key;
                    hashes[j] = hash;
                    fill++;
                    used++;
                    if ((long) fill * 5 >= (long) mask * 3) resize(used > 50000 ? used * 2 : used * 4);
                    return true;
                }
                if (k == DUMMY) {
                    if (freeslot < 0) freeslot = j;
                } else if (hashes[j] == hash && sameKey(k, key)) {
                    return false;
                }
                j++;
            } while (probes-- > 0);
            perturb >>>= 5;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    private void resize(int minUsed) {
        int newSize = MIN_SIZE;
        while (newSize <= minUsed) newSize <<= 1;
        Object[] oldKeys = keys;
        long[] oldHashes = hashes;
        keys = new Object[newSize];
        hashes = new long[newSize];
        mask = newSize - 1;
        fill = used;
        for (int j = 0; j < oldKeys.length; j++) {
            Object k = oldKeys[j];
            if (k != null && k != DUMMY) insertClean(k, oldHashes[j]);
        }
    }

    private void insertClean(Object key, long hash) {
        int i = (int) (hash & mask);
        long perturb = hash;
        while (true) {
            if (keys[i] == null) {
                keys[i] = key;
                hashes[i] = hash;
                return;
            }
            if (i + LINEAR_PROBES <= mask) {
                for (int j = 1; j <= LINEAR_PROBES; j++) {
                    if (keys[i + j] == null) {
                        keys[i + j] = key;
                        hashes[i + j] = hash;
                        return;
                    }
                }
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    /** Removes key; false if absent. */
    public boolean discard(Object key) {
        long hash = Ops.hash(key);
        int i = (int) (hash & mask);
        long perturb = hash;
        while (true) {
            int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
            int j = i;
            do {
                Object k = keys[j];
                if (k == null) return false;
                if (k != DUMMY && hashes[j] == hash && sameKey(k, key)) {
                    keys[j] = DUMMY;
                    hashes[j] = -1;
                    used--;
                    return true;
                }
                j++;
            } while (probes-- > 0);
            perturb >>>= 5;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    /** Removes and returns an arbitrary element as CPython does (scanning from a moving finger); null if empty. */
    public Object pop() {
        if (used == 0) return null;
        int j = finger & mask;
        while (keys[j] == null || keys[j] == DUMMY) {
            j++;
            if (j > mask) j = 0;
        }
        Object k = keys[j];
        keys[j] = DUMMY;
        hashes[j] = -1;
        used--;
        finger = j + 1;
        return k;
    }

    public void clear() {
        keys = new Object[MIN_SIZE];
        hashes = new long[MIN_SIZE];
        mask = MIN_SIZE - 1;
        fill = 0;
        used = 0;
    }

    /** Adds every element of other, as CPython's set_merge (which decides the resulting layout). */
    public void addAll(PySet other) {
        if (other.used == 0) return;
        if ((long) (fill + other.used) * 5 >= (long) mask * 3) resize((used + other.used) * 2);
        if (fill == 0 && mask == other.mask && other.fill == other.used) {
            for (int j = 0; j <= mask; j++) {
                Object k = other.keys[j];
                if (k != null && k != DUMMY) {
                    keys[j] = k;
                    hashes[j] = other.hashes[j];
                }
            }
            fill = other.used;
            used = other.used;
            return;
        }
        if (fill == 0) {
            for (int j = 0; j <= other.mask; j++) {
                Object k = other.keys[j];
                if (k != null && k != DUMMY) {
                    insertClean(k, other.hashes[j]);
                    fill++;
                    used++;
                }
            }
            return;
        }
        for (int j = 0; j <= other.mask; j++) {
            Object k = other.keys[j];
            if (k != null && k != DUMMY) addEntry(k, other.hashes[j]);
        }
    }

    /** Slot positions run 0..slotLimit(); a slot holds an element when elementAt is not null. */
    public int slotLimit() { return mask + 1; }

    /** The element in slot j, or null. */
    public Object elementAt(int j) {
        Object k = keys[j];
        return k == DUMMY ? null : k;
    }

    public long hashAt(int j) { return hashes[j]; }

    /** Adds an element whose hash is known (copying between sets). */
    public void addWithHash(Object key, long hash) { addEntry(key, hash); }

    public Object[] toArray() {
        Object[] out = new Object[used];
        int n = 0;
        for (int j = 0; j <= mask; j++) {
            Object k = keys[j];
            if (k != null && k != DUMMY) out[n++] = k;
        }
        return out;
    }

    public PySet copy(boolean asFrozen) {
        PySet s = new PySet(asFrozen);
        s.addAll(this);
        return s;
    }
}
