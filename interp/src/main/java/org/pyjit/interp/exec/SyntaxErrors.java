package org.pyjit.interp.exec;

import org.pyjit.interp.compile.CompileError;
import org.pyjit.interp.parse.PySyntaxError;
import org.pyjit.interp.runtime.ExceptionTypes;
import org.pyjit.interp.runtime.PyBaseException;
import org.pyjit.interp.runtime.PyException;
import org.pyjit.interp.runtime.PyNone;
import org.pyjit.interp.runtime.PyTuple;
import org.pyjit.interp.runtime.PyType;

/** Turns parser and compiler errors into Python SyntaxError exceptions with CPython's attributes. */
final class SyntaxErrors {
    private SyntaxErrors() {}

    static PyException toPython(PySyntaxError e) {
        PyType t = switch (e.kind()) {
            case "IndentationError" -> ExceptionTypes.INDENTATION_ERROR;
            case "TabError" -> ExceptionTypes.TAB_ERROR;
            default -> ExceptionTypes.SYNTAX_ERROR;
        };
        PyBaseException ex = new PyBaseException(t);
        Object text = e.lineText() == null ? PyNone.NONE : e.lineText() + "\n";
        ex.args = PyTuple.of(e.msg(), PyTuple.of(e.filename(), (long) e.line(), (long) e.offset(), text,
                (long) e.endLine(), (long) e.endOffset()));
        setAttributes(ex, e.msg(), e.filename(), e.line(), e.offset(), text, e.endLine(), e.endOffset());
        ex.detail = e.format();
        return ex.asThrowable();
    }

    static PyException toPython(CompileError e, String source) {
        int line = e.pos == null ? 1 : e.pos.line();
        int col = e.pos == null ? 0 : e.pos.col();
        int endLine = e.pos == null ? line : e.pos.endLine();
        int endCol = e.pos == null ? col : e.pos.endCol();
        String[] lines = source.split("\n", -1);
        String text = line - 1 < lines.length ? lines[line - 1].replace("\r", "") : null;
        PyBaseException ex = new PyBaseException(ExceptionTypes.SYNTAX_ERROR);
        Object textObj = text == null ? PyNone.NONE : text + "\n";
        ex.args = PyTuple.of(e.getMessage(), PyTuple.of(e.filename, (long) line, (long) col + 1, textObj,
                (long) endLine, (long) endCol + 1));
        setAttributes(ex, e.getMessage(), e.filename, line, col + 1, textObj, endLine, endCol + 1);
        StringBuilder sb = new StringBuilder("  File \"").append(e.filename).append("\", line ").append(line).append('\n');
        if (text != null) {
            String stripped = text.stripLeading();
            int indent = text.length() - stripped.length();
            sb.append("    ").append(stripped.stripTrailing()).append('\n');
            int start = Math.max(0, col - indent);
            int end = endLine == line ? Math.max(start + 1, endCol - indent) : stripped.stripTrailing().length();
            sb.append("    ").append(" ".repeat(start)).append("^".repeat(Math.max(1, end - start))).append('\n');
        }
        sb.append("SyntaxError: ").append(e.getMessage()).append('\n');
        ex.detail = sb.toString();
        return ex.asThrowable();
    }

    private static void setAttributes(PyBaseException ex, String msg, String filename, int line, int offset,
                                      Object text, int endLine, int endOffset) {
        ex.setOwn("msg", msg);
        ex.setOwn("filename", filename);
        ex.setOwn("lineno", (long) line);
        ex.setOwn("offset", (long) offset);
        ex.setOwn("text", text);
        ex.setOwn("end_lineno", (long) endLine);
        ex.setOwn("end_offset", (long) endOffset);
    }
}
