package org.pyjit.interp.exec;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import org.pyjit.interp.ast.Expr;
import org.pyjit.interp.ast.Module;
import org.pyjit.interp.ast.Stmt;
import org.pyjit.interp.compile.CodeObject;
import org.pyjit.interp.parse.Parser;
import org.pyjit.interp.runtime.Ops;
import org.pyjit.interp.runtime.PyBaseException;
import org.pyjit.interp.runtime.TracebackEntry;

/**
 * Prints an uncaught exception exactly as CPython 3.11 does: the cause/context chain, each traceback entry
 * with its source line and the {@code ~~~^^^} markers under the failing expression, repeated lines folded.
 */
final class TracebackPrinter {
    private TracebackPrinter() {}

    static String format(Interpreter interp, PyBaseException e) {
        StringBuilder sb = new StringBuilder();
        chain(interp, e, sb, new IdentityHashMap<>());
        return sb.toString();
    }

    private static void chain(Interpreter interp, PyBaseException e, StringBuilder sb,
                              IdentityHashMap<PyBaseException, Boolean> seen) {
        seen.put(e, Boolean.TRUE);
        if (e.cause != null && !seen.containsKey(e.cause)) {
            chain(interp, e.cause, sb, seen);
            sb.append("\nThe above exception was the direct cause of the following exception:\n\n");
        } else if (e.context != null && !e.suppressContext && !seen.containsKey(e.context)) {
            chain(interp, e.context, sb, seen);
            sb.append("\nDuring handling of the above exception, another exception occurred:\n\n");
        }
        single(interp, e, sb);
    }

    private static void single(Interpreter interp, PyBaseException e, StringBuilder sb) {
        List<TracebackEntry> tb = new ArrayList<>(e.traceback);
        java.util.Collections.reverse(tb);
        if (!tb.isEmpty()) {
            sb.append("Traceback (most recent call last):\n");
            String last = null;
            int repeats = 0;
            for (TracebackEntry t : tb) {
                String text = entry(interp, t);
                if (text.equals(last)) {
                    repeats++;
                    if (repeats < 3) sb.append(text);
                    continue;
                }
                flushRepeats(sb, repeats);
                repeats = 0;
                last = text;
                sb.append(text);
            }
            flushRepeats(sb, repeats);
        }
        if (e.detail instanceof String syntax) {
            sb.append(syntax);
            if (!syntax.endsWith("\n")) sb.append('\n');
            return;
        }
        String name = e.type.moduleName().equals("builtins") || e.type.moduleName().equals("__main__")
                ? e.type.qualname() : e.type.moduleName() + "." + e.type.qualname();
        String msg;
        try {
            msg = Ops.str(e);
        } catch (RuntimeException ex) {
            msg = "<exception str() failed>";
        }
        sb.append(name);
        if (!msg.isEmpty()) sb.append(": ").append(msg);
        sb.append('\n');
    }

    private static void flushRepeats(StringBuilder sb, int repeats) {
        if (repeats > 2) {
            int more = repeats - 2;
            sb.append("  [Previous line repeated ").append(more).append(" more time").append(more == 1 ? "" : "s")
                    .append("]\n");
        }
    }

    private static String entry(Interpreter interp, TracebackEntry t) {
        CodeObject code = t.code();
        int pc = t.pc();
        int line = code.lines[pc];
        StringBuilder sb = new StringBuilder();
        sb.append("  File \"").append(code.filename).append("\", line ").append(line).append(", in ")
                .append(code.name).append('\n');
        String source = interp.sourceOf(code.filename);
        if (source == null || line <= 0) return sb.toString();
        String[] lines = source.split("\n", -1);
        if (line > lines.length) return sb.toString();
        String text = lines[line - 1].replace("\r", "");
        String stripped = text.strip();
        if (stripped.isEmpty()) return sb.toString();
        sb.append("    ").append(stripped).append('\n');
        int indent = text.length() - text.stripLeading().length();
        int start = code.cols[pc];
        int end = code.endCols[pc];
        if (code.endLines[pc] != line) {
            end = text.stripTrailing().length();
        }
        if (start < indent || end <= start || end > text.length()) return sb.toString();
        int[] anchors = code.endLines[pc] == line ? anchors(text.substring(start, end)) : null;
        if (end - start == stripped.length() && anchors == null) return sb.toString();
        sb.append("    ").append(" ".repeat(start - indent));
        for (int i = 0; i < end - start; i++) {
            if (anchors == null) sb.append('^');
            else sb.append(i >= anchors[0] && i < anchors[1] ? '^' : '~');
        }
        sb.append('\n');
        return sb.toString();
    }

    /** For a binary operation or subscript, the operator's (or the brackets') range within the segment. */
    private static int[] anchors(String segment) {
        if (segment.isEmpty() || Character.isWhitespace(segment.charAt(0))) return null;
        Module m;
        try {
            m = Parser.parse(segment, "<segment>");
        } catch (RuntimeException e) {
            return null;
        }
        if (m.body().size() != 1 || !(m.body().get(0) instanceof Stmt.ExprStmt es)) return null;
        Expr e = es.value();
        if (e instanceof Expr.BinOp b) {
            int left = b.left().pos().endCol();
            int right = b.right().pos().col();
            if (b.left().pos().endLine() != 1 || b.right().pos().line() != 1) return null;
            for (int i = left; i < right; i++) {
                char c = segment.charAt(i);
                if (Character.isWhitespace(c)) continue;
                int l = i;
                int r = i + 1;
                if (i + 1 < right && !Character.isWhitespace(segment.charAt(i + 1))) r++;
                if (i + 1 < right && c == ')') continue;
                return new int[] {l, r};
            }
            return null;
        }
        if (e instanceof Expr.Subscript s) {
            if (s.value().pos().endLine() != 1 || s.slice().pos().endLine() != 1) return null;
            return new int[] {s.value().pos().endCol(), s.slice().pos().endCol() + 1};
        }
        return null;
    }
}
