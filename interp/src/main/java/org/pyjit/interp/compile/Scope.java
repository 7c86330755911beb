package org.pyjit.interp.compile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One scope of the program (module, class body, function, lambda or comprehension) and how its names resolve. */
final class Scope {
    enum Kind { MODULE, CLASS, FUNCTION, COMPREHENSION }

    /** Where a name lives, which decides the load/store instructions used for it. */
    enum Binding { LOCAL, CELL, FREE, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, NAME }

    final Kind kind;
    final String name;
    final Scope parent;
    final List<Scope> children = new ArrayList<>();
    final Set<String> params = new LinkedHashSet<>();
    final Set<String> assigned = new LinkedHashSet<>();
    final Set<String> used = new LinkedHashSet<>();
    final Set<String> globals = new LinkedHashSet<>();
    final Set<String> nonlocals = new LinkedHashSet<>();
    /** Names of this scope captured by inner scopes (they become cells). */
    final Set<String> cells = new LinkedHashSet<>();
    /** Names this scope takes from enclosing function scopes. */
    final Set<String> frees = new LinkedHashSet<>();
    final Map<String, Binding> resolved = new LinkedHashMap<>();
    boolean isGenerator;
    /** A method that calls super() with no arguments, or mentions __class__: needs the __class__ cell. */
    boolean needsClassCell;

    Scope(Kind kind, String name, Scope parent) {
        this.kind = kind;
        this.name = name;
        this.parent = parent;
        if (parent != null) parent.children.add(this);
    }

    boolean isFunctionLike() { return kind == Kind.FUNCTION || kind == Kind.COMPREHENSION; }

    Binding binding(String n) {
        Binding b = resolved.get(n);
        if (b != null) return b;
        if (kind == Kind.MODULE) return Binding.NAME;
        if (kind == Kind.CLASS) return Binding.NAME;
        return Binding.GLOBAL_IMPLICIT;
    }
}
