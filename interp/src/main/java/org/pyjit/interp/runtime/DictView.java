package org.pyjit.interp.runtime;

/** dict.keys(), values() and items(): live views of a dict. kind is a DictIterator kind. */
public final class DictView implements PyValue {
    public final PyDict dict;
    public final int kind;

    public DictView(PyDict dict, int kind) {
        this.dict = dict;
        this.kind = kind;
    }

    @Override
    public PyType type() {
        return kind == Iterators.DictIterator.KEYS ? Types.DICT_KEYS
                : kind == Iterators.DictIterator.VALUES ? Types.DICT_VALUES : Types.DICT_ITEMS;
    }

    /** The view's elements as a new set (for the set operators on keys and items views). */
    public PySet toSet() {
        PySet s = new PySet(false);
        Iterators.DictIterator it = new Iterators.DictIterator(dict, kind);
        for (Object v = it.next(); v != null; v = it.next()) s.add(v);
        return s;
    }
}
