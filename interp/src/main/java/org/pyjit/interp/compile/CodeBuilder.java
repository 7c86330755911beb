package org.pyjit.interp.compile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pyjit.interp.ast.Pos;

/**
 * Assembles one code object: appends instructions with their source positions, resolves jump labels, tracks
 * the stack depth (for the stack size and for exception handlers, which reset the stack to a known depth) and
 * collects protected regions into the exception table, innermost first.
 */
final class CodeBuilder {
    /** A jump target; its depth is the stack depth on arrival. */
    static final class Label {
        int target = -1;
        int depth = -1;
        final List<Integer> refs = new ArrayList<>();
    }

    /** Code protected by one handler, possibly in several segments (it is suspended around inlined cleanups). */
    static final class Region {
        final Label handler;
        final int depth;
        final List<int[]> segments = new ArrayList<>();
        int openSince = -1;

        Region(Label handler, int depth) {
            this.handler = handler;
            this.depth = depth;
        }
    }

    /**
     * A constant's key: its class and value (1 and 1.0 and True are different constants). equals and hashCode
     * are written out: a record's own link through an invokedynamic bootstrap that spins classes on first use,
     * about 13 ms of every run's startup here.
     */
    private record ConstKey(Class<?> type, Object value) {
        @Override
        public boolean equals(Object other) {
            return other instanceof ConstKey k && k.type == type && k.value.equals(value);
        }

        @Override
        public int hashCode() { return 31 * type.hashCode() + value.hashCode(); }
    }

    private byte[] ops = new byte[64];
    private int[] args = new int[64];
    private int[] lines = new int[64];
    private int[] cols = new int[64];
    private int[] endLines = new int[64];
    private int[] endCols = new int[64];
    private int size;
    int depth;
    private int maxDepth;
    Pos pos = new Pos(1, 0, 1, 0);
    private final List<Object> consts = new ArrayList<>();
    private final Map<Object, Integer> constIndex = new HashMap<>();
    private final List<String> names = new ArrayList<>();
    private final Map<String, Integer> nameIndex = new HashMap<>();
    private record Row(int start, int end, Region region) {}

    private final List<Row> table = new ArrayList<>();

    int pc() { return size; }

    void emit(int op, int arg) {
        if (size == ops.length) grow();
        ops[size] = (byte) op;
        args[size] = arg;
        lines[size] = pos.line();
        cols[size] = pos.col();
        endLines[size] = pos.endLine();
        endCols[size] = pos.endCol();
        size++;
        depth += Opcode.stackEffect(op, arg);
        if (depth > maxDepth) maxDepth = depth;
    }

    void emit(int op) { emit(op, 0); }

    private void grow() {
        int n = ops.length * 2;
        ops = java.util.Arrays.copyOf(ops, n);
        args = java.util.Arrays.copyOf(args, n);
        lines = java.util.Arrays.copyOf(lines, n);
        cols = java.util.Arrays.copyOf(cols, n);
        endLines = java.util.Arrays.copyOf(endLines, n);
        endCols = java.util.Arrays.copyOf(endCols, n);
    }

    Label label() { return new Label(); }

    /** Emits a jump; records the depth the target will see. */
    void jump(int op, Label l) { jump(op, 0, l); }

    /** A jump whose argument carries extra bits outside TARGET_MASK (fused instructions). */
    void jump(int op, int extraBits, Label l) {
        int before = depth;
        l.refs.add(size);
        emit(op, extraBits | Opcode.TARGET_MASK);
        int onJump;
        switch (op) {
            case Opcode.JUMP_IF_FALSE_OR_POP, Opcode.JUMP_IF_TRUE_OR_POP -> onJump = before;
            case Opcode.FOR_ITER -> onJump = before - 1;
            default -> onJump = depth;
        }
        if (l.depth < 0) l.depth = onJump;
        if (l.target >= 0) args[size - 1] = (args[size - 1] & ~Opcode.TARGET_MASK) | l.target;
    }

