package org.pyjit.interp.parse;

import java.util.Arrays;
import org.pyjit.interp.runtime.Strings;

/**
 * Python 3.11's tokenizer, pulled one token at a time by the parser. It works on code points and mirrors
 * CPython's tok_get closely, including where its cursor stands when it reports an error, since CPython derives
 * error offsets from it.
 */
final class Lexer {
    static final int EOF = -1;

    /** Tokenizer states, as CPython's tok->done. */
    static final int OK = 0;
    static final int E_EOF = 1;
    static final int E_EOFS = 2;
    static final int E_EOLS = 3;
    static final int E_ERROR = 4;

    private static final int TABSIZE = 8;
    private static final int MAXINDENT = 100;
    private static final int MAXLEVEL = 200;

    final int[] src;
    final int n;
    final String filename;
    /** Added to line numbers (nonzero for the sub-lexer of an f-string expression). */
    final int lineOffset;
    /** Whether the last source line ended with a newline before normalization (affects SyntaxError.text). */
    private final boolean lastLineHasNewline;
    /** Start indexes of the source lines (index 0 is line 1). */
    private int[] lineStarts;
    /** Prefix of the messages of errors reported through the parser ("f-string: " in f-string expressions). */
    private final String msgPrefix;
    /** Start of the line holding the first NUL character, or Integer.MAX_VALUE. */
    private final int nulLineStart;

    int pos;
    /**
     * Start of CPython's tokenizer buffer: the current line, or the line where a token still in progress began
     * (a multi-line string or a backslash continuation).
     */
    private int bufStart;
    private boolean inToken;
    /** The current line (1-based, without lineOffset) and the index where it starts. */
    int line = 1;
    int lineStart;
    int done = OK;

    private boolean atBol = true;
    private final int[] indStack = new int[MAXINDENT + 1];
    private final int[] altIndStack = new int[MAXINDENT + 1];
    private int indent;
    private int pendin;
    int level;
    private final int[] parenChar = new int[MAXLEVEL];
    private final int[] parenLine = new int[MAXLEVEL];
    private final int[] parenCol = new int[MAXLEVEL];

    /**
     * @param src the source as code points, already normalized: no BOM, \r\n and \r turned into \n and a final
     *            newline present
     */
    Lexer(int[] src, String filename, int lineOffset, boolean lastLineHasNewline, String msgPrefix) {
        this.msgPrefix = msgPrefix;
        this.src = src;
        this.n = src.length;
        this.filename = filename;
        this.lineOffset = lineOffset;
        this.lastLineHasNewline = lastLineHasNewline;
        int nul = -1;
        for (int i = 0; i < n; i++) {
            if (src[i] == 0) {
                nul = i;
                break;
            }
        }
        if (nul < 0) {
            nulLineStart = Integer.MAX_VALUE;
        } else {
            int s = nul;
            while (s > 0 && src[s - 1] != '\n') {
                s--;
            }
            nulLineStart = s;
        }
    }

    /** Normalizes source text the way CPython's decoder and translate_newlines do. */
    static int[] normalize(String source, boolean[] hadFinalNewline) {
        int[] cps = Strings.codePointArray(source);
        int[] out = new int[cps.length + 1];
        int k = 0;
        int i = 0;
        if (cps.length > 0 && cps[0] == 0xFEFF) {
            i = 1;
        }
        for (; i < cps.length; i++) {
            int c = cps[i];
            if (c == '\r') {
                out[k++] = '\n';
                if (i + 1 < cps.length && cps[i + 1] == '\n') {
                    i++;
                }
            } else {
                out[k++] = c;
            }
        }
        boolean had = k > 0 && out[k - 1] == '\n';
        if (hadFinalNewline != null) {
            hadFinalNewline[0] = had || k == 0;
        }
        if (!had) {
            out[k++] = '\n';
        }
        return Arrays.copyOf(out, k);
    }

    // ---------------------------------------------------------------- characters

    private int nextc() {
        if (pos >= n) {
            if (done == OK) {
                done = E_EOF;
            }
            return EOF;
        }
        if (pos > lineStart && src[pos - 1] == '\n') {
            line++;
            lineStart = pos;
            if (!inToken) {
                bufStart = pos;
            }
        }
        if (pos >= nulLineStart) {
            int e = lineStart;
            while (src[e] != 0) {
                e++;
            }
            done = E_ERROR;
            throw new PySyntaxError("SyntaxError", "source code cannot contain null bytes", filename,
                    line + lineOffset, 0, line + lineOffset, 0, new String(src, lineStart, e - lineStart), true, true);
        }
        return src[pos++];
    }

