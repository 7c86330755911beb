package org.pyjit.interp.runtime;

import java.util.ArrayList;
import java.util.List;

/** C3 linearization of a class's bases, as CPython computes {@code __mro__}. */
final class MroBuilder {
    private MroBuilder() {}

    static PyType[] linearize(PyType type) {
        List<List<PyType>> seqs = new ArrayList<>();
        for (PyType b : type.bases) seqs.add(new ArrayList<>(List.of(b.mro())));
        seqs.add(new ArrayList<>(List.of(type.bases)));
        List<PyType> result = new ArrayList<>();
        result.add(type);
        while (true) {
            seqs.removeIf(List::isEmpty);
            if (seqs.isEmpty()) return result.toArray(new PyType[0]);
            PyType candidate = null;
            for (List<PyType> seq : seqs) {
                PyType head = seq.get(0);
                boolean inTail = false;
                for (List<PyType> other : seqs) {
                    if (other.indexOf(head) > 0) {
                        inTail = true;
                        break;
                    }
                }
                if (!inTail) {
                    candidate = head;
                    break;
                }
            }
            if (candidate == null) {
                List<String> names = new ArrayList<>();
                for (List<PyType> seq : seqs) {
                    String n = seq.get(0).name;
                    if (!names.contains(n)) names.add(n);
                }
                throw PyErr.typeError("Cannot create a consistent method resolution\norder (MRO) for bases "
                        + String.join(", ", names));
            }
            result.add(candidate);
            for (List<PyType> seq : seqs) {
                if (seq.get(0) == candidate) seq.remove(0);
            }
        }
    }
}