    void bind(Label l) {
        l.target = size;
        for (int ref : l.refs) args[ref] = (args[ref] & ~Opcode.TARGET_MASK) | size;
        if (l.depth >= 0) depth = l.depth;
        else l.depth = depth;
    }

    /** Starts a region whose handler runs with the stack cut to depth plus the exception. */
    Region openRegion(Label handler, int regionDepth) {
        Region r = new Region(handler, regionDepth);
        handler.depth = regionDepth + 1;
        r.openSince = size;
        return r;
    }

    void suspend(Region r) {
        if (r.openSince >= 0 && r.openSince < size) r.segments.add(new int[] {r.openSince, size});
        r.openSince = -1;
    }

    void resume(Region r) { r.openSince = size; }

    void close(Region r) {
        suspend(r);
        for (int[] seg : r.segments) table.add(new Row(seg[0], seg[1], r));
    }

    int constant(Object value) {
        value = interned(value);
        Object key = value instanceof org.pyjit.interp.runtime.PyTuple || value instanceof CodeObject
                ? new ConstKey(Object.class, new IdentityKey(value)) : new ConstKey(value.getClass(), value);
        Integer i = constIndex.get(key);
        if (i != null) return i;
        consts.add(value);
        constIndex.put(key, consts.size() - 1);
        return consts.size() - 1;
    }

    private record IdentityKey(Object o) {
        @Override
        public boolean equals(Object other) { return other instanceof IdentityKey k && k.o == o; }

        @Override
        public int hashCode() { return System.identityHashCode(o); }
    }

    /**
     * Strings that look like identifiers are interned, as CPython interns them: a parameter's name, the names of
     * keyword arguments (a tuple constant of CALL_KW), attribute names and string constants used as dict keys
     * are then one object wherever they are written, and matching them (ArgBinder, PyDict) is a pointer compare.
     */
    private static Object interned(Object value) {
        if (value instanceof String s) return identifierLike(s) ? s.intern() : s;
        if (value instanceof org.pyjit.interp.runtime.PyTuple t) {
            // The compiler's own fresh tuple (keyword names, a constant display): no one else holds it yet.
            for (int i = 0; i < t.items.length; i++) {
                if (t.items[i] instanceof String s && identifierLike(s)) t.items[i] = s.intern();
            }
        }
        return value;
    }

    private static boolean identifierLike(String s) {
        if (s.isEmpty()) return false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean letter = c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
            if (!letter && !(i > 0 && c >= '0' && c <= '9')) return false;
        }
        return true;
    }

    private static String[] interned(String[] names) {
        String[] out = new String[names.length];
        for (int i = 0; i < names.length; i++) out[i] = names[i].intern();
        return out;
    }

    int name(String n) {
        n = n.intern();
        Integer i = nameIndex.get(n);
        if (i != null) return i;
        names.add(n);
        nameIndex.put(n, names.size() - 1);
        return names.size() - 1;
    }

    CodeObject build(String name, String qualname, String filename, int firstLine, String[] varnames,
                     String[] cellvars, String[] freevars, int[] cell2arg, int argCount, int posOnly, int kwOnly,
                     boolean varargs, boolean varkw, boolean generator, String doc) {
        int[] et = new int[table.size() * 4];
        int k = 0;
        for (Row row : table) {
            et[k++] = row.start();
            et[k++] = row.end();
            et[k++] = row.region().handler.target;
            et[k++] = row.region().depth;
        }
        return new CodeObject(name, qualname, filename, firstLine, java.util.Arrays.copyOf(ops, size),
                java.util.Arrays.copyOf(args, size), consts.toArray(), names.toArray(new String[0]),
                interned(varnames), interned(cellvars), interned(freevars), cell2arg, argCount, posOnly, kwOnly,
                varargs, varkw, generator, maxDepth + 2, et,
                java.util.Arrays.copyOf(lines, size), java.util.Arrays.copyOf(cols, size),
                java.util.Arrays.copyOf(endLines, size), java.util.Arrays.copyOf(endCols, size), doc);
    }
}
