package org.pyjit.interp.parse;

/**
 * One token. Lines are 1-based, columns 0-based code points; col and endCol are -1 for INDENT, DEDENT and
 * ENDMARKER (as in CPython, whose error routines then use the tokenizer's cursor column, kept in rawCol).
 */
public final class Token {
    public final TokenKind kind;
    private final int[] src;
    private String text;
    public final int line;
    public final int col;
    public final int endLine;
    public final int endCol;
    /** The tokenizer's cursor column (0-based, on line) when the token was produced. */
    final int rawCol;
    /** Bracket nesting level after this token. */
    final int level;
    /** Index range of the token in the lexer's code point array. */
    final int start;
    final int end;

    Token(TokenKind kind, String text, int[] src, int line, int col, int endLine, int endCol, int rawCol, int level,
          int start, int end) {
        this.kind = kind;
        this.text = text;
        this.src = src;
        this.line = line;
        this.col = col;
        this.endLine = endLine;
        this.endCol = endCol;
        this.rawCol = rawCol;
        this.level = level;
        this.start = start;
        this.end = end;
    }

    int[] src() { return src; }

    /** The token's source text (for STRING the whole literal with prefix and quotes; "" for layout tokens). */
    public String text() {
        if (text == null) {
            text = kind.text != null ? kind.text : new String(src, start, end - start);
        }
        return text;
    }

    @Override
    public String toString() {
        String t = text();
        return kind + (!t.isEmpty() ? "(" + t + ")" : "") + "@" + line + ":" + col + "-" + endLine + ":" + endCol;
    }
}