    private void backup(int c) {
        if (c != EOF) {
            pos--;
        }
    }

    private static boolean isDigit(int c) { return c >= '0' && c <= '9'; }

    private static boolean isXDigit(int c) {
        return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    static boolean isPotentialIdentifierStart(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128;
    }

    static boolean isPotentialIdentifierChar(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c >= 128;
    }

    /** Python's str.isprintable for one code point. */
    static boolean isPrintable(int c) {
        if (c == ' ') {
            return true;
        }
        switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                 Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SPACE_SEPARATOR -> {
                return false;
            }
            default -> {
                return true;
            }
        }
    }

    static boolean isXidStart(int c) {
        return c == '_' || (Character.isUnicodeIdentifierStart(c) && !Character.isIdentifierIgnorable(c));
    }

    static boolean isXidContinue(int c) {
        return Character.isUnicodeIdentifierPart(c) && !Character.isIdentifierIgnorable(c);
    }

    // ---------------------------------------------------------------- source lines

    int[] lineStarts() {
        if (lineStarts == null) {
            int count = 1;
            for (int i = 0; i < n - 1; i++) {
                if (src[i] == '\n') {
                    count++;
                }
            }
            int[] ls = new int[count];
            int k = 1;
            for (int i = 0; i < n - 1; i++) {
                if (src[i] == '\n') {
                    ls[k++] = i + 1;
                }
            }
            lineStarts = ls;
        }
        return lineStarts;
    }

    /** The text of a line (1-based, without lineOffset), without its newline; "" when out of range. */
    String lineContent(int ln) {
        int[] ls = lineStarts();
        if (ln < 1 || ln > ls.length) {
            return "";
        }
        int s = ls[ln - 1];
        int e = s;
        while (e < n && src[e] != '\n') {
            e++;
        }
        return new String(src, s, e - s);
    }

    /** The line as CPython's parser errors show it in SyntaxError.text (with its newline when it had one). */
    String parserErrorText(int ln) {
        int[] ls = lineStarts();
        if (ln < 1 || ln > ls.length) {
            return ln == ls.length + 1 ? "" : null;
        }
        String s = lineContent(ln);
        return ln < ls.length || lastLineHasNewline ? s + "\n" : s;
    }

    /** Whether CPython's tokenizer buffer starts on a line before line ln (a multi-line token is in it). */
    boolean bufferStartsBefore(int ln) { return bufStart < lineStart || ln > line; }

    /** The text of CPython's tokenizer buffer: from its start to the end of the current line (with newline). */
    String bufferText() {
        int e = lineStart;
        while (e < n && src[e] != '\n') {
            e++;
        }
        return new String(src, bufStart, Math.min(e + 1, n) - bufStart);
    }

    /** Code point index to 0-based column on its line. */
    int colOf(int index) {
        return index - lineStarts()[lineOf(index) - 1];
    }

    /** Code point index to 1-based line (without lineOffset). */
    int lineOf(int index) {
        int[] ls = lineStarts();
        int idx = Arrays.binarySearch(ls, index);
        return idx >= 0 ? idx + 1 : -idx - 1;
    }

    // ---------------------------------------------------------------- errors

    /** CPython's syntaxerror(tok, ...): the error sits at the cursor, in characters. */
    private PySyntaxError syntaxError(String msg) {
        int col = pos - lineStart;
        return syntaxErrorRange(msg, col, col);
    }

    private PySyntaxError syntaxErrorRange(String msg, int colOffset, int endColOffset) {
        done = E_ERROR;
        int e = lineStart;
        while (e < n && src[e] != '\n') {
            e++;
        }
        String text = new String(src, lineStart, e - lineStart);
        return new PySyntaxError("SyntaxError", msg, filename, line + lineOffset, colOffset, line + lineOffset,
                endColOffset, text, true, true);
    }

    /** Errors CPython reports through the parser's error routines once it sees the ERRORTOKEN. */
    private PySyntaxError stateError(String kind, String msg, int offset, int endOffset) {
        if (done == OK) {
            done = E_ERROR;
        }
        return new PySyntaxError(kind, msgPrefix + msg, filename, line + lineOffset, offset, line + lineOffset,
                endOffset, parserErrorText(line), false, false);
    }

