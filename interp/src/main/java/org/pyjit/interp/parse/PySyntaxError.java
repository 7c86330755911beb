package org.pyjit.interp.parse;

import java.nio.charset.StandardCharsets;

/**
 * A SyntaxError (or its subclasses IndentationError and TabError) found while tokenizing or parsing, with the
 * location fields CPython 3.11 puts on the exception. Offsets are 1-based columns counted in code points, as
 * {@code compile(str, ...)} reports them; 0 or -1 where CPython has 0 or -1.
 */
public final class PySyntaxError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String kind;
    private final String msg;
    private final String filename;
    private final int line;
    private final int offset;
    private final int endLine;
    private final int endOffset;
    /** The source line as CPython stores it in SyntaxError.text (may end with a newline), or null. */
    private final String text;
    private boolean incompleteInput;
    /**
     * True for errors raised by the tokenizer's own error routine: CPython reports their offsets in characters
     * even when running a file, whereas parser errors in a file without an encoding declaration carry UTF-8
     * byte offsets (which is what the traceback printer then uses to place the caret).
     */
    final boolean charOffsets;
    /** Tokenizer errors that override a parser error found earlier (CPython sets an exception for these). */
    final boolean fromTokenizer;
    /**
     * The offsets CPython has when it runs a file (used by {@link #format()}): UTF-8 byte offsets for parser
     * errors, and 0 for errors placed at the end of the input; Integer.MIN_VALUE when they equal offset/endOffset
     * converted to bytes.
     */
    private int fileOffset = Integer.MIN_VALUE;
    private int fileEndOffset = Integer.MIN_VALUE;

    PySyntaxError(String kind, String msg, String filename, int line, int offset, int endLine, int endOffset,
                  String text, boolean charOffsets, boolean fromTokenizer) {
        super(msg, null, false, false);
        this.kind = kind;
        this.msg = msg;
        this.filename = filename;
        this.line = line;
        this.offset = offset;
        this.endLine = endLine;
        this.endOffset = endOffset;
        this.text = text;
        this.charOffsets = charOffsets;
        this.fromTokenizer = fromTokenizer;
    }

    PySyntaxError withFileOffsets(int offset, int endOffset) {
        this.fileOffset = offset;
        this.fileEndOffset = endOffset;
        return this;
    }

    PySyntaxError withIncomplete(boolean incomplete) {
        this.incompleteInput = incomplete;
        return this;
    }

    /** "SyntaxError", "IndentationError" or "TabError". */
    public String kind() { return kind; }

    public String msg() { return msg; }

    public String filename() { return filename; }

    /** 1-based line number. */
    public int line() { return line; }

    /** 1-based column (code points) as CPython's SyntaxError.offset; 0 or -1 when CPython has those. */
    public int offset() { return offset; }

    public int endLine() { return endLine; }

    public int endOffset() { return endOffset; }

    /** The offending source line without its trailing newline, or null when unknown. */
    public String lineText() {
        if (text == null) {
            return null;
        }
        return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }

    /**
     * True when the input is a valid prefix that simply ended too early (unclosed bracket, unterminated
     * triple-quoted string, block header or backslash continuation at the end, missing indented block at the
     * end): an interactive reader should ask for more lines instead of reporting the error.
     */
    public boolean incompleteInput() { return incompleteInput; }

    @Override
    public String toString() {
        return kind + ": " + msg + " (" + filename + ", line " + line + ")";
    }

    /** What CPython 3.11 prints to stderr when this error escapes from a program run as a file. */
    public String format() { return format(false); }

    /**
     * The text CPython 3.11 prints to stderr for this error when it is uncaught. With charColumns false this is
     * the output for a file ({@code python3 x.py}): CPython then positions parser errors by UTF-8 bytes; with
     * charColumns true it is the output for a {@code -c} string, where all offsets count characters.
     */
    public String format(boolean charColumns) {
        StringBuilder sb = new StringBuilder();
        sb.append("  File \"").append(filename).append("\", line ").append(line).append('\n');
        if (text != null) {
            int off = offset;
            int endOff = endOffset;
            String t = text;
            if (!charColumns && !charOffsets) {
                if (fileOffset != Integer.MIN_VALUE) {
                    off = fileOffset;
                    endOff = fileEndOffset;
                } else {
                    off = byteOffset(t, off);
                    endOff = endLine == line ? byteOffset(t, endOff) : endOff;
                }
            }
            if (!kind.equals("SyntaxError")) {
                endOff = -1;
            } else {
                int lineSize = t.getBytes(StandardCharsets.UTF_8).length;
                if (endLine > line) {
                    endOff = lineSize;
                }
                if (endOff > lineSize + 1) {
                    endOff = lineSize + 1;
                }
            }
            printErrorText(sb, off, endOff, t);
        }
        sb.append(kind);
        if (!msg.isEmpty()) {
            sb.append(": ").append(msg);
        }
        sb.append('\n');
        return sb.toString();
    }

    /** Converts a 1-based character offset in s to the 1-based UTF-8 byte offset CPython has for files. */
    private static int byteOffset(String s, int charOffset) {
        if (charOffset <= 1) {
            return charOffset;
        }
        int bytes = 0;
        int i = 0;
        int chars = 0;
        while (i < s.length() && chars < charOffset - 1) {
            int c = s.codePointAt(i);
            bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
            i += Character.charCount(c);
            chars++;
        }
        return bytes + (charOffset - 1 - chars) + 1;
    }

    /** A port of CPython 3.11's print_error_text, which works on the UTF-8 bytes of the line. */
    private static void printErrorText(StringBuilder sb, int offset, int endOffset, String textStr) {
        int caretRepetitions = (endOffset > 0 && endOffset > offset) ? endOffset - offset : 1;
        byte[] text = textStr.getBytes(StandardCharsets.UTF_8);
        int start = 0;
        offset--;
        while (start < text.length && (text[start] == ' ' || text[start] == '\t' || text[start] == '\f')) {
            start++;
            offset--;
        }
        int len = text.length - start;
        if (len > 0 && text[text.length - 1] == '\n') {
            len--;
        }
        if (offset > len) {
            offset = len;
        }
        for (;;) {
            int nl = -1;
            for (int i = start; i < text.length; i++) {
                if (text[i] == '\n') {
                    nl = i;
                    break;
                }
            }
            if (nl < 0) {
                break;
            }
            int inl = nl - start;
            if (inl >= offset) {
                break;
            }
            inl += 1;
            start += inl;
            len -= inl;
            offset -= inl;
        }
        String rest = new String(text, start, text.length - start, StandardCharsets.UTF_8);
        sb.append("    ").append(rest);
        if (start + len >= text.length || text[start + len] != '\n') {
            sb.append('\n');
        }
        if (offset < 0) {
            return;
        }
        sb.append("    ");
        while (--offset >= 0) {
            sb.append(' ');
        }
        for (int i = 0; i < caretRepetitions; i++) {
            sb.append('^');
        }
        sb.append('\n');
    }
}
