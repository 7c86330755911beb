package org.pyjit.interp.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * The assumptions that rely on one thing staying as it is (a class, a global's binding, a shape): all are
 * invalidated when it changes. Compiled code recorded again leaves its old assumptions here, invalidated when
 * the code was thrown away; they are dropped as the list grows.
 */
final class Dependents {
    private final List<Assumption> assumptions = new ArrayList<>(2);

    void add(Assumption a) {
        if (assumptions.size() >= 8) assumptions.removeIf(d -> !d.isValid());
        if (!assumptions.contains(a)) assumptions.add(a);
    }

    int size() { return assumptions.size(); }

    void invalidateAll() {
        for (Assumption a : assumptions) a.invalidate();
        assumptions.clear();
    }
}