    /** "'(' was never closed" for the innermost open bracket. */
    PySyntaxError unclosedError() {
        int i = level - 1;
        int ln = parenLine[i];
        return new PySyntaxError("SyntaxError", msgPrefix + "'" + (char) parenChar[i] + "' was never closed", filename,
                ln + lineOffset, parenCol[i] + 1, ln + lineOffset, 0, parserErrorText(ln), false, false);
    }

    int innermostParenLine() { return parenLine[level - 1] + lineOffset; }

    // ---------------------------------------------------------------- tokens

    private Token make(TokenKind kind, int start, int end) {
        return new Token(kind, kind.text, src, line + lineOffset, start - lineStart, line + lineOffset,
                end - lineStart, pos - lineStart, level, start, end);
    }

    private Token layoutToken(TokenKind kind) {
        return new Token(kind, "", src, line + lineOffset, -1, line + lineOffset, -1, pos - lineStart, level, pos,
                pos);
    }

    /** tok_continuation_line: a backslash must be followed by a newline and more input. */
    private int continuationLine() { return continuationLine(false); }

    private int continuationLine(boolean atBolIndent) {
        int c = nextc();
        if (c != '\n') {
            // E_LINECONT: CPython reports the offset of the character after the one that follows the backslash,
            // counted from the start of its buffer.
            throw stateError("SyntaxError", "unexpected character after line continuation character", pos - bufStart,
                    0);
        }
        c = nextc();
        if (c == EOF) {
            pos = n;
            if (level > 0) {
                throw unclosedError();
            }
            PySyntaxError e = stateError("SyntaxError", "unexpected EOF while parsing", pos - lineStart, -1);
            // Running a file, CPython has offset 0 when this happens in a line's indentation.
            return atBolIndent ? throwWith(e.withFileOffsets(0, -1)) : throwWith(e);
        }
        backup(c);
        return c;
    }

