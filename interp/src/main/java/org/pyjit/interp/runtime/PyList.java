package org.pyjit.interp.runtime;

import java.util.Arrays;

/** Python list: a growable array of values. */
public final class PyList implements PyValue {
    public Object[] items;
    public int size;

    public PyList() { this.items = new Object[4]; }

    /** Takes ownership of items[0..size). */
    public PyList(Object[] items, int size) {
        this.items = items;
        this.size = size;
    }

    public static PyList of(Object... items) { return new PyList(items, items.length); }

    /** {@code list[:]}: a new list of the same items. */
    public PyList copy() { return new PyList(Arrays.copyOf(items, Math.max(size, 4)), size); }

    @Override
    public PyType type() { return Types.LIST; }

    public int size() { return size; }

    public Object get(int i) { return items[i]; }

    /** {@code list[i]} for an int index (negative from the end), raising IndexError as CPython does. */
    public Object getItem(long i) {
        long k = i < 0 ? i + size : i;
        if (k < 0 || k >= size) throw PyErr.indexError("list index out of range");
        return items[(int) k];
    }

    /** {@code list[i] = v} for an int index, raising IndexError as CPython does. */
    public void setItem(long i, Object v) {
        long k = i < 0 ? i + size : i;
        if (k < 0 || k >= size) throw PyErr.indexError("list assignment index out of range");
        items[(int) k] = v;
    }

    public void set(int i, Object v) { items[i] = v; }

    public void append(Object v) {
        if (size == items.length) items = Arrays.copyOf(items, Math.max(8, size + (size >> 1) + 1));
        items[size++] = v;
    }

    public void insert(int index, Object v) {
        if (size == items.length) items = Arrays.copyOf(items, Math.max(8, size + (size >> 1) + 1));
        System.arraycopy(items, index, items, index + 1, size - index);
        items[index] = v;
        size++;
    }

    public Object removeAt(int index) {
        Object v = items[index];
        System.arraycopy(items, index + 1, items, index, size - index - 1);
        items[--size] = null;
        return v;
    }

    public void clear() {
        items = new Object[4];
        size = 0;
    }

    /** A copy of the live items. */
    public Object[] toArray() { return Arrays.copyOf(items, size); }

    /** Replaces items[lo..hi) with repl. */
    public void replaceRange(int lo, int hi, Object[] repl) {
        int newSize = size - (hi - lo) + repl.length;
        Object[] n = newSize > items.length ? new Object[Math.max(newSize, 8)] : items;
        if (n != items) System.arraycopy(items, 0, n, 0, lo);
        System.arraycopy(items, hi, n, lo + repl.length, size - hi);
        System.arraycopy(repl, 0, n, lo, repl.length);
        for (int i = newSize; i < size; i++) n[i] = null;
        items = n;
        size = newSize;
    }
}
