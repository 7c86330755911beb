package org.pyjit.codegen;

import org.pyjit.optimizer.ir.Trace;

/**
 * The names a trace's class carries into JVM tools, so that PrintCompilation, JFR and profilers speak
 * Python: class {@code org/pyjit/codegen/py$<file>$<function>}, method {@code loop@L<line>} (a side trace's
 * {@code bridge@L<line>}, the line it starts at; a function trace's {@code function@L<line>}, the line of its
 * {@code def}), source file the Python file's basename.
 */
record LoopNames(String internalClassName, String methodName, String sourceFile) {
    /** Hidden classes must live in the package of the Lookup that defines them. */
    private static final String PACKAGE = "org/pyjit/codegen/";

    static LoopNames of(Trace t) {
        String file = basename(t.code.filename);
        String cls = PACKAGE + "py$" + identifier(file) + "$" + withoutReserved(t.code.qualname);
        String method = t.isSide() ? "bridge@L" + firstLine(t)
                : t.isFunction() ? "function@L" + t.code.firstLine : "loop@L" + t.line();
        return new LoopNames(cls, method, file);
    }

    /** A side trace is named after the line it starts at (the failing guard's). */
    private static int firstLine(Trace t) {
        for (org.pyjit.optimizer.ir.Op op : t.ops) if (op.line > 0) return op.line;
        return t.line();
    }

    private static String basename(String path) {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return path.substring(slash + 1);
    }

    /** {@code t.py} becomes {@code t_py}: '$' separates the parts, so it is replaced too. */
    private static String identifier(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(Character.isJavaIdentifierPart(c) && c != '$' ? c : '_');
        }
        return sb.isEmpty() ? "_" : sb.toString();
    }

    /** JVM names may hold anything except {@code . ; [ / < >}: {@code f.<locals>.g} becomes {@code f__locals__g}. */
    private static String withoutReserved(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(".;[/<>".indexOf(c) >= 0 ? '_' : c);
        }
        return sb.isEmpty() ? "_" : sb.toString();
    }
}