    Token next() {
        int c;
        for (;;) { // nextline
            inToken = false;
            boolean blankline = false;
            if (atBol) {
                atBol = false;
                int col = 0;
                int altcol = 0;
                int contLineCol = 0;
                for (;;) {
                    c = nextc();
                    if (c == ' ') {
                        col++;
                        altcol++;
                    } else if (c == '\t') {
                        col = (col / TABSIZE + 1) * TABSIZE;
                        altcol = altcol + 1;
                    } else if (c == '\f') {
                        col = altcol = 0;
                    } else if (c == '\\') {
                        contLineCol = contLineCol != 0 ? contLineCol : col;
                        c = continuationLine(true);
                    } else {
                        break;
                    }
                }
                backup(c);
                if (c == '#' || c == '\n') {
                    blankline = true;
                }
                if (!blankline && level == 0) {
                    col = contLineCol != 0 ? contLineCol : col;
                    altcol = contLineCol != 0 ? contLineCol : altcol;
                    if (col == indStack[indent]) {
                        if (altcol != altIndStack[indent]) {
                            throw tabError();
                        }
                    } else if (col > indStack[indent]) {
                        if (indent + 1 >= MAXINDENT) {
                            pos = lineEnd();
                            throw stateError("IndentationError", "too many levels of indentation", 1, 0);
                        }
                        if (altcol <= altIndStack[indent]) {
                            throw tabError();
                        }
                        pendin++;
                        indStack[++indent] = col;
                        altIndStack[indent] = altcol;
                    } else {
                        while (indent > 0 && col < indStack[indent]) {
                            pendin--;
                            indent--;
                        }
                        if (col != indStack[indent]) {
                            pos = lineEnd();
                            throw stateError("IndentationError",
                                    "unindent does not match any outer indentation level", pos - lineStart, -1);
                        }
                        if (altcol != altIndStack[indent]) {
                            throw tabError();
                        }
                    }
                }
            }
            if (pendin != 0) {
                if (pendin < 0) {
                    pendin++;
                    return layoutToken(TokenKind.DEDENT);
                } else {
                    pendin--;
                    return layoutToken(TokenKind.INDENT);
                }
            }
            for (;;) { // again
                inToken = false;
                do {
                    c = nextc();
                } while (c == ' ' || c == '\t' || c == '\f');
                inToken = true;
                int start = c == EOF ? pos : pos - 1;
                if (c == '#') {
                    while (c != EOF && c != '\n') {
                        c = nextc();
                    }
                }
                if (c == EOF) {
                    if (level > 0) {
                        throw unclosedError();
                    }
                    return layoutToken(TokenKind.ENDMARKER);
                }
                if (isPotentialIdentifierStart(c)) {
                    boolean sawB = false;
                    boolean sawR = false;
                    boolean sawU = false;
                    boolean sawF = false;
                    boolean quote = false;
                    for (;;) {
                        if (!(sawB || sawU || sawF) && (c == 'b' || c == 'B')) {
                            sawB = true;
                        } else if (!(sawB || sawU || sawR || sawF) && (c == 'u' || c == 'U')) {
                            sawU = true;
                        } else if (!(sawR || sawU) && (c == 'r' || c == 'R')) {
                            sawR = true;
                        } else if (!(sawF || sawB || sawU) && (c == 'f' || c == 'F')) {
                            sawF = true;
                        } else {
                            break;
                        }
                        c = nextc();
                        if (c == '"' || c == '\'') {
                            quote = true;
                            break;
                        }
                    }
                    if (quote) {
                        return string(start, c);
                    }
                    boolean nonascii = false;
                    while (isPotentialIdentifierChar(c)) {
                        if (c >= 128) {
                            nonascii = true;
                        }
                        c = nextc();
                    }
                    backup(c);
                    if (nonascii) {
                        verifyIdentifier(start);
                    }
                    String name = new String(src, start, pos - start);
                    TokenKind kind = nonascii ? TokenKind.NAME : TokenKind.keywordOrName(name);
                    return new Token(kind, name, src, line + lineOffset, start - lineStart, line + lineOffset,
                            pos - lineStart, pos - lineStart, level, start, pos);
                }
                if (c == '\n') {
                    atBol = true;
                    if (blankline || level > 0) {
                        break; // nextline
                    }
                    return new Token(TokenKind.NEWLINE, "", src, line + lineOffset, start - lineStart,
                            line + lineOffset, pos - 1 - lineStart, pos - lineStart, level, start, pos - 1);
                }
                if (c == '.') {
                    c = nextc();
                    if (isDigit(c)) {
                        return number(start, c, true);
                    } else if (c == '.') {
                        c = nextc();
                        if (c == '.') {
                            return make(TokenKind.ELLIPSIS, start, pos);
                        }
                        backup(c);
                        backup('.');
                    } else {
                        backup(c);
                    }
                    return make(TokenKind.DOT, start, pos);
                }
                if (isDigit(c)) {
                    return number(start, c, false);
                }
                if (c == '"' || c == '\'') {
                    return string(start, c);
                }
                if (c == '\\') {
                    continuationLine();
                    continue; // again
                }
                int c2 = nextc();
                TokenKind two = twoChars(c, c2);
                if (two != null) {
                    int c3 = nextc();
                    TokenKind three = threeChars(c, c2, c3);
                    if (three != null) {
                        return make(three, start, pos);
                    }
                    backup(c3);
                    return make(two, start, pos);
                }
                backup(c2);
                switch (c) {
                    case '(', '[', '{' -> {
                        if (level >= MAXLEVEL) {
                            throw syntaxError("too many nested parentheses");
                        }
                        parenChar[level] = c;
                        parenLine[level] = line;
                        parenCol[level] = start - lineStart;
                        level++;
                    }
                    case ')', ']', '}' -> {
                        if (level == 0) {
                            throw syntaxError("unmatched '" + (char) c + "'");
                        }
                        level--;
                        int opening = parenChar[level];
                        if (!((opening == '(' && c == ')') || (opening == '[' && c == ']')
                                || (opening == '{' && c == '}'))) {
                            if (parenLine[level] != line) {
                                throw syntaxError("closing parenthesis '" + (char) c
                                        + "' does not match opening parenthesis '" + (char) opening + "' on line "
                                        + (parenLine[level] + lineOffset));
                            }
                            throw syntaxError("closing parenthesis '" + (char) c
                                    + "' does not match opening parenthesis '" + (char) opening + "'");
                        }
                    }
                    default -> {
                    }
                }
                if (!isPrintable(c)) {
                    throw syntaxError(String.format("invalid non-printable character U+%04X", c));
                }
                return make(oneChar(c), start, pos);
            }
        }
    }

    /** UTF-8 byte length of the current line up to index. */
    private int utf8Cols(int index) {
        int b = 0;
        for (int i = lineStart; i < index; i++) {
            int c = src[i];
            b += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
        }
        return b;
    }

    private static int throwWith(PySyntaxError e) {
        throw e;
    }

    private int lineEnd() {
        int e = lineStart;
        while (e < n && src[e] != '\n') {
            e++;
        }
        return Math.min(e + 1, n);
    }

    private PySyntaxError tabError() {
        pos = lineEnd();
        return stateError("TabError", "inconsistent use of tabs and spaces in indentation", 1, 0);
    }

    private static TokenKind twoChars(int c1, int c2) {
        switch (c1) {
            case '!' -> {
                return c2 == '=' ? TokenKind.NOTEQUAL : null;
            }
            case '%' -> {
                return c2 == '=' ? TokenKind.PERCENTEQUAL : null;
            }
            case '&' -> {
                return c2 == '=' ? TokenKind.AMPEREQUAL : null;
            }
            case '*' -> {
                return c2 == '*' ? TokenKind.DOUBLESTAR : c2 == '=' ? TokenKind.STAREQUAL : null;
            }
            case '+' -> {
                return c2 == '=' ? TokenKind.PLUSEQUAL : null;
            }
            case '-' -> {
                return c2 == '=' ? TokenKind.MINEQUAL : c2 == '>' ? TokenKind.RARROW : null;
            }
            case '/' -> {
                return c2 == '/' ? TokenKind.DOUBLESLASH : c2 == '=' ? TokenKind.SLASHEQUAL : null;
            }
            case ':' -> {
                return c2 == '=' ? TokenKind.COLONEQUAL : null;
            }
            case '<' -> {
                return c2 == '<' ? TokenKind.LEFTSHIFT : c2 == '=' ? TokenKind.LESSEQUAL
                        : c2 == '>' ? TokenKind.LTGT : null;
            }
            case '=' -> {
                return c2 == '=' ? TokenKind.EQEQUAL : null;
            }
            case '>' -> {
                return c2 == '=' ? TokenKind.GREATEREQUAL : c2 == '>' ? TokenKind.RIGHTSHIFT : null;
            }
            case '@' -> {
                return c2 == '=' ? TokenKind.ATEQUAL : null;
            }
            case '^' -> {
                return c2 == '=' ? TokenKind.CIRCUMFLEXEQUAL : null;
            }
            case '|' -> {
                return c2 == '=' ? TokenKind.VBAREQUAL : null;
            }
            default -> {
                return null;
            }
        }
    }

    private static TokenKind threeChars(int c1, int c2, int c3) {
        if (c3 != '=') {
            return null;
        }
        if (c1 == '*' && c2 == '*') {
            return TokenKind.DOUBLESTAREQUAL;
        } else if (c1 == '/' && c2 == '/') {
            return TokenKind.DOUBLESLASHEQUAL;
        } else if (c1 == '<' && c2 == '<') {
            return TokenKind.LEFTSHIFTEQUAL;
        } else if (c1 == '>' && c2 == '>') {
            return TokenKind.RIGHTSHIFTEQUAL;
        }
        return null;
    }

    private static TokenKind oneChar(int c) {
        return switch (c) {
            case '(' -> TokenKind.LPAR;
            case ')' -> TokenKind.RPAR;
            case '[' -> TokenKind.LSQB;
            case ']' -> TokenKind.RSQB;
            case ':' -> TokenKind.COLON;
            case ',' -> TokenKind.COMMA;
            case ';' -> TokenKind.SEMI;
            case '+' -> TokenKind.PLUS;
            case '-' -> TokenKind.MINUS;
            case '*' -> TokenKind.STAR;
            case '/' -> TokenKind.SLASH;
            case '|' -> TokenKind.VBAR;
            case '&' -> TokenKind.AMPER;
            case '<' -> TokenKind.LESS;
            case '>' -> TokenKind.GREATER;
            case '=' -> TokenKind.EQUAL;
            case '.' -> TokenKind.DOT;
            case '%' -> TokenKind.PERCENT;
            case '{' -> TokenKind.LBRACE;
            case '}' -> TokenKind.RBRACE;
            case '~' -> TokenKind.TILDE;
            case '^' -> TokenKind.CIRCUMFLEX;
            case '@' -> TokenKind.AT;
            default -> TokenKind.OP;
        };
    }

    private void verifyIdentifier(int start) {
        int len = pos - start;
        int invalid = len;
        if (!isXidStart(src[start])) {
            invalid = 0;
        } else {
            for (int i = 1; i < len; i++) {
                if (!isXidContinue(src[start + i])) {
                    invalid = i;
                    break;
                }
            }
        }
        if (invalid < len) {
            int ch = src[start + invalid];
            if (invalid + 1 < len) {
                pos = start + invalid + 1;
            }
            if (isPrintable(ch)) {
                throw syntaxError(String.format("invalid character '%s' (U+%04X)", new String(new int[] {ch}, 0, 1),
                        ch));
            }
            throw syntaxError(String.format("invalid non-printable character U+%04X", ch));
        }
    }

    // ---------------------------------------------------------------- numbers

    private boolean lookahead(String test) {
        int i = 0;
        int consumed = 0;
        boolean res = false;
        for (;;) {
            int c = nextc();
            if (i == test.length()) {
                res = !isPotentialIdentifierChar(c);
            } else if (c == test.charAt(i)) {
                i++;
                consumed++;
                continue;
            }
            backup(c);
            pos -= consumed;
            return res;
        }
    }

    private void verifyEndOfNumber(int c, String kind) {
        boolean r = false;
        if (c == 'a') {
            r = lookahead("nd");
        } else if (c == 'e') {
            r = lookahead("lse");
        } else if (c == 'f') {
            r = lookahead("or");
        } else if (c == 'i') {
            int c2 = nextc();
            if (c2 == 'f' || c2 == 'n' || c2 == 's') {
                r = true;
            }
            backup(c2);
        } else if (c == 'o') {
            r = lookahead("r");
        } else if (c == 'n') {
            r = lookahead("ot");
        }
        if (r) {
            return; // CPython only warns here
        }
        if (c < 128 && isPotentialIdentifierChar(c)) {
            backup(c);
            throw syntaxError("invalid " + kind + " literal");
        }
    }

    private int decimalTail() {
        int c;
        for (;;) {
            do {
                c = nextc();
            } while (isDigit(c));
            if (c != '_') {
                break;
            }
            c = nextc();
            if (!isDigit(c)) {
                backup(c);
                throw syntaxError("invalid decimal literal");
            }
        }
        return c;
    }

    private Token number(int start, int c, boolean afterDot) {
        if (afterDot) {
            return fractionPart(start, c);
        }
        if (c == '0') {
            c = nextc();
            if (c == 'x' || c == 'X') {
                c = nextc();
                do {
                    if (c == '_') {
                        c = nextc();
                    }
                    if (!isXDigit(c)) {
                        backup(c);
                        throw syntaxError("invalid hexadecimal literal");
                    }
                    do {
                        c = nextc();
                    } while (isXDigit(c));
                } while (c == '_');
                verifyEndOfNumber(c, "hexadecimal");
            } else if (c == 'o' || c == 'O') {
                c = nextc();
                do {
                    if (c == '_') {
                        c = nextc();
                    }
                    if (c < '0' || c >= '8') {
                        if (isDigit(c)) {
                            throw syntaxError("invalid digit '" + (char) c + "' in octal literal");
                        }
                        backup(c);
                        throw syntaxError("invalid octal literal");
                    }
                    do {
                        c = nextc();
                    } while ('0' <= c && c < '8');
                } while (c == '_');
                if (isDigit(c)) {
                    throw syntaxError("invalid digit '" + (char) c + "' in octal literal");
                }
                verifyEndOfNumber(c, "octal");
            } else if (c == 'b' || c == 'B') {
                c = nextc();
                do {
                    if (c == '_') {
                        c = nextc();
                    }
                    if (c != '0' && c != '1') {
                        if (isDigit(c)) {
                            throw syntaxError("invalid digit '" + (char) c + "' in binary literal");
                        }
                        backup(c);
                        throw syntaxError("invalid binary literal");
                    }
                    do {
                        c = nextc();
                    } while (c == '0' || c == '1');
                } while (c == '_');
                if (isDigit(c)) {
                    throw syntaxError("invalid digit '" + (char) c + "' in binary literal");
                }
                verifyEndOfNumber(c, "binary");
            } else {
                boolean nonzero = false;
                for (;;) {
                    if (c == '_') {
                        c = nextc();
                        if (!isDigit(c)) {
                            backup(c);
                            throw syntaxError("invalid decimal literal");
                        }
                    }
                    if (c != '0') {
                        break;
                    }
                    c = nextc();
                }
                int zerosEnd = pos;
                if (isDigit(c)) {
                    nonzero = true;
                    c = decimalTail();
                }
                if (c == '.') {
                    return fractionPart(start, nextc());
                } else if (c == 'e' || c == 'E') {
                    return exponentPart(start, c);
                } else if (c == 'j' || c == 'J') {
                    return imaginaryPart(start);
                } else if (nonzero) {
                    backup(c);
                    // CPython passes byte offsets here (and does not convert them).
                    throw syntaxErrorRange("leading zeros in decimal integer literals are not permitted; "
                            + "use an 0o prefix for octal integers", utf8Cols(start) + 1, utf8Cols(zerosEnd));
                }
                verifyEndOfNumber(c, "decimal");
            }
            backup(c);
            return make(TokenKind.NUMBER, start, pos);
        }
        c = decimalTail();
        if (c == '.') {
            return fractionPart(start, nextc());
        }
        if (c == 'e' || c == 'E') {
            return exponentPart(start, c);
        }
        if (c == 'j' || c == 'J') {
            return imaginaryPart(start);
        }
        verifyEndOfNumber(c, "decimal");
        backup(c);
        return make(TokenKind.NUMBER, start, pos);
    }

    /** After the '.': c is the first character of the fraction. */
    private Token fractionPart(int start, int c) {
        if (isDigit(c)) {
            c = decimalTail();
        }
        if (c == 'e' || c == 'E') {
            return exponentPart(start, c);
        }
        if (c == 'j' || c == 'J') {
            return imaginaryPart(start);
        }
        verifyEndOfNumber(c, "decimal");
        backup(c);
        return make(TokenKind.NUMBER, start, pos);
    }

    /** e is the 'e' or 'E' just read. */
    private Token exponentPart(int start, int e) {
        int c = nextc();
        if (c == '+' || c == '-') {
            c = nextc();
            if (!isDigit(c)) {
                backup(c);
                throw syntaxError("invalid decimal literal");
            }
        } else if (!isDigit(c)) {
            backup(c);
            verifyEndOfNumber(e, "decimal");
            backup(e);
            return make(TokenKind.NUMBER, start, pos);
        }
        c = decimalTail();
        if (c == 'j' || c == 'J') {
            return imaginaryPart(start);
        }
        verifyEndOfNumber(c, "decimal");
        backup(c);
        return make(TokenKind.NUMBER, start, pos);
    }

    /** The 'j' has just been read. */
    private Token imaginaryPart(int start) {
        int c = nextc();
        verifyEndOfNumber(c, "imaginary");
        backup(c);
        return make(TokenKind.NUMBER, start, pos);
    }

    // ---------------------------------------------------------------- strings

    private Token string(int start, int quote) {
        int firstLine = line;
        int multiLineStart = lineStart;
        int quoteSize = 1;
        int endQuoteSize = 0;
        int c = nextc();
        if (c == quote) {
            c = nextc();
            if (c == quote) {
                quoteSize = 3;
            } else {
                endQuoteSize = 1;
            }
        }
        if (c != quote) {
            backup(c);
        }
        while (endQuoteSize != quoteSize) {
            c = nextc();
            if (c == EOF || (quoteSize == 1 && c == '\n')) {
                int detected = line + lineOffset;
                pos = start + 1;
                lineStart = multiLineStart;
                line = firstLine;
                PySyntaxError err;
                if (quoteSize == 3) {
                    err = syntaxError("unterminated triple-quoted string literal (detected at line " + detected
                            + ")");
                    if (c != '\n') {
                        done = E_EOFS;
                    }
                } else {
                    err = syntaxError("unterminated string literal (detected at line " + detected + ")");
                    if (c != '\n') {
                        done = E_EOLS;
                    }
                }
                throw err;
            }
            if (c == quote) {
                endQuoteSize += 1;
            } else {
                endQuoteSize = 0;
                if (c == '\\') {
                    nextc();
                }
            }
        }
        return new Token(TokenKind.STRING, null, src, firstLine + lineOffset, start - multiLineStart,
                line + lineOffset, pos - lineStart, pos - lineStart, level, start, pos);
    }

    /** True when the NUMBER token is an imaginary literal. */
    static boolean isImaginary(Token t) {
        int last = t.src()[t.end - 1];
        return last == 'j' || last == 'J';
    }
}
