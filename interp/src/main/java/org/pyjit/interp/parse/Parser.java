package org.pyjit.interp.parse;

import java.math.BigInteger;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.pyjit.interp.ast.Alias;
import org.pyjit.interp.ast.Arguments;
import org.pyjit.interp.ast.CmpOp;
import org.pyjit.interp.ast.Comprehension;
import org.pyjit.interp.ast.ExceptHandler;
import org.pyjit.interp.ast.Expr;
import org.pyjit.interp.ast.Keyword;
import org.pyjit.interp.ast.Module;
import org.pyjit.interp.ast.Operator;
import org.pyjit.interp.ast.Pos;
import org.pyjit.interp.ast.Stmt;
import org.pyjit.interp.ast.UnaryOperator;
import org.pyjit.interp.ast.WithItem;
import org.pyjit.interp.runtime.PyEllipsis;
import org.pyjit.interp.runtime.PyNone;

/**
 * A hand-written recursive-descent parser for Python 3.11, producing the AST of org.pyjit.interp.ast.
 *
 * <p>It follows the structure of CPython's PEG parser closely enough to report the same errors at the same
 * places: a first pass parses deterministically; when it fails, a second pass re-parses the tokens with the
 * checks of CPython's {@code invalid_*} grammar rules switched on, which raise the specialised messages. If
 * the second pass finds nothing specific, the error is "invalid syntax" at the furthest token the first pass
 * looked at. Tokenizer errors found later in the file take priority, as in CPython.
 *
 * <p>Binary operator chains are built by a precedence-climbing loop, and chains of prefix operators, of
 * {@code **}, of lambdas and of conditional expressions iteratively, so long inputs do not recurse deeply.
 * Nesting is bounded: brackets by the tokenizer (200, CPython's limit), indentation by the tokenizer (100),
 * and expression nesting by MAX_RECURSION and MAX_NEST ("too many nested parentheses"). If the Java stack of the
 * calling thread is still too small, the parse is repeated on a thread with a large stack.
 *
 * <p>pyjit rejects, with a SyntaxError naming the construct, what the AST cannot represent: async/await, match
 * statements, except* and imaginary literals (the last only once the rest of the source has parsed, so that
 * real syntax errors are reported first). Everything CPython checks in its compiler (return outside a
 * function, starred assignment targets, duplicate parameters, ...) is left to the compiler.
 */
public final class Parser {
    /** A rule did not match (CPython's NULL without an exception): callers may backtrack. */
    static final class ParseFail extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ParseFail() { super(null, null, false, false); }
    }

    /** The second pass ran out of its work budget (a safety net against exponential backtracking). */
    static final class Abort extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Abort() { super(null, null, false, false); }
    }

    private static final ParseFail FAIL = new ParseFail();
    private static final Abort ABORT = new Abort();

    /** Maximum nesting of expression() calls (brackets are limited to 200 by the tokenizer anyway). */
    private static final int MAX_RECURSION = 1000;
    /** Maximum nesting depth of expression nodes built by the iterative loops (unary, not, **, lambda, if). */
    private static final int MAX_NEST = 3000;

    private static final Arguments EMPTY_ARGS =
            new Arguments(List.of(), 0, List.of(), null, List.of(), List.of(), null);

    final Lexer lexer;
    final String filename;
    private final ArrayList<Token> tokens = new ArrayList<>();
    private int mark;
    /** True in the second pass: the checks of CPython's invalid_* rules are active. */
    private boolean callInvalid;
    /** True during the second pass (callInvalid is switched off temporarily inside it). */
    private boolean pass2;
    private long budget;
    private int recDepth;
    private int nest;
    /** Parsers of f-string expressions: error messages get the "f-string: " prefix, columns are shifted. */
    private final boolean fstringMode;
    private final int shiftLine;
    private final int shift;
    private final Map<Integer, Object[]> callMemo = new HashMap<>();
    private final Map<Integer, Object[]> atomMemo = new HashMap<>();
    private final Map<Integer, Object[]> argsMemo = new HashMap<>();
    private final Map<Integer, Object[]> exprMemo = new HashMap<>();
    private final Map<Integer, Object[]> disjMemo = new HashMap<>();

    /** The first construct pyjit rejects although it is valid Python (imaginary literals), shared with sub-parsers. */
    private final PySyntaxError[] deferred;

    private Parser(Lexer lexer, String filename, boolean fstringMode, int shiftLine, int shift, int recDepth,
                   PySyntaxError[] deferred) {
        this.deferred = deferred;
        this.lexer = lexer;
        this.filename = filename;
        this.fstringMode = fstringMode;
        this.shiftLine = shiftLine;
        this.shift = shift;
        this.recDepth = recDepth;
    }

    /**
     * Parses a whole file (or a {@code -c} string or one REPL input).
     *
     * @throws PySyntaxError for syntax errors, with CPython 3.11's message and location
     */
    public static Module parse(String source, String filename) {
        boolean[] had = new boolean[1];
        int[] src = Lexer.normalize(source, had);
        try {
            return parseOnce(src, had[0], filename);
        } catch (StackOverflowError e) {
            // Deeply nested input on a thread with a small stack: parse again on a thread with a big one.
            return parseOnBigStack(src, had[0], filename);
        }
    }

    private static Module parseOnce(int[] src, boolean hadFinalNewline, String filename) {
        Parser p = new Parser(new Lexer(src, filename, 0, hadFinalNewline, ""), filename, false, 0, 0, 0,
                new PySyntaxError[1]);
        Module m = new Module(p.run(p::fileRule));
        if (p.deferred[0] != null) {
            throw p.deferred[0];
        }
        return m;
    }

    private static Module parseOnBigStack(int[] src, boolean hadFinalNewline, String filename) {
        Object[] result = new Object[1];
        Thread t = new Thread(null, () -> {
            try {
                result[0] = parseOnce(src, hadFinalNewline, filename);
            } catch (PySyntaxError e) {
                result[0] = e;
            } catch (StackOverflowError e) {
                result[0] = new PySyntaxError("SyntaxError", "too many nested parentheses", filename, 1, 0, 1, 0,
                        null, false, false);
            }
        }, "pyjit-parser", 256L << 20);
        t.start();
        boolean interrupted = false;
        for (;;) {
            try {
                t.join();
                break;
            } catch (InterruptedException ie) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (result[0] instanceof PySyntaxError e) {
            throw e;
        }
        return (Module) result[0];
    }

    // ================================================================ driver and errors

    private <T> T run(Supplier<T> rule) {
        PySyntaxError err;
        Token lastToken = null;
        boolean incomplete;
        try {
            return rule.get();
        } catch (ParseFail f) {
            lastToken = lastFetched();
            incomplete = isEndOfSource();
            err = secondPass(rule);
        } catch (PySyntaxError e) {
            incomplete = isEndOfSource();
            err = e;
        }
        err = setSyntaxError(err, lastToken);
        throw err.withIncomplete(incomplete);
    }

    private boolean isEndOfSource() {
        int d = lexer.done;
        return d == Lexer.E_EOF || d == Lexer.E_EOFS || d == Lexer.E_EOLS;
    }

    private PySyntaxError secondPass(Supplier<?> rule) {
        int savedDepth = recDepth;
        mark = 0;
        callInvalid = true;
        pass2 = true;
        budget = 200_000L + 100L * tokens.size();
        callMemo.clear();
        atomMemo.clear();
        argsMemo.clear();
        exprMemo.clear();
        disjMemo.clear();
        nest = 0;
        try {
            rule.get();
            return null;
        } catch (ParseFail | Abort f) {
            return null;
        } catch (PySyntaxError e) {
            return e;
        } finally {
            recDepth = savedDepth;
        }
    }

    private PySyntaxError setSyntaxError(PySyntaxError err, Token lastToken) {
        if (err != null) {
            if (lexer.done == Lexer.OK) {
                return restTokenize(err);
            }
            return err;
        }
        if (lastToken.kind == TokenKind.INDENT || lastToken.kind == TokenKind.DEDENT) {
            return atLast("IndentationError",
                    lastToken.kind == TokenKind.INDENT ? "unexpected indent" : "unexpected unindent");
        }
        err = knownLocation(lastToken, "invalid syntax");
        if (lexer.done == Lexer.OK || lexer.done == Lexer.E_EOF) {
            return restTokenize(err);
        }
        return err;
    }

    /** CPython's _PyPegen_tokenize_full_source_to_check_for_errors. */
    private PySyntaxError restTokenize(PySyntaxError err) {
        int currentErrLine = lastFetched().line;
        try {
            for (;;) {
                if (lexer.next().kind == TokenKind.ENDMARKER) {
                    return err;
                }
            }
        } catch (PySyntaxError e) {
            if (e.fromTokenizer) {
                return e;
            }
            if (lexer.level != 0 && currentErrLine > lexer.innermostParenLine()) {
                return lexer.unclosedError();
            }
            return err;
        }
    }

    private PySyntaxError error(String kind, String msg, int line, int offset, int endLine, int endOffset) {
        return error(kind, msg, line, offset, line, endLine, endOffset);
    }

    /**
     * A parser error as CPython's _PyPegen_raise_error_known_location makes it: offsets are handled as UTF-8 byte
     * offsets (offset on offsetLine, endOffset on endLine) and converted to characters against the text of the
     * error's first line, clipped to its length + 1. This only matters for ranges that span lines.
     */
    private PySyntaxError error(String kind, String msg, int line, int offset, int offsetLine, int endLine,
                                int endOffset) {
        if (fstringMode) {
            msg = "f-string: " + msg;
        }
        int ln = line - lexer.lineOffset;
        int byteOffset = utf8Offset(offsetLine - lexer.lineOffset, offset);
        int byteEnd = endOffset > 0 ? utf8Offset(endLine - lexer.lineOffset, endOffset) : endOffset;
        boolean bufferCase = ln >= lexer.line;
        if (endLine != line || offsetLine != line || (bufferCase && lexer.bufferStartsBefore(ln))) {
            // CPython converts against the tokenizer's buffer when the error is on its current line (which may
            // start at an earlier line, for multi-line tokens), else against the line without its newline.
            String errLine = bufferCase ? lexer.bufferText() : lexer.lineContent(ln);
            offset = byteToChar(errLine, byteOffset);
            if (endOffset > 0) {
                endOffset = byteToChar(errLine, byteEnd);
            }
        }
        return new PySyntaxError(kind, msg, filename, line, offset, endLine, endOffset,
                lexer.parserErrorText(ln), false, false).withFileOffsets(byteOffset, byteEnd);
    }

    private static int utf8Len(int c) { return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4; }

    /** A 1-based character offset on a line to the 1-based UTF-8 byte offset. */
    private int utf8Offset(int ln, int offset) {
        if (offset <= 1) {
            return offset;
        }
        String content = lexer.lineContent(ln);
        int bytes = 0;
        int chars = 0;
        for (int i = 0; i < content.length() && chars < offset - 1; chars++) {
            int c = content.codePointAt(i);
            bytes += utf8Len(c);
            i += Character.charCount(c);
        }
        return bytes + (offset - 1 - chars) + 1;
    }

    /** CPython's _PyPegen_byte_offset_to_character_offset. */
    private static int byteToChar(String line, int col) {
        if (col <= 0) {
            return col;
        }
        byte[] b = line.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int extra = 0;
        if (col > b.length) {
            col = b.length;
            extra = 1;
        }
        String prefix = new String(b, 0, col, java.nio.charset.StandardCharsets.UTF_8);
        return prefix.codePointCount(0, prefix.length()) + extra;
    }

    /** RAISE_SYNTAX_ERROR_KNOWN_LOCATION(token). */
    private PySyntaxError knownLocation(Token t, String msg) {
        return error("SyntaxError", msg, t.line, t.col + 1, t.endLine, t.endCol + 1);
    }

    /** RAISE_SYNTAX_ERROR_KNOWN_LOCATION(node). */
    private PySyntaxError knownLocation(Pos p, String msg) {
        return error("SyntaxError", msg, p.line(), unshift(p.line(), p.col()) + 1, p.endLine(),
                unshift(p.endLine(), p.endCol()) + 1);
    }

    private PySyntaxError knownRange(Pos a, Pos b, String msg) {
        return error("SyntaxError", msg, a.line(), unshift(a.line(), a.col()) + 1, b.endLine(),
                unshift(b.endLine(), b.endCol()) + 1);
    }

    /** RAISE_SYNTAX_ERROR / RAISE_INDENTATION_ERROR: at the last token fetched. */
    private PySyntaxError atLast(String kind, String msg) {
        Token t = lastFetched();
        int col = t.col == -1 ? lexer.pos - lexer.lineStart : t.col + 1;
        int endCol = t.endCol == -1 ? -1 : t.endCol + 1;
        PySyntaxError e = error(kind, msg, t.line, col, t.endLine, endCol);
        if (t.col == -1 && lexer.done == Lexer.E_EOF) {
            // Running a file, CPython's cursor column at the end of the input is 0.
            e.withFileOffsets(0, endCol);
        }
        return e;
    }

    private PySyntaxError atLast(String msg) { return atLast("SyntaxError", msg); }

    /** RAISE_SYNTAX_ERROR_STARTING_FROM(a): to the tokenizer's current position. */
    private PySyntaxError startingFrom(Pos a, String msg) {
        return error("SyntaxError", msg, a.line(), unshift(a.line(), a.col()) + 1, lexer.line + lexer.lineOffset,
                lexer.pos - lexer.lineStart);
    }

    private PySyntaxError tooDeep() {
        Token t = peek();
        return new PySyntaxError("SyntaxError", "too many nested parentheses", filename, t.line,
                t.col < 0 ? 0 : t.col + 1, t.endLine, t.endCol < 0 ? 0 : t.endCol + 1,
                lexer.parserErrorText(t.line - lexer.lineOffset), false, false);
    }

    private PySyntaxError unsupported(Token t, String msg) { return knownLocation(t, msg); }

    // ================================================================ tokens and positions

    private Token fill() {
        Token t = lexer.next();
        tokens.add(t);
        return t;
    }

    private Token peek() {
        if (mark == tokens.size()) {
            return fill();
        }
        return tokens.get(mark);
    }

    private Token peek(int k) {
        while (mark + k >= tokens.size()) {
            fill();
        }
        return tokens.get(mark + k);
    }

    private Token tokenAt(int index) {
        while (index >= tokens.size()) {
            fill();
        }
        return tokens.get(index);
    }

    private Token next() {
        Token t = peek();
        mark++;
        if (callInvalid && --budget < 0) {
            throw ABORT;
        }
        return t;
    }

    private boolean at(TokenKind k) { return peek().kind == k; }

    private Token expect(TokenKind k) {
        if (peek().kind != k) {
            throw FAIL;
        }
        return next();
    }

    /** A forced token ({@code &&'x'} in the grammar): a mismatch is an immediate error. */
    private Token expectForced(TokenKind k) {
        Token t = peek();
        if (t.kind != k) {
            throw knownLocation(t, "expected '" + k.text + "'");
        }
        return next();
    }

    private Token lastFetched() { return tokens.get(tokens.size() - 1); }

    private void reset(int m) { mark = m; }

    private <T> T tryRule(Supplier<T> rule) {
        int m = mark;
        int savedNest = nest;
        int savedDepth = recDepth;
        try {
            return rule.get();
        } catch (ParseFail f) {
            mark = m;
            nest = savedNest;
            recDepth = savedDepth;
            return null;
        }
    }

    /** Runs a rule with the invalid_* checks switched off (CPython's *_without_invalid rules). */
    private <T> T withoutInvalid(Supplier<T> rule) {
        boolean saved = callInvalid;
        callInvalid = false;
        try {
            return tryRule(rule);
        } finally {
            callInvalid = saved;
        }
    }

    private static boolean isLayout(TokenKind k) {
        return k == TokenKind.NEWLINE || k == TokenKind.INDENT || k == TokenKind.DEDENT || k == TokenKind.ENDMARKER;
    }

    /** The last consumed token that is not NEWLINE/INDENT/DEDENT/ENDMARKER (where CPython's nodes end). */
    private Token lastNonWs() {
        for (int m = mark - 1; m >= 0; m--) {
            Token t = tokens.get(m);
            if (!isLayout(t.kind)) {
                return t;
            }
        }
        return tokens.get(0);
    }

    private int shiftCol(int line, int col) { return fstringMode && line == shiftLine ? col + shift : col; }

    private int unshift(int line, int col) { return fstringMode && line == shiftLine ? col - shift : col; }

    private Pos mkPos(int line, int col, int endLine, int endCol) {
        return new Pos(line, shiftCol(line, col), endLine, shiftCol(endLine, endCol));
    }

    private Pos tokPos(Token t) { return mkPos(t.line, t.col, t.endLine, t.endCol); }

    /** From the start of token start to the end of the last consumed token. */
    private Pos pos(Token start) {
        Token end = lastNonWs();
        return mkPos(start.line, start.col, end.endLine, end.endCol);
    }

    private Pos posFrom(Pos start) {
        Token end = lastNonWs();
        return new Pos(start.line(), start.col(), end.endLine, shiftCol(end.endLine, end.endCol));
    }

    private void enterRec() {
        if (++recDepth > MAX_RECURSION) {
            throw tooDeep();
        }
    }

    private void nestInc() {
        if (++nest > MAX_NEST) {
            throw tooDeep();
        }
    }

    private static String ident(Token t) {
        String s = t.text();
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return Normalizer.normalize(s, Normalizer.Form.NFKC);
            }
        }
        return s;
    }

    private static boolean startsExpression(TokenKind k) {
        return switch (k) {
            case NAME, NUMBER, STRING, LPAR, LSQB, LBRACE, MINUS, PLUS, TILDE, NOT, LAMBDA, AWAIT, TRUE, FALSE,
                 NONE, ELLIPSIS -> true;
            default -> false;
        };
    }

    private static boolean startsStarExpression(TokenKind k) { return k == TokenKind.STAR || startsExpression(k); }

    /**
     * CPython 3.11's SOFT_KEYWORD token test compares only as many characters as the name has, so any prefix of
     * "match", "case" or "_" (such as "c" or "ma") counts as a soft keyword in its invalid_expression rule.
     */
    private static boolean isSoftKeyword(Token t) {
        return t.kind == TokenKind.NAME
                && ("match".startsWith(t.text()) || "case".startsWith(t.text()) || "_".startsWith(t.text()));
    }

    // ================================================================ statements

    private List<Stmt> fileRule() {
        List<Stmt> body = new ArrayList<>();
        while (!at(TokenKind.ENDMARKER)) {
            statement(body);
        }
        return body;
    }

    private Expr fstringRule() { return starExpressions(); }

    private void statement(List<Stmt> out) {
        Token t = peek();
        switch (t.kind) {
            case DEF, AT, CLASS, IF, WITH, FOR, TRY, WHILE -> out.add(compoundStmt());
            case ASYNC -> {
                TokenKind k = peek(1).kind;
                if (k == TokenKind.DEF || k == TokenKind.FOR || k == TokenKind.WITH) {
                    throw unsupported(t, "'async' is not supported by pyjit");
                }
                throw FAIL;
            }
            case NAME -> {
                if (t.text().equals("match")) {
                    matchStatement(t);
                }
                simpleStmts(out);
            }
            default -> simpleStmts(out);
        }
    }

    /**
     * A statement starting with the soft keyword "match": a match statement (which pyjit rejects) when it reads
     * {@code match subject ':' NEWLINE INDENT}, otherwise an ordinary statement; the second pass also has CPython's
     * invalid_match_stmt errors.
     */
    private void matchStatement(Token t) {
        int m = mark;
        next();
        Expr subject = tryRule(this::subjectExpr);
        if (subject != null) {
            if (at(TokenKind.COLON) && peek(1).kind == TokenKind.NEWLINE && peek(2).kind == TokenKind.INDENT) {
                throw unsupported(t, "match statements are not supported by pyjit");
            }
            if (callInvalid) {
                if (at(TokenKind.NEWLINE)) {
                    throw atLast("expected ':'");
                }
                if (at(TokenKind.COLON) && peek(1).kind == TokenKind.NEWLINE) {
                    throw indentError("'match' statement", subject.pos().line());
                }
            }
        }
        reset(m);
    }

    private Expr subjectExpr() {
        Token start = peek();
        Expr first = starNamedExpression();
        if (!at(TokenKind.COMMA)) {
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (at(TokenKind.COMMA)) {
            next();
            if (!startsStarExpression(peek().kind)) {
                break;
            }
            elts.add(starNamedExpression());
        }
        return new Expr.TupleExpr(pos(start), elts);
    }

    private void simpleStmts(List<Stmt> out) {
        out.add(simpleStmt());
        while (at(TokenKind.SEMI)) {
            next();
            if (at(TokenKind.NEWLINE)) {
                break;
            }
            out.add(simpleStmt());
        }
        expect(TokenKind.NEWLINE);
    }

    private Stmt simpleStmt() {
        Token t = peek();
        switch (t.kind) {
            case RETURN -> {
                next();
                Expr v = startsStarExpression(peek().kind) ? starExpressions() : null;
                return new Stmt.Return(pos(t), v);
            }
            case IMPORT -> {
                return importName();
            }
            case FROM -> {
                return importFrom();
            }
            case RAISE -> {
                next();
                Expr exc = null;
                Expr cause = null;
                if (startsExpression(peek().kind)) {
                    exc = expression();
                    if (at(TokenKind.FROM)) {
                        next();
                        cause = expression();
                    }
                }
                return new Stmt.Raise(pos(t), exc, cause);
            }
            case PASS -> {
                next();
                return new Stmt.Pass(tokPos(t));
            }
            case BREAK -> {
                next();
                return new Stmt.Break(tokPos(t));
            }
            case CONTINUE -> {
                next();
                return new Stmt.Continue(tokPos(t));
            }
            case DEL -> {
                return delStmt();
            }
            case ASSERT -> {
                next();
                Expr test = expression();
                Expr msg = null;
                if (at(TokenKind.COMMA)) {
                    next();
                    msg = expression();
                }
                return new Stmt.Assert(pos(t), test, msg);
            }
            case GLOBAL, NONLOCAL -> {
                next();
                List<String> names = new ArrayList<>();
                names.add(ident(expect(TokenKind.NAME)));
                while (at(TokenKind.COMMA)) {
                    next();
                    names.add(ident(expect(TokenKind.NAME)));
                }
                return t.kind == TokenKind.GLOBAL ? new Stmt.Global(pos(t), names) : new Stmt.Nonlocal(pos(t), names);
            }
            default -> {
                return exprOrAssignment();
            }
        }
    }

    private Expr yieldOrStarExpressions() { return at(TokenKind.YIELD) ? yieldExpr() : starExpressions(); }

    private Stmt exprOrAssignment() {
        Token start = peek();
        int startMark = mark;
        Expr first = yieldOrStarExpressions();
        Token t = peek();
        if (t.kind == TokenKind.COLON) {
            if (!(first instanceof Expr.Name || first instanceof Expr.Attribute || first instanceof Expr.Subscript)) {
                if (callInvalid) {
                    invalidAssignment(startMark);
                }
                throw FAIL;
            }
            next();
            Expr annotation = expression();
            Expr value = null;
            if (at(TokenKind.EQUAL)) {
                next();
                value = yieldOrStarExpressions();
            }
            return new Stmt.AnnAssign(pos(start), first, annotation, value);
        }
        if (t.kind == TokenKind.EQUAL) {
            List<Expr> targets = new ArrayList<>();
            Expr cur = first;
            while (at(TokenKind.EQUAL)) {
                if (!validStarTargets(cur)) {
                    if (callInvalid) {
                        invalidAssignment(startMark);
                    }
                    throw FAIL;
                }
                targets.add(cur);
                next();
                cur = yieldOrStarExpressions();
            }
            return new Stmt.Assign(pos(start), targets, cur);
        }
        Operator op = augOperator(t.kind);
        if (op != null) {
            if (!(first instanceof Expr.Name || first instanceof Expr.Attribute
                    || first instanceof Expr.Subscript)) {
                if (callInvalid) {
                    invalidAssignment(startMark);
                }
                throw FAIL;
            }
            next();
            Expr value = yieldOrStarExpressions();
            return new Stmt.AugAssign(pos(start), first, op, value);
        }
        if (callInvalid) {
            // In CPython's grammar, invalid_assignment is tried before a statement is taken as an expression.
            int end = mark;
            invalidAssignment(startMark);
            reset(end);
        }
        return new Stmt.ExprStmt(pos(start), first);
    }

    private static Operator augOperator(TokenKind k) {
        return switch (k) {
            case PLUSEQUAL -> Operator.ADD;
            case MINEQUAL -> Operator.SUB;
            case STAREQUAL -> Operator.MUL;
            case ATEQUAL -> Operator.MATMUL;
            case SLASHEQUAL -> Operator.DIV;
            case PERCENTEQUAL -> Operator.MOD;
            case AMPEREQUAL -> Operator.BITAND;
            case VBAREQUAL -> Operator.BITOR;
            case CIRCUMFLEXEQUAL -> Operator.BITXOR;
            case LEFTSHIFTEQUAL -> Operator.LSHIFT;
            case RIGHTSHIFTEQUAL -> Operator.RSHIFT;
            case DOUBLESTAREQUAL -> Operator.POW;
            case DOUBLESLASHEQUAL -> Operator.FLOORDIV;
            default -> null;
        };
    }

    /** star_targets validity of an expression parsed as star_expressions. */
    private static boolean validStarTargets(Expr e) {
        if (e instanceof Expr.Starred s) {
            return !(s.value() instanceof Expr.Starred) && validStarTargets(s.value());
        }
        return validTargetWithStarAtom(e);
    }

    private static boolean validTargetWithStarAtom(Expr e) {
        if (e instanceof Expr.Name || e instanceof Expr.Attribute || e instanceof Expr.Subscript) {
            return true;
        }
        List<Expr> elts = e instanceof Expr.TupleExpr t ? t.elts() : e instanceof Expr.ListExpr l ? l.elts() : null;
        if (elts == null) {
            return false;
        }
        for (Expr x : elts) {
            if (!validStarTargets(x)) {
                return false;
            }
        }
        return true;
    }

    private static boolean validDelTarget(Expr e) {
        if (e instanceof Expr.Name || e instanceof Expr.Attribute || e instanceof Expr.Subscript) {
            return true;
        }
        List<Expr> elts = e instanceof Expr.TupleExpr t ? t.elts() : e instanceof Expr.ListExpr l ? l.elts() : null;
        if (elts == null) {
            return false;
        }
        for (Expr x : elts) {
            if (!validDelTarget(x)) {
                return false;
            }
        }
        return true;
    }

    /** CPython's invalid_assignment rule, tried from the start of the statement. */
    private void invalidAssignment(int startMark) {
        int saved = mark;
        // a=invalid_ann_assign_target ':' expression
        reset(startMark);
        Expr a = tryRule(this::invalidAnnAssignTarget);
        if (a != null && at(TokenKind.COLON)) {
            next();
            if (tryRule(this::expression) != null) {
                throw knownLocation(a.pos(), "only single target (not " + exprName(a) + ") can be annotated");
            }
        }
        // a=star_named_expression ',' star_named_expressions* ':' expression
        reset(startMark);
        a = tryRule(this::starNamedExpression);
        if (a != null && at(TokenKind.COMMA)) {
            next();
            while (tryRule(this::starNamedExpressionsSeq) != null) {
                // star_named_expressions*
            }
            if (at(TokenKind.COLON)) {
                next();
                if (tryRule(this::expression) != null) {
                    throw knownLocation(a.pos(), "only single target (not tuple) can be annotated");
                }
            }
        }
        // a=expression ':' expression
        reset(startMark);
        a = tryRule(this::expression);
        if (a != null && at(TokenKind.COLON)) {
            next();
            if (tryRule(this::expression) != null) {
                throw knownLocation(a.pos(), "illegal target for annotation");
            }
        }
        // (star_targets '=')* a=star_expressions '='
        reset(startMark);
        starTargetsEqualsLoop();
        a = tryRule(this::starExpressions);
        if (a != null && at(TokenKind.EQUAL)) {
            Expr inv = invalidTarget(a, TargetsType.STAR);
            if (inv != null) {
                throw knownLocation(inv.pos(), "cannot assign to " + exprName(inv));
            }
        }
        // (star_targets '=')* a=yield_expr '='
        reset(startMark);
        starTargetsEqualsLoop();
        if (at(TokenKind.YIELD)) {
            a = tryRule(this::yieldExpr);
            if (a != null && at(TokenKind.EQUAL)) {
                throw knownLocation(a.pos(), "assignment to yield expression not possible");
            }
        }
        // a=star_expressions augassign (yield_expr | star_expressions)
        reset(startMark);
        a = tryRule(this::starExpressions);
        if (a != null && augOperator(peek().kind) != null) {
            next();
            if (tryRule(this::yieldOrStarExpressions) != null) {
                throw knownLocation(a.pos(), "'" + exprName(a) + "' is an illegal expression for augmented assignment");
            }
        }
        reset(saved);
    }

    private void starTargetsEqualsLoop() {
        for (;;) {
            int m = mark;
            Expr t = tryRule(this::starTargets);
            if (t != null && at(TokenKind.EQUAL)) {
                next();
            } else {
                reset(m);
                return;
            }
        }
    }

    /** invalid_ann_assign_target: list | tuple | '(' invalid_ann_assign_target ')'. */
    private Expr invalidAnnAssignTarget() {
        Token t = peek();
        if (t.kind == TokenKind.LSQB || t.kind == TokenKind.LPAR) {
            Expr e = atom();
            if (e instanceof Expr.ListExpr || e instanceof Expr.TupleExpr) {
                return e;
            }
        }
        throw FAIL;
    }

    private List<Expr> starNamedExpressionsSeq() {
        List<Expr> out = new ArrayList<>();
        out.add(starNamedExpression());
        while (at(TokenKind.COMMA)) {
            int m = mark;
            next();
            Expr e = tryRule(this::starNamedExpression);
            if (e == null) {
                reset(m);
                break;
            }
            out.add(e);
        }
        if (at(TokenKind.COMMA)) {
            next();
        }
        return out;
    }

    enum TargetsType { STAR, DEL, FOR }

    /** CPython's _PyPegen_get_invalid_target. */
    static Expr invalidTarget(Expr e, TargetsType type) {
        if (e == null) {
            return null;
        }
        if (e instanceof Expr.ListExpr || e instanceof Expr.TupleExpr) {
            List<Expr> elts = e instanceof Expr.ListExpr l ? l.elts() : ((Expr.TupleExpr) e).elts();
            for (Expr x : elts) {
                Expr child = invalidTarget(x, type);
                if (child != null) {
                    return child;
                }
            }
            return null;
        }
        if (e instanceof Expr.Starred s) {
            if (type == TargetsType.DEL) {
                return e;
            }
            return invalidTarget(s.value(), type);
        }
        if (e instanceof Expr.Compare c) {
            if (type == TargetsType.FOR) {
                if (c.ops().get(0) == CmpOp.IN) {
                    return invalidTarget(c.left(), type);
                }
                return null;
            }
            return e;
        }
        if (e instanceof Expr.Name || e instanceof Expr.Subscript || e instanceof Expr.Attribute) {
            return null;
        }
        return e;
    }

    /** CPython's _PyPegen_get_expr_name. */
    static String exprName(Expr e) {
        if (e instanceof Expr.Attribute) {
            return "attribute";
        } else if (e instanceof Expr.Subscript) {
            return "subscript";
        } else if (e instanceof Expr.Starred) {
            return "starred";
        } else if (e instanceof Expr.Name) {
            return "name";
        } else if (e instanceof Expr.ListExpr) {
            return "list";
        } else if (e instanceof Expr.TupleExpr) {
            return "tuple";
        } else if (e instanceof Expr.Lambda) {
            return "lambda";
        } else if (e instanceof Expr.Call) {
            return "function call";
        } else if (e instanceof Expr.BoolOp || e instanceof Expr.BinOp || e instanceof Expr.UnaryOp) {
            return "expression";
        } else if (e instanceof Expr.GeneratorExp) {
            return "generator expression";
        } else if (e instanceof Expr.Yield || e instanceof Expr.YieldFrom) {
            return "yield expression";
        } else if (e instanceof Expr.ListComp) {
            return "list comprehension";
        } else if (e instanceof Expr.SetComp) {
            return "set comprehension";
        } else if (e instanceof Expr.DictComp) {
            return "dict comprehension";
        } else if (e instanceof Expr.DictExpr) {
            return "dict literal";
        } else if (e instanceof Expr.SetExpr) {
            return "set display";
        } else if (e instanceof Expr.JoinedStr || e instanceof Expr.FormattedValue) {
            return "f-string expression";
        } else if (e instanceof Expr.Constant c) {
            Object v = c.value();
            if (v == PyNone.NONE) {
                return "None";
            } else if (Boolean.FALSE.equals(v)) {
                return "False";
            } else if (Boolean.TRUE.equals(v)) {
                return "True";
            } else if (v == PyEllipsis.ELLIPSIS) {
                return "ellipsis";
            }
            return "literal";
        } else if (e instanceof Expr.Compare) {
            return "comparison";
        } else if (e instanceof Expr.IfExp) {
            return "conditional expression";
        } else if (e instanceof Expr.NamedExpr) {
            return "named expression";
        }
        return "expression";
    }

    private Stmt delStmt() {
        Token d = next();
        int afterDel = mark;
        List<Expr> targets = new ArrayList<>();
        try {
            for (;;) {
                targets.add(delTarget());
                if (!at(TokenKind.COMMA)) {
                    break;
                }
                next();
                if (at(TokenKind.SEMI) || at(TokenKind.NEWLINE)) {
                    break;
                }
            }
            if (!(at(TokenKind.SEMI) || at(TokenKind.NEWLINE))) {
                throw FAIL;
            }
        } catch (ParseFail f) {
            if (callInvalid) {
                reset(afterDel);
                Expr a = tryRule(this::starExpressions);
                if (a != null) {
                    Expr inv = invalidTarget(a, TargetsType.DEL);
                    if (inv != null) {
                        throw knownLocation(inv.pos(), "cannot delete " + exprName(inv));
                    }
                }
            }
            throw f;
        }
        return new Stmt.Delete(pos(d), targets);
    }

    private Expr delTarget() {
        Expr e = primary();
        if (!validDelTarget(e)) {
            throw FAIL;
        }
        return e;
    }

    private Stmt importName() {
        Token t = next();
        List<Alias> names = new ArrayList<>();
        for (;;) {
            String name = dottedName();
            String as = null;
            if (at(TokenKind.AS)) {
                next();
                as = ident(expect(TokenKind.NAME));
            }
            names.add(new Alias(name, as));
            if (!at(TokenKind.COMMA)) {
                break;
            }
            next();
        }
        return new Stmt.Import(pos(t), names);
    }

    private String dottedName() {
        StringBuilder sb = new StringBuilder(ident(expect(TokenKind.NAME)));
        while (at(TokenKind.DOT)) {
            next();
            sb.append('.').append(ident(expect(TokenKind.NAME)));
        }
        return sb.toString();
    }

    private Stmt importFrom() {
        Token t = next();
        int level = 0;
        while (at(TokenKind.DOT) || at(TokenKind.ELLIPSIS)) {
            level += at(TokenKind.DOT) ? 1 : 3;
            next();
        }
        String module = null;
        if (at(TokenKind.NAME)) {
            module = dottedName();
        } else if (level == 0) {
            throw FAIL;
        }
        expect(TokenKind.IMPORT);
        List<Alias> names;
        if (at(TokenKind.LPAR)) {
            next();
            names = importFromAsNames();
            if (at(TokenKind.COMMA)) {
                next();
            }
            expect(TokenKind.RPAR);
        } else if (at(TokenKind.STAR)) {
            next();
            names = List.of(new Alias("*", null));
        } else {
            names = importFromAsNames();
            if (at(TokenKind.COMMA)) {
                if (callInvalid && peek(1).kind == TokenKind.NEWLINE) {
                    next();
                    peek();
                    throw atLast("trailing comma not allowed without surrounding parentheses");
                }
                throw FAIL;
            }
        }
        return new Stmt.ImportFrom(pos(t), module, names, level);
    }

    private List<Alias> importFromAsNames() {
        List<Alias> names = new ArrayList<>();
        for (;;) {
            String name = ident(expect(TokenKind.NAME));
            String as = null;
            if (at(TokenKind.AS)) {
                next();
                as = ident(expect(TokenKind.NAME));
            }
            names.add(new Alias(name, as));
            if (!at(TokenKind.COMMA) || peek(1).kind != TokenKind.NAME) {
                break;
            }
            next();
        }
        return names;
    }

    // ================================================================ compound statements

    private Stmt compoundStmt() {
        Token t = peek();
        return switch (t.kind) {
            case DEF -> funcDef(List.of());
            case AT -> decorated();
            case CLASS -> classDef(List.of());
            case IF -> ifStmt();
            case WITH -> withStmt();
            case FOR -> forStmt();
            case TRY -> tryStmt();
            case WHILE -> whileStmt();
            default -> throw unsupported(t, "'async' is not supported by pyjit");
        };
    }

    private PySyntaxError indentError(String what, int line) {
        return atLast("IndentationError", "expected an indented block after " + what + " on line " + line);
    }

    /** In the second pass: the {@code ':' NEWLINE !INDENT} pattern of the invalid_*_stmt rules. */
    private void checkIndentAfterColon(String what, int line) {
        if (callInvalid && at(TokenKind.COLON) && peek(1).kind == TokenKind.NEWLINE
                && peek(2).kind != TokenKind.INDENT) {
            throw indentError(what, line);
        }
    }

    /** In the second pass: the {@code header NEWLINE} pattern ("expected ':'"). */
    private void checkMissingColon() {
        if (callInvalid && at(TokenKind.NEWLINE)) {
            throw atLast("expected ':'");
        }
    }

    private List<Stmt> block() {
        if (at(TokenKind.NEWLINE)) {
            next();
            if (!at(TokenKind.INDENT)) {
                if (callInvalid) {
                    throw atLast("IndentationError", "expected an indented block");
                }
                throw FAIL;
            }
            next();
            List<Stmt> body = new ArrayList<>();
            do {
                statement(body);
            } while (!at(TokenKind.DEDENT));
            next();
            return body;
        }
        List<Stmt> body = new ArrayList<>();
        simpleStmts(body);
        return body;
    }

    private Stmt decorated() {
        List<Expr> decorators = new ArrayList<>();
        while (at(TokenKind.AT)) {
            next();
            decorators.add(namedExpression());
            expect(TokenKind.NEWLINE);
        }
        Token t = peek();
        if (t.kind == TokenKind.DEF) {
            return funcDef(decorators);
        }
        if (t.kind == TokenKind.CLASS) {
            return classDef(decorators);
        }
        if (t.kind == TokenKind.ASYNC && peek(1).kind == TokenKind.DEF) {
            throw unsupported(t, "'async' is not supported by pyjit");
        }
        throw FAIL;
    }

    private Stmt funcDef(List<Expr> decorators) {
        Token def = next();
        Token name = expect(TokenKind.NAME);
        expectForced(TokenKind.LPAR);
        Arguments args = at(TokenKind.RPAR) ? EMPTY_ARGS : params(false);
        expect(TokenKind.RPAR);
        if (at(TokenKind.RARROW)) {
            int m = mark;
            next();
            if (tryRule(this::expression) == null) {
                reset(m);
            }
        }
        checkIndentAfterColon("function definition", def.line);
        expectForced(TokenKind.COLON);
        List<Stmt> body = block();
        return new Stmt.FunctionDef(pos(def), ident(name), args, body, decorators);
    }

    private Stmt classDef(List<Expr> decorators) {
        Token cls = next();
        Token name = expect(TokenKind.NAME);
        List<Expr> bases = List.of();
        List<Keyword> keywords = List.of();
        if (at(TokenKind.LPAR)) {
            Expr.Call c = callArguments(cls, null, false);
            bases = c.args();
            keywords = c.keywords();
        }
        checkMissingColon();
        checkIndentAfterColon("class definition", cls.line);
        expect(TokenKind.COLON);
        List<Stmt> body = block();
        return new Stmt.ClassDef(pos(cls), ident(name), bases, keywords, body, decorators);
    }

    private Stmt ifStmt() {
        Token t = next();
        Expr test = namedExpression();
        checkMissingColon();
        expect(TokenKind.COLON);
        if (callInvalid && at(TokenKind.NEWLINE) && peek(1).kind != TokenKind.INDENT) {
            throw indentError("'" + t.text() + "' statement", test.pos().line());
        }
        List<Stmt> body = block();
        List<Stmt> orelse;
        if (at(TokenKind.ELIF)) {
            orelse = List.of(elifStmt());
        } else if (at(TokenKind.ELSE)) {
            orelse = elseBlock();
        } else {
            orelse = List.of();
        }
        return new Stmt.If(pos(t), test, body, orelse);
    }

    private Stmt elifStmt() {
        Token t = next();
        Expr test = namedExpression();
        checkMissingColon();
        checkIndentAfterColon("'elif' statement", t.line);
        expect(TokenKind.COLON);
        List<Stmt> body = block();
        List<Stmt> orelse;
        if (at(TokenKind.ELIF)) {
            orelse = List.of(elifStmt());
        } else if (at(TokenKind.ELSE)) {
            orelse = elseBlock();
        } else {
            orelse = List.of();
        }
        return new Stmt.If(pos(t), test, body, orelse);
    }

    private List<Stmt> elseBlock() {
        Token t = next();
        checkIndentAfterColon("'else' statement", t.line);
        expectForced(TokenKind.COLON);
        return block();
    }

    private Stmt whileStmt() {
        Token t = next();
        Expr test = namedExpression();
        checkMissingColon();
        checkIndentAfterColon("'while' statement", t.line);
        expect(TokenKind.COLON);
        List<Stmt> body = block();
        List<Stmt> orelse = at(TokenKind.ELSE) ? elseBlock() : List.of();
        return new Stmt.While(pos(t), test, body, orelse);
    }

    private Stmt forStmt() {
        Token t = next();
        int afterFor = mark;
        Expr target;
        try {
            target = starTargets();
            if (!at(TokenKind.IN)) {
                throw FAIL;
            }
        } catch (ParseFail f) {
            if (callInvalid) {
                invalidForTarget(afterFor);
            }
            throw f;
        }
        next();
        Expr iter = starExpressions();
        checkMissingColon();
        checkIndentAfterColon("'for' statement", t.line);
        expect(TokenKind.COLON);
        List<Stmt> body = block();
        List<Stmt> orelse = at(TokenKind.ELSE) ? elseBlock() : List.of();
        return new Stmt.For(pos(t), target, iter, body, orelse);
    }

    private void invalidForTarget(int afterFor) {
        int saved = mark;
        reset(afterFor);
        Expr a = tryRule(this::starExpressions);
        if (a != null) {
            Expr inv = invalidTarget(a, TargetsType.FOR);
            if (inv != null) {
                throw knownLocation(inv.pos(), "cannot assign to " + exprName(inv));
            }
        }
        reset(saved);
    }

    private Stmt withStmt() {
        Token w = next();
        int afterWith = mark;
        if (callInvalid) {
            invalidWithStmt(w, afterWith, true);
        }
        List<WithItem> items = null;
        if (at(TokenKind.LPAR)) {
            int m = mark;
            items = tryRule(() -> {
                next();
                List<WithItem> its = withItems();
                if (at(TokenKind.COMMA)) {
                    next();
                }
                expect(TokenKind.RPAR);
                if (!at(TokenKind.COLON)) {
                    throw FAIL;
                }
                return its;
            });
            if (items == null) {
                reset(m);
            }
        }
        if (items == null) {
            try {
                items = withItems();
                if (!at(TokenKind.COLON)) {
                    throw FAIL;
                }
            } catch (ParseFail f) {
                if (callInvalid) {
                    invalidWithStmt(w, afterWith, false);
                }
                throw f;
            }
        }
        next();
        List<Stmt> body = block();
        return new Stmt.With(pos(w), items, body);
    }

    private List<WithItem> withItems() {
        List<WithItem> items = new ArrayList<>();
        items.add(withItem());
        while (at(TokenKind.COMMA)) {
            int m = mark;
            next();
            WithItem it = tryRule(this::withItem);
            if (it == null) {
                reset(m);
                break;
            }
            items.add(it);
        }
        return items;
    }

    private WithItem withItem() {
        Expr e = expression();
        if (at(TokenKind.AS)) {
            int m = mark;
            next();
            Expr t = tryRule(this::starTarget);
            if (t != null && (at(TokenKind.COMMA) || at(TokenKind.RPAR) || at(TokenKind.COLON))) {
                return new WithItem(e, t);
            }
            if (callInvalid) {
                reset(m + 1);
                Expr a = tryRule(this::expression);
                if (a != null && (at(TokenKind.COMMA) || at(TokenKind.RPAR) || at(TokenKind.COLON))) {
                    Expr inv = invalidTarget(a, TargetsType.STAR);
                    if (inv != null) {
                        throw knownLocation(inv.pos(), "cannot assign to " + exprName(inv));
                    }
                }
            }
            reset(m);
        }
        return new WithItem(e, null);
    }

    /**
     * invalid_with_stmt_indent (indentCheck) and invalid_with_stmt: the header as
     * {@code ','.(expression ['as' star_target])+} or its parenthesized form, then ':' NEWLINE !INDENT or a
     * NEWLINE where the ':' should be.
     */
    private void invalidWithStmt(Token w, int afterWith, boolean indentCheck) {
        int saved = mark;
        for (int alt = 0; alt < 2; alt++) {
            reset(afterWith);
            boolean ok;
            if (alt == 0) {
                ok = tryRule(() -> {
                    withHeaderItem(false);
                    while (at(TokenKind.COMMA)) {
                        int m = mark;
                        next();
                        if (tryRule(() -> {
                            withHeaderItem(false);
                            return Boolean.TRUE;
                        }) == null) {
                            reset(m);
                            break;
                        }
                    }
                    return Boolean.TRUE;
                }) != null;
            } else {
                ok = at(TokenKind.LPAR) && tryRule(() -> {
                    next();
                    withHeaderItem(true);
                    while (at(TokenKind.COMMA)) {
                        int m = mark;
                        next();
                        if (tryRule(() -> {
                            withHeaderItem(true);
                            return Boolean.TRUE;
                        }) == null) {
                            reset(m);
                            break;
                        }
                    }
                    if (at(TokenKind.COMMA)) {
                        next();
                    }
                    expect(TokenKind.RPAR);
                    return Boolean.TRUE;
                }) != null;
            }
            if (!ok) {
                continue;
            }
            if (indentCheck) {
                if (at(TokenKind.COLON) && peek(1).kind == TokenKind.NEWLINE && peek(2).kind != TokenKind.INDENT) {
                    throw indentError("'with' statement", w.line);
                }
            } else if (at(TokenKind.NEWLINE)) {
                throw atLast("expected ':'");
            }
        }
        reset(saved);
    }

    private void withHeaderItem(boolean parenthesized) {
        if (parenthesized) {
            expressionsRule();
        } else {
            expression();
        }
        if (at(TokenKind.AS)) {
            int m = mark;
            next();
            if (tryRule(this::starTarget) == null) {
                reset(m);
            }
        }
    }

    /** expressions: expression (',' expression)* [','] as a tuple. */
    private Expr expressionsRule() {
        Token start = peek();
        Expr first = expression();
        if (!at(TokenKind.COMMA)) {
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (at(TokenKind.COMMA)) {
            int m = mark;
            next();
            Expr e = tryRule(this::expression);
            if (e == null) {
                reset(m);
                next();
                break;
            }
            elts.add(e);
        }
        return new Expr.TupleExpr(pos(start), elts);
    }

    private Stmt tryStmt() {
        Token t = next();
        if (callInvalid && at(TokenKind.COLON) && peek(1).kind == TokenKind.NEWLINE
                && peek(2).kind != TokenKind.INDENT) {
            throw indentError("'try' statement", t.line);
        }
        expectForced(TokenKind.COLON);
        int afterColon = mark;
        List<Stmt> body;
        try {
            body = block();
        } catch (ParseFail f) {
            if (callInvalid && at(TokenKind.EXCEPT)) {
                // invalid_try_stmt: 'try' ':' block* except_block+ ... also allows no block at all
                reset(afterColon);
                if (at(TokenKind.EXCEPT)) {
                    tryRule(this::exceptBlock);
                }
            }
            throw f;
        }
        if (callInvalid && !at(TokenKind.EXCEPT) && !at(TokenKind.FINALLY)) {
            throw atLast("expected 'except' or 'finally' block");
        }
        List<ExceptHandler> handlers = new ArrayList<>();
        while (at(TokenKind.EXCEPT)) {
            handlers.add(exceptBlock());
        }
        List<Stmt> orelse = List.of();
        if (!handlers.isEmpty() && at(TokenKind.ELSE)) {
            orelse = elseBlock();
        }
        List<Stmt> finalbody = List.of();
        if (at(TokenKind.FINALLY)) {
            Token f = next();
            checkIndentAfterColon("'finally' statement", f.line);
            expectForced(TokenKind.COLON);
            finalbody = block();
        } else if (handlers.isEmpty()) {
            throw FAIL;
        }
        return new Stmt.Try(pos(t), body, handlers, orelse, finalbody);
    }

    private ExceptHandler exceptBlock() {
        Token ex = next();
        int afterExcept = mark;
        if (at(TokenKind.STAR)) {
            throw error("SyntaxError", "except* is not supported by pyjit", ex.line, ex.col + 1, peek().endLine,
                    peek().endCol + 1);
        }
        if (callInvalid) {
            // invalid_except_stmt_indent
            if (at(TokenKind.COLON)) {
                checkIndentAfterColon("'except' statement", ex.line);
            } else {
                int m = mark;
                if (tryRule(() -> {
                    expression();
                    if (at(TokenKind.AS)) {
                        next();
                        expect(TokenKind.NAME);
                    }
                    return Boolean.TRUE;
                }) != null) {
                    checkIndentAfterColon("'except' statement", ex.line);
                }
                reset(m);
            }
        }
        try {
            Expr type = null;
            String name = null;
            if (!at(TokenKind.COLON)) {
                type = expression();
                if (at(TokenKind.AS)) {
                    next();
                    name = ident(expect(TokenKind.NAME));
                }
            }
            expect(TokenKind.COLON);
            List<Stmt> body = block();
            return new ExceptHandler(pos(ex), type, name, body);
        } catch (ParseFail f) {
            if (callInvalid) {
                invalidExceptStmt(afterExcept);
            }
            throw f;
        }
    }

    private void invalidExceptStmt(int afterExcept) {
        int saved = mark;
        // 'except' a=expression ',' expressions ['as' NAME ] ':'
        reset(afterExcept);
        Expr a = tryRule(this::expression);
        if (a != null && at(TokenKind.COMMA)) {
            next();
            if (tryRule(this::expressionsRule) != null) {
                int m = mark;
                if (at(TokenKind.AS)) {
                    next();
                    if (!at(TokenKind.NAME)) {
                        reset(m);
                    } else {
                        next();
                    }
                }
                if (at(TokenKind.COLON)) {
                    next();
                    throw startingFrom(a.pos(), "multiple exception types must be parenthesized");
                }
            }
        }
        // a='except' expression ['as' NAME ] NEWLINE
        reset(afterExcept);
        a = tryRule(this::expression);
        if (a != null) {
            int m = mark;
            if (at(TokenKind.AS)) {
                next();
                if (at(TokenKind.NAME)) {
                    next();
                } else {
                    reset(m);
                }
            }
            if (at(TokenKind.NEWLINE)) {
                throw atLast("expected ':'");
            }
        }
        // a='except' NEWLINE
        reset(afterExcept);
        if (at(TokenKind.NEWLINE)) {
            throw atLast("expected ':'");
        }
        reset(saved);
    }

    // ================================================================ expressions

    private Expr starExpressions() {
        Token start = peek();
        Expr first = starExpression();
        if (!at(TokenKind.COMMA)) {
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (at(TokenKind.COMMA)) {
            next();
            if (!startsStarExpression(peek().kind)) {
                break;
            }
            // (',' star_expression)+ [','] : an element that does not parse leaves a trailing comma
            Expr e = tryRule(this::starExpression);
            if (e == null) {
                break;
            }
            elts.add(e);
        }
        return new Expr.TupleExpr(pos(start), elts);
    }

    private Expr starExpression() {
        Token t = peek();
        if (t.kind == TokenKind.STAR) {
            next();
            Expr v = bitwiseOr();
            return new Expr.Starred(pos(t), v);
        }
        return expression();
    }

    private Expr starNamedExpression() {
        Token t = peek();
        if (t.kind == TokenKind.STAR) {
            next();
            Expr v = bitwiseOr();
            return new Expr.Starred(pos(t), v);
        }
        return namedExpression();
    }

    private Expr yieldExpr() {
        Token y = expect(TokenKind.YIELD);
        if (at(TokenKind.FROM)) {
            next();
            Expr e = expression();
            return new Expr.YieldFrom(pos(y), e);
        }
        Expr v = startsStarExpression(peek().kind) ? starExpressions() : null;
        return new Expr.Yield(pos(y), v);
    }

    private Expr namedExpression() {
        Token start = peek();
        if (start.kind == TokenKind.NAME && peek(1).kind == TokenKind.COLONEQUAL) {
            return walrus();
        }
        int startMark = mark;
        Expr e = expression();
        if (callInvalid) {
            invalidNamedExpression(start, startMark, e);
        }
        if (at(TokenKind.COLONEQUAL)) {
            throw FAIL;
        }
        return e;
    }

    private Expr walrus() {
        Token start = next();
        next();
        Expr value = expression();
        return new Expr.NamedExpr(pos(start), new Expr.Name(tokPos(start), ident(start)), value);
    }

    /** assignment_expression | expression !':=' (the element of a genexp or a call argument). */
    private Expr walrusOrExpression() {
        if (at(TokenKind.NAME) && peek(1).kind == TokenKind.COLONEQUAL) {
            return walrus();
        }
        Expr e = expression();
        if (at(TokenKind.COLONEQUAL)) {
            throw FAIL;
        }
        return e;
    }

    /** CPython's invalid_named_expression, checked once the expression at startMark has been parsed. */
    private void invalidNamedExpression(Token start, int startMark, Expr e) {
        Token t = peek();
        int m = mark;
        if (t.kind == TokenKind.COLONEQUAL) {
            next();
            if (tryRule(this::expression) != null) {
                throw knownLocation(e.pos(), "cannot use assignment expressions with " + exprName(e));
            }
            reset(m);
            return;
        }
        if (t.kind != TokenKind.EQUAL) {
            return;
        }
        if (start.kind == TokenKind.NAME && startMark + 1 == m) {
            next();
            Expr b = tryRule(this::bitwiseOr);
            if (b != null && !at(TokenKind.EQUAL) && !at(TokenKind.COLONEQUAL)) {
                throw knownRange(tokPos(start), b.pos(),
                        "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            }
            reset(m);
        }
        TokenKind k = start.kind;
        if (k == TokenKind.TRUE || k == TokenKind.NONE || k == TokenKind.FALSE) {
            return;
        }
        if (k == TokenKind.LSQB || k == TokenKind.LPAR) {
            reset(startMark);
            Expr atomE = tryRule(this::atom);
            reset(m);
            if (atomE instanceof Expr.TupleExpr || atomE instanceof Expr.GeneratorExp
                    || (atomE instanceof Expr.ListExpr && k == TokenKind.LSQB)) {
                return;
            }
        }
        reset(startMark);
        Expr a = tryRule(this::bitwiseOr);
        boolean sameEnd = a != null && mark == m;
        reset(m);
        if (!sameEnd) {
            return;
        }
        next();
        Expr b = tryRule(this::bitwiseOr);
        if (b != null && !at(TokenKind.EQUAL) && !at(TokenKind.COLONEQUAL)) {
            throw knownLocation(a.pos(), "cannot assign to " + exprName(a) + " here. Maybe you meant '==' instead of '='?");
        }
        reset(m);
    }

    private interface Frame {}

    private record LambdaFrame(Token start, Arguments args) implements Frame {}

    private record IfFrame(Token start, Expr body, Expr test) implements Frame {}

    /**
     * expression: disjunction ['if' disjunction 'else' expression] | lambdef. The right spine of nested lambdas
     * and conditional expressions is parsed iteratively.
     */
    private Expr expression() {
        if (!pass2) {
            return expressionImpl();
        }
        return memo(exprMemo, this::expressionImpl);
    }

    /** CPython's expression_without_invalid: no invalid_* checks, and no memo entry at its own position. */
    private Expr expressionWithoutInvalid() {
        return withoutInvalid(this::expressionImpl);
    }

    /**
     * Memoization as in CPython's second pass, where expression and disjunction results are cached per position
     * whether or not the invalid_* checks were on when they were computed (so a parse made inside
     * expression_without_invalid is reused later without the checks).
     */
    private Expr memo(Map<Integer, Object[]> table, Supplier<Expr> rule) {
        int start = mark;
        Object[] m = table.get(start);
        if (m != null) {
            if (m[0] == null) {
                throw FAIL;
            }
            reset((Integer) m[1]);
            return (Expr) m[0];
        }
        try {
            Expr e = rule.get();
            table.put(start, new Object[] {e, mark});
            return e;
        } catch (ParseFail f) {
            table.put(start, new Object[] {null, start});
            throw f;
        }
    }

    private Expr expressionImpl() {
        enterRec();
        int savedNest = nest;
        try {
            List<Frame> frames = null;
            Expr result;
            for (;;) {
                Token start = peek();
                if (start.kind == TokenKind.LAMBDA) {
                    next();
                    Arguments args = at(TokenKind.COLON) ? EMPTY_ARGS : params(true);
                    expect(TokenKind.COLON);
                    if (frames == null) {
                        frames = new ArrayList<>();
                    }
                    frames.add(new LambdaFrame(start, args));
                    nestInc();
                    continue;
                }
                int startMark = mark;
                Expr a = disjunction();
                if (callInvalid) {
                    invalidExpression(start, startMark, a);
                }
                if (at(TokenKind.IF)) {
                    int m = mark;
                    next();
                    Expr test = tryRule(this::disjunction);
                    if (test != null && at(TokenKind.ELSE)) {
                        next();
                        if (frames == null) {
                            frames = new ArrayList<>();
                        }
                        frames.add(new IfFrame(start, a, test));
                        nestInc();
                        continue;
                    }
                    reset(m);
                }
                result = a;
                break;
            }
            if (frames != null) {
                for (int i = frames.size() - 1; i >= 0; i--) {
                    Frame f = frames.get(i);
                    if (f instanceof LambdaFrame lf) {
                        result = new Expr.Lambda(pos(lf.start()), lf.args(), result);
                    } else {
                        IfFrame iff = (IfFrame) f;
                        result = new Expr.IfExp(pos(iff.start()), iff.test(), iff.body(), result);
                    }
                }
            }
            return result;
        } finally {
            nest = savedNest;
            recDepth--;
        }
    }

    /** CPython's invalid_expression and invalid_legacy_expression, after the disjunction a at startMark. */
    private void invalidExpression(Token start, int startMark, Expr a) {
        int m = mark;
        Token second = tokenAt(startMark + 1);
        boolean blocked = (start.kind == TokenKind.NAME && second.kind == TokenKind.STRING) || isSoftKeyword(start);
        boolean legacy = a instanceof Expr.Name n && (n.id().equals("print") || n.id().equals("exec"));
        if (!blocked && startsExpression(peek().kind)) {
            Expr b = expressionWithoutInvalid();
            if (b != null && !legacy && tokens.get(mark - 1).level != 0) {
                throw knownRange(a.pos(), b.pos(), "invalid syntax. Perhaps you forgot a comma?");
            }
            reset(m);
        }
        if (at(TokenKind.IF)) {
            next();
            Expr b = tryRule(this::disjunction);
            if (b != null && !at(TokenKind.ELSE) && !at(TokenKind.COLON)) {
                throw knownRange(a.pos(), b.pos(), "expected 'else' after 'if' expression");
            }
            reset(m);
        }
        if (start.kind == TokenKind.NAME && second.kind != TokenKind.LPAR) {
            reset(startMark + 1);
            Expr b = tryRule(this::starExpressions);
            if (b != null && (start.text().equals("print") || start.text().equals("exec"))) {
                throw knownRange(tokPos(start), b.pos(),
                        "Missing parentheses in call to '" + start.text() + "'. Did you mean " + start.text() + "(...)?");
            }
            reset(m);
        }
    }

    private Expr disjunction() {
        if (!pass2) {
            return disjunctionImpl();
        }
        return memo(disjMemo, this::disjunctionImpl);
    }

    private Expr disjunctionImpl() {
        Token start = peek();
        Expr a = conjunction();
        if (!at(TokenKind.OR)) {
            return a;
        }
        List<Expr> values = new ArrayList<>();
        values.add(a);
        while (at(TokenKind.OR)) {
            int m = mark;
            next();
            Expr v = tryRule(this::conjunction);
            if (v == null) {
                reset(m);
                break;
            }
            values.add(v);
        }
        if (values.size() == 1) {
            return a;
        }
        return new Expr.BoolOp(pos(start), false, values);
    }

    private Expr conjunction() {
        Token start = peek();
        Expr a = inversion();
        if (!at(TokenKind.AND)) {
            return a;
        }
        List<Expr> values = new ArrayList<>();
        values.add(a);
        while (at(TokenKind.AND)) {
            int m = mark;
            next();
            Expr v = tryRule(this::inversion);
            if (v == null) {
                reset(m);
                break;
            }
            values.add(v);
        }
        if (values.size() == 1) {
            return a;
        }
        return new Expr.BoolOp(pos(start), true, values);
    }

    private Expr inversion() {
        if (!at(TokenKind.NOT)) {
            return comparison();
        }
        int savedNest = nest;
        List<Token> nots = new ArrayList<>();
        while (at(TokenKind.NOT)) {
            nots.add(next());
            nestInc();
        }
        Expr e = comparison();
        for (int i = nots.size() - 1; i >= 0; i--) {
            e = new Expr.UnaryOp(pos(nots.get(i)), UnaryOperator.NOT, e);
        }
        nest = savedNest;
        return e;
    }

    private Expr comparison() {
        Token start = peek();
        Expr left = bitwiseOr();
        List<CmpOp> ops = null;
        List<Expr> comparators = null;
        for (;;) {
            Token t = peek();
            CmpOp op;
            int width = 1;
            switch (t.kind) {
                case EQEQUAL -> op = CmpOp.EQ;
                case NOTEQUAL -> op = CmpOp.NE;
                case LESS -> op = CmpOp.LT;
                case LESSEQUAL -> op = CmpOp.LE;
                case GREATER -> op = CmpOp.GT;
                case GREATEREQUAL -> op = CmpOp.GE;
                case IN -> op = CmpOp.IN;
                case NOT -> {
                    if (peek(1).kind == TokenKind.IN) {
                        op = CmpOp.NOT_IN;
                        width = 2;
                    } else {
                        op = null;
                    }
                }
                case IS -> {
                    if (peek(1).kind == TokenKind.NOT) {
                        op = CmpOp.IS_NOT;
                        width = 2;
                    } else {
                        op = CmpOp.IS;
                    }
                }
                default -> op = null;
            }
            if (op == null) {
                break;
            }
            int m = mark;
            for (int i = 0; i < width; i++) {
                next();
            }
            Expr right = tryRule(this::bitwiseOr);
            if (right == null) {
                reset(m);
                break;
            }
            if (ops == null) {
                ops = new ArrayList<>();
                comparators = new ArrayList<>();
            }
            ops.add(op);
            comparators.add(right);
        }
        if (ops == null) {
            return left;
        }
        return new Expr.Compare(pos(start), left, ops, comparators);
    }

    private static int binaryPrecedence(TokenKind k) {
        return switch (k) {
            case VBAR -> 0;
            case CIRCUMFLEX -> 1;
            case AMPER -> 2;
            case LEFTSHIFT, RIGHTSHIFT -> 3;
            case PLUS, MINUS -> 4;
            case STAR, SLASH, DOUBLESLASH, PERCENT, AT -> 5;
            default -> -1;
        };
    }

    private static Operator binaryOperator(TokenKind k) {
        return switch (k) {
            case VBAR -> Operator.BITOR;
            case CIRCUMFLEX -> Operator.BITXOR;
            case AMPER -> Operator.BITAND;
            case LEFTSHIFT -> Operator.LSHIFT;
            case RIGHTSHIFT -> Operator.RSHIFT;
            case PLUS -> Operator.ADD;
            case MINUS -> Operator.SUB;
            case STAR -> Operator.MUL;
            case SLASH -> Operator.DIV;
            case DOUBLESLASH -> Operator.FLOORDIV;
            case PERCENT -> Operator.MOD;
            case AT -> Operator.MATMUL;
            default -> throw new IllegalArgumentException(k.toString());
        };
    }

    private Expr bitwiseOr() { return binary(0); }

    /** Precedence climbing over the left-associative binary operators; chains are built by the loop. */
    private Expr binary(int minPrec) {
        Token start = peek();
        Expr left = factor();
        for (;;) {
            TokenKind k = peek().kind;
            int prec = binaryPrecedence(k);
            if (prec < minPrec) {
                return left;
            }
            int m = mark;
            next();
            Expr right = tryRule(() -> binary(prec + 1));
            if (right == null) {
                reset(m);
                return left;
            }
            left = new Expr.BinOp(pos(start), left, binaryOperator(k), right);
        }
    }

    private static boolean isUnary(TokenKind k) {
        return k == TokenKind.PLUS || k == TokenKind.MINUS || k == TokenKind.TILDE;
    }

    private static UnaryOperator unaryOperator(TokenKind k) {
        return k == TokenKind.PLUS ? UnaryOperator.POS : k == TokenKind.MINUS ? UnaryOperator.NEG
                : UnaryOperator.INVERT;
    }

    private Expr factor() {
        if (!isUnary(peek().kind)) {
            return power();
        }
        int savedNest = nest;
        List<Token> ops = new ArrayList<>();
        while (isUnary(peek().kind)) {
            ops.add(next());
            nestInc();
        }
        Expr e = power();
        for (int i = ops.size() - 1; i >= 0; i--) {
            e = new Expr.UnaryOp(pos(ops.get(i)), unaryOperator(ops.get(i).kind), e);
        }
        nest = savedNest;
        return e;
    }

    /** power: await_primary ['**' factor], with chains of '**' (and their unary operands) folded iteratively. */
    private Expr power() {
        Token start = peek();
        Expr base = awaitPrimary();
        if (!at(TokenKind.DOUBLESTAR)) {
            return base;
        }
        int savedNest = nest;
        List<Token> starts = new ArrayList<>();
        List<Expr> bases = new ArrayList<>();
        List<List<Token>> unaries = new ArrayList<>();
        starts.add(start);
        bases.add(base);
        while (at(TokenKind.DOUBLESTAR)) {
            int m = mark;
            int n0 = nest;
            next();
            List<Token> u = new ArrayList<>();
            while (isUnary(peek().kind)) {
                u.add(next());
                nestInc();
            }
            nestInc();
            Token s = peek();
            Expr b = tryRule(this::awaitPrimary);
            if (b == null) {
                // '**' factor did not parse: the power is just what precedes (PEG backtracking)
                reset(m);
                nest = n0;
                break;
            }
            unaries.add(u);
            starts.add(s);
            bases.add(b);
        }
        int n = bases.size() - 1;
        Expr acc = bases.get(n);
        for (int i = n - 1; i >= 0; i--) {
            List<Token> u = unaries.get(i);
            for (int j = u.size() - 1; j >= 0; j--) {
                acc = new Expr.UnaryOp(pos(u.get(j)), unaryOperator(u.get(j).kind), acc);
            }
            acc = new Expr.BinOp(pos(starts.get(i)), bases.get(i), Operator.POW, acc);
        }
        nest = savedNest;
        return acc;
    }

    private Expr awaitPrimary() {
        Token t = peek();
        if (t.kind == TokenKind.AWAIT) {
            next();
            if (tryRule(this::primary) != null) {
                throw unsupported(t, "'await' is not supported by pyjit");
            }
            throw FAIL;
        }
        return primary();
    }

    /** primary: atom followed by trailers; a trailer that does not parse is left for the caller (as in PEG). */
    private Expr primary() {
        Token start = peek();
        Expr e = atom();
        for (;;) {
            Token t = peek();
            int m = mark;
            if (callInvalid && (t.kind == TokenKind.LSQB || t.kind == TokenKind.LBRACE)) {
                // CPython tries 'primary genexp' before the other trailers, and genexp's invalid_comprehension
                // alternative accepts '[' and '{' as well.
                invalidComprehension(t, m + 1);
            }
            try {
                if (t.kind == TokenKind.DOT) {
                    next();
                    Token name = expect(TokenKind.NAME);
                    e = new Expr.Attribute(pos(start), e, ident(name));
                } else if (t.kind == TokenKind.LPAR) {
                    e = callArguments(start, e, true);
                } else if (t.kind == TokenKind.LSQB) {
                    next();
                    Expr s = slices();
                    expect(TokenKind.RSQB);
                    e = new Expr.Subscript(pos(start), e, s);
                } else {
                    return e;
                }
            } catch (ParseFail f) {
                reset(m);
                return e;
            }
        }
    }

    private Expr slices() {
        Token start = peek();
        Expr first = sliceOrStarred();
        if (!at(TokenKind.COMMA)) {
            if (first instanceof Expr.Starred) {
                return new Expr.TupleExpr(pos(start), List.of(first));
            }
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (at(TokenKind.COMMA)) {
            next();
            if (at(TokenKind.RSQB)) {
                break;
            }
            elts.add(sliceOrStarred());
        }
        return new Expr.TupleExpr(pos(start), elts);
    }

    private Expr sliceOrStarred() {
        Token t = peek();
        if (t.kind == TokenKind.STAR) {
            next();
            Expr v = expression();
            return new Expr.Starred(pos(t), v);
        }
        return slice();
    }

    /** slice: [expression] ':' [expression] [':' [expression]] | named_expression. */
    private Expr slice() {
        Token start = peek();
        Expr lower = null;
        if (start.kind != TokenKind.COLON) {
            if (start.kind == TokenKind.NAME && peek(1).kind == TokenKind.COLONEQUAL) {
                return walrus();
            }
            int startMark = mark;
            lower = expression();
            if (!at(TokenKind.COLON)) {
                if (callInvalid) {
                    invalidNamedExpression(start, startMark, lower);
                }
                if (at(TokenKind.COLONEQUAL)) {
                    throw FAIL;
                }
                return lower;
            }
        }
        next();
        Expr upper = null;
        Expr step = null;
        if (startsExpression(peek().kind)) {
            upper = expression();
        }
        if (at(TokenKind.COLON)) {
            next();
            if (startsExpression(peek().kind)) {
                step = expression();
            }
        }
        return new Expr.Slice(pos(start), lower, upper, step);
    }

    // ================================================================ calls

    /**
     * {@code primary '(' [arguments] ')'} and {@code primary genexp}; class headers (allowGenexp false) only
     * accept the former.
     */
    private Expr.Call callArguments(Token start, Expr func, boolean allowGenexp) {
        if (callInvalid) {
            return callArgumentsPeg(start, func, allowGenexp);
        }
        Token lpar = next();
        List<Expr> args = new ArrayList<>();
        List<Keyword> keywords = new ArrayList<>();
        boolean seenKeyword = false;
        boolean seenDoubleStar = false;
        while (!at(TokenKind.RPAR)) {
            Token t = peek();
            if (t.kind == TokenKind.STAR) {
                if (seenDoubleStar) {
                    throw FAIL;
                }
                next();
                Expr v = expression();
                args.add(new Expr.Starred(pos(t), v));
            } else if (t.kind == TokenKind.DOUBLESTAR) {
                next();
                Expr v = expression();
                keywords.add(new Keyword(pos(t), null, v));
                seenDoubleStar = true;
            } else if (t.kind == TokenKind.NAME && peek(1).kind == TokenKind.EQUAL) {
                next();
                next();
                Expr v = expression();
                keywords.add(new Keyword(pos(t), ident(t), v));
                seenKeyword = true;
            } else {
                if (seenKeyword || seenDoubleStar) {
                    throw FAIL; // CPython does not even parse a positional argument after keywords
                }
                Expr e = walrusOrExpression();
                if (at(TokenKind.EQUAL)) {
                    throw FAIL;
                }
                if (at(TokenKind.FOR) || at(TokenKind.ASYNC)) {
                    if (!allowGenexp || !args.isEmpty()) {
                        throw FAIL;
                    }
                    List<Comprehension> gens = forIfClauses();
                    expect(TokenKind.RPAR);
                    Expr g = new Expr.GeneratorExp(pos(lpar), e, gens);
                    return new Expr.Call(pos(start), func, List.of(g), List.of());
                }
                args.add(e);
            }
            if (!at(TokenKind.COMMA)) {
                break;
            }
            next();
        }
        expect(TokenKind.RPAR);
        return new Expr.Call(pos(start), func, args, keywords);
    }

    // The second pass follows the grammar's alternatives literally (with a memo on the argument lists).

    private Expr.Call callArgumentsPeg(Token start, Expr func, boolean allowGenexp) {
        int lparMark = mark;
        int key = allowGenexp ? lparMark : -1 - lparMark;
        Object[] memo = callMemo.get(key);
        if (memo != null) {
            if (memo[0] == null) {
                throw FAIL;
            }
            reset((Integer) memo[2]);
            @SuppressWarnings("unchecked")
            List<Expr> args = (List<Expr>) memo[0];
            @SuppressWarnings("unchecked")
            List<Keyword> keywords = (List<Keyword>) memo[1];
            return new Expr.Call(pos(start), func, args, keywords);
        }
        try {
            List<Expr> args = List.of();
            List<Keyword> keywords = List.of();
            Expr g = allowGenexp ? tryRule(this::genexpRule) : null;
            if (g != null) {
                args = List.of(g);
            } else {
                next();
                if (!at(TokenKind.RPAR)) {
                    ArgList r = argumentsRule();
                    args = r.args;
                    keywords = r.keywords;
                }
                expect(TokenKind.RPAR);
            }
            callMemo.put(key, new Object[] {args, keywords, mark});
            return new Expr.Call(pos(start), func, args, keywords);
        } catch (ParseFail f) {
            callMemo.put(key, new Object[] {null});
            reset(lparMark);
            throw f;
        }
    }

    private static final class ArgList {
        final List<Expr> args = new ArrayList<>();
        final List<Keyword> keywords = new ArrayList<>();
        int end;

        void addAll(List<Object> items) {
            for (Object o : items) {
                if (o instanceof Keyword k) {
                    keywords.add(k);
                } else {
                    args.add((Expr) o);
                }
            }
        }
    }

    private Expr genexpRule() {
        Token lpar = expect(TokenKind.LPAR);
        int afterLpar = mark;
        Expr e = tryRule(this::walrusOrExpression);
        if (e != null && (at(TokenKind.FOR) || at(TokenKind.ASYNC))) {
            List<Comprehension> gens = forIfClauses();
            if (at(TokenKind.RPAR)) {
                next();
                return new Expr.GeneratorExp(pos(lpar), e, gens);
            }
        }
        reset(afterLpar);
        if (callInvalid) {
            invalidComprehension(lpar, afterLpar);
        }
        throw FAIL;
    }

    /** arguments: args [','] &')' | invalid_arguments (memoized). */
    private ArgList argumentsRule() {
        int start = mark;
        Object[] memo = argsMemo.get(start);
        if (memo != null) {
            if (memo[0] == null) {
                throw FAIL;
            }
            ArgList r = (ArgList) memo[0];
            reset(r.end);
            return r;
        }
        ArgList r = tryRule(this::argsRule);
        if (r != null) {
            if (at(TokenKind.COMMA)) {
                next();
            }
            if (at(TokenKind.RPAR)) {
                r.end = mark;
                argsMemo.put(start, new Object[] {r});
                return r;
            }
        }
        reset(start);
        invalidArguments(start);
        reset(start);
        argsMemo.put(start, new Object[] {null});
        throw FAIL;
    }

    private ArgList argsRule() {
        int m = mark;
        Expr e = tryRule(this::argsItem);
        if (e != null) {
            ArgList r = new ArgList();
            r.args.add(e);
            for (;;) {
                int m2 = mark;
                if (!at(TokenKind.COMMA)) {
                    break;
                }
                next();
                Expr e2 = tryRule(this::argsItem);
                if (e2 == null) {
                    reset(m2);
                    break;
                }
                r.args.add(e2);
            }
            int m3 = mark;
            if (at(TokenKind.COMMA)) {
                next();
                List<Object> kw = tryRule(this::kwargs);
                if (kw != null) {
                    r.addAll(kw);
                } else {
                    reset(m3);
                }
            }
            return r;
        }
        reset(m);
        ArgList r = new ArgList();
        r.addAll(kwargs());
        return r;
    }

    private Expr argsItem() {
        Token t = peek();
        if (t.kind == TokenKind.STAR) {
            next();
            Expr v = expression();
            return new Expr.Starred(pos(t), v);
        }
        Expr e = walrusOrExpression();
        if (at(TokenKind.EQUAL)) {
            throw FAIL;
        }
        return e;
    }

    private List<Object> kwargs() {
        int m = mark;
        List<Object> a = tryRule(() -> gather(this::kwargOrStarred));
        if (a != null) {
            int m2 = mark;
            if (at(TokenKind.COMMA)) {
                next();
                List<Object> b = tryRule(() -> gather(this::kwargOrDoubleStarred));
                if (b != null) {
                    a.addAll(b);
                    return a;
                }
            }
            reset(m2);
            return a;
        }
        reset(m);
        return gather(this::kwargOrDoubleStarred);
    }

    private List<Object> gather(Supplier<Object> rule) {
        List<Object> out = new ArrayList<>();
        out.add(rule.get());
        for (;;) {
            int m = mark;
            if (!at(TokenKind.COMMA)) {
                return out;
            }
            next();
            Object o = tryRule(rule);
            if (o == null) {
                reset(m);
                return out;
            }
            out.add(o);
        }
    }

    private Object kwargOrStarred() {
        invalidKwarg();
        Token t = peek();
        if (t.kind == TokenKind.NAME && peek(1).kind == TokenKind.EQUAL) {
            int m = mark;
            next();
            next();
            Expr v = tryRule(this::expression);
            if (v != null) {
                return new Keyword(pos(t), ident(t), v);
            }
            reset(m);
        }
        if (t.kind == TokenKind.STAR) {
            next();
            Expr v = expression();
            return new Expr.Starred(pos(t), v);
        }
        throw FAIL;
    }

    private Object kwargOrDoubleStarred() {
        invalidKwarg();
        Token t = peek();
        if (t.kind == TokenKind.NAME && peek(1).kind == TokenKind.EQUAL) {
            int m = mark;
            next();
            next();
            Expr v = tryRule(this::expression);
            if (v != null) {
                return new Keyword(pos(t), ident(t), v);
            }
            reset(m);
        }
        if (t.kind == TokenKind.DOUBLESTAR) {
            next();
            Expr v = expression();
            return new Keyword(pos(t), null, v);
        }
        throw FAIL;
    }

    private void invalidKwarg() {
        int m = mark;
        Token t = peek();
        boolean named = t.kind == TokenKind.TRUE || t.kind == TokenKind.FALSE || t.kind == TokenKind.NONE
                || t.kind == TokenKind.NAME;
        Token eq = named ? peek(1) : null;
        if (t.kind != TokenKind.NAME && named && eq.kind == TokenKind.EQUAL) {
            throw knownRange(tokPos(t), tokPos(eq), "cannot assign to " + t.text());
        }
        if (t.kind == TokenKind.NAME && eq.kind == TokenKind.EQUAL) {
            next();
            next();
            if (tryRule(this::expression) != null && (at(TokenKind.FOR) || at(TokenKind.ASYNC))
                    && tryRule(this::forIfClauses) != null) {
                throw knownRange(tokPos(t), tokPos(eq),
                        "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            }
            reset(m);
            return;
        }
        Expr a = tryRule(this::expression);
        if (a != null && at(TokenKind.EQUAL)) {
            throw knownRange(a.pos(), tokPos(peek()),
                    "expression cannot contain assignment, perhaps you meant \"==\"?");
        }
        reset(m);
    }

    private static Expr lastComprehensionItem(List<Comprehension> gens) {
        Comprehension c = gens.get(gens.size() - 1);
        return c.ifs().isEmpty() ? c.iter() : c.ifs().get(c.ifs().size() - 1);
    }

    private void invalidArguments(int start) {
        // ((','.(starred_expression | (assignment_expression | expression !':=') !'=')+ ',' kwargs) | kwargs)
        //     ',' b='*'      (CPython 3.11.7)
        reset(start);
        boolean kw = false;
        Object pos1 = tryRule(() -> gather(this::argsItem));
        if (pos1 != null && at(TokenKind.COMMA)) {
            next();
            kw = tryRule(this::kwargs) != null;
        }
        if (!kw) {
            reset(start);
            kw = tryRule(this::kwargs) != null;
        }
        if (kw && at(TokenKind.COMMA)) {
            next();
            if (at(TokenKind.STAR)) {
                throw knownLocation(peek(), "iterable argument unpacking follows keyword argument unpacking");
            }
        }
        ArgList a;
        // a=expression b=for_if_clauses ',' [args | expression for_if_clauses]
        reset(start);
        Expr e = tryRule(this::expression);
        if (e != null && (at(TokenKind.FOR) || at(TokenKind.ASYNC))) {
            List<Comprehension> b = tryRule(this::forIfClauses);
            if (b != null && at(TokenKind.COMMA)) {
                next();
                if (tryRule(this::argsRule) == null) {
                    if (tryRule(this::expression) != null && (at(TokenKind.FOR) || at(TokenKind.ASYNC))) {
                        tryRule(this::forIfClauses);
                    }
                }
                throw knownRange(e.pos(), lastComprehensionItem(b).pos(), "Generator expression must be parenthesized");
            }
        }
        // a=NAME b='=' expression for_if_clauses
        reset(start);
        Token t = peek();
        if (t.kind == TokenKind.NAME && peek(1).kind == TokenKind.EQUAL) {
            next();
            Token eq = next();
            if (tryRule(this::expression) != null && (at(TokenKind.FOR) || at(TokenKind.ASYNC))
                    && tryRule(this::forIfClauses) != null) {
                throw knownRange(tokPos(t), tokPos(eq), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            }
        }
        // a=args b=for_if_clauses
        reset(start);
        a = tryRule(this::argsRule);
        if (a != null && (at(TokenKind.FOR) || at(TokenKind.ASYNC))) {
            List<Comprehension> b = tryRule(this::forIfClauses);
            if (b != null && a.args.size() > 1) {
                throw knownRange(a.args.get(a.args.size() - 1).pos(), lastComprehensionItem(b).pos(),
                        "Generator expression must be parenthesized");
            }
        }
        // args ',' a=expression b=for_if_clauses
        reset(start);
        a = tryRule(this::argsRule);
        if (a != null && at(TokenKind.COMMA)) {
            next();
            e = tryRule(this::expression);
            if (e != null && (at(TokenKind.FOR) || at(TokenKind.ASYNC))) {
                List<Comprehension> b = tryRule(this::forIfClauses);
                if (b != null) {
                    throw knownRange(e.pos(), lastComprehensionItem(b).pos(),
                            "Generator expression must be parenthesized");
                }
            }
        }
        // a=args ',' args
        reset(start);
        a = tryRule(this::argsRule);
        if (a != null && at(TokenKind.COMMA)) {
            next();
            if (tryRule(this::argsRule) != null) {
                boolean unpacking = false;
                for (Keyword k : a.keywords) {
                    if (k.arg() == null) {
                        unpacking = true;
                    }
                }
                throw atLast(unpacking ? "positional argument follows keyword argument unpacking"
                        : "positional argument follows keyword argument");
            }
        }
    }

    // ================================================================ atoms

    private Expr atom() {
        Token t = peek();
        switch (t.kind) {
            case NAME -> {
                next();
                return new Expr.Name(tokPos(t), ident(t));
            }
            case TRUE -> {
                next();
                return new Expr.Constant(tokPos(t), Boolean.TRUE);
            }
            case FALSE -> {
                next();
                return new Expr.Constant(tokPos(t), Boolean.FALSE);
            }
            case NONE -> {
                next();
                return new Expr.Constant(tokPos(t), PyNone.NONE);
            }
            case ELLIPSIS -> {
                next();
                return new Expr.Constant(tokPos(t), PyEllipsis.ELLIPSIS);
            }
            case NUMBER -> {
                next();
                return new Expr.Constant(tokPos(t), numberValue(t));
            }
            case STRING -> {
                return strings();
            }
            case LPAR -> {
                return bracketAtom(this::parenAtom);
            }
            case LSQB -> {
                return bracketAtom(this::listAtom);
            }
            case LBRACE -> {
                return bracketAtom(this::braceAtom);
            }
            default -> throw FAIL;
        }
    }

    /** Runs a display rule; in the second pass a failure tries the matching invalid_* rules (memoized). */
    private Expr bracketAtom(Supplier<Expr> rule) {
        if (callInvalid != pass2) {
            return rule.get();
        }
        int start = mark;
        Object[] memo = atomMemo.get(start);
        if (memo != null) {
            if (memo[0] == null) {
                throw FAIL;
            }
            reset((Integer) memo[1]);
            return (Expr) memo[0];
        }
        try {
            Expr e = rule.get();
            atomMemo.put(start, new Object[] {e, mark});
            return e;
        } catch (ParseFail f) {
            if (callInvalid) {
                Token open = tokens.get(start);
                reset(start);
                if (open.kind == TokenKind.LPAR) {
                    invalidGroup(start);
                }
                invalidComprehension(open, start + 1);
                reset(start);
            }
            atomMemo.put(start, new Object[] {null, start});
            throw f;
        }
    }

    private Expr parenAtom() {
        Token lpar = next();
        if (at(TokenKind.RPAR)) {
            next();
            return new Expr.TupleExpr(pos(lpar), List.of());
        }
        if (at(TokenKind.YIELD)) {
            Expr y = yieldExpr();
            expect(TokenKind.RPAR);
            return y;
        }
        Expr first = starNamedExpression();
        if (at(TokenKind.COMMA)) {
            List<Expr> elts = new ArrayList<>();
            elts.add(first);
            while (at(TokenKind.COMMA)) {
                next();
                if (at(TokenKind.RPAR)) {
                    break;
                }
                elts.add(starNamedExpression());
            }
            expect(TokenKind.RPAR);
            return new Expr.TupleExpr(pos(lpar), elts);
        }
        if (first instanceof Expr.Starred) {
            throw FAIL;
        }
        if (at(TokenKind.FOR) || at(TokenKind.ASYNC)) {
            List<Comprehension> gens = forIfClauses();
            expect(TokenKind.RPAR);
            return new Expr.GeneratorExp(pos(lpar), first, gens);
        }
        expect(TokenKind.RPAR);
        return first;
    }

    private Expr listAtom() {
        Token lsqb = next();
        if (at(TokenKind.RSQB)) {
            next();
            return new Expr.ListExpr(pos(lsqb), List.of());
        }
        Expr first = starNamedExpression();
        if (at(TokenKind.FOR) || at(TokenKind.ASYNC)) {
            if (first instanceof Expr.Starred) {
                throw FAIL;
            }
            List<Comprehension> gens = forIfClauses();
            expect(TokenKind.RSQB);
            return new Expr.ListComp(pos(lsqb), first, gens);
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (at(TokenKind.COMMA)) {
            next();
            if (at(TokenKind.RSQB)) {
                break;
            }
            elts.add(starNamedExpression());
        }
        expect(TokenKind.RSQB);
        return new Expr.ListExpr(pos(lsqb), elts);
    }

    private Expr braceAtom() {
        Token lbrace = next();
        if (at(TokenKind.RBRACE)) {
            next();
            return new Expr.DictExpr(pos(lbrace), List.of(), List.of());
        }
        List<Expr> keys = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        int afterBrace = mark;
        if (at(TokenKind.DOUBLESTAR)) {
            try {
                next();
                keys.add(null);
                values.add(bitwiseOr());
                return dictRest(lbrace, keys, values);
            } catch (ParseFail f) {
                invalidDict(afterBrace - 1);
                throw f;
            }
        }
        Token firstTok = peek();
        boolean walrusFirst = firstTok.kind == TokenKind.NAME && peek(1).kind == TokenKind.COLONEQUAL;
        Expr first = starNamedExpression();
        if (at(TokenKind.COLON) && !(first instanceof Expr.Starred) && !walrusFirst) {
            try {
                next();
                Expr v = expression();
                if (at(TokenKind.FOR) || at(TokenKind.ASYNC)) {
                    List<Comprehension> gens = forIfClauses();
                    expect(TokenKind.RBRACE);
                    return new Expr.DictComp(pos(lbrace), first, v, gens);
                }
                keys.add(first);
                values.add(v);
                return dictRest(lbrace, keys, values);
            } catch (ParseFail f) {
                // CPython's dict rule has '{' invalid_double_starred_kvpairs '}' as an ordinary alternative, so
                // these checks run in the first pass too.
                invalidDict(afterBrace - 1);
                throw f;
            }
        }
        if (at(TokenKind.FOR) || at(TokenKind.ASYNC)) {
            if (first instanceof Expr.Starred) {
                throw FAIL;
            }
            List<Comprehension> gens = forIfClauses();
            expect(TokenKind.RBRACE);
            return new Expr.SetComp(pos(lbrace), first, gens);
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (at(TokenKind.COMMA)) {
            next();
            if (at(TokenKind.RBRACE)) {
                break;
            }
            elts.add(starNamedExpression());
        }
        expect(TokenKind.RBRACE);
        return new Expr.SetExpr(pos(lbrace), elts);
    }

    private Expr dictRest(Token lbrace, List<Expr> keys, List<Expr> values) {
        while (at(TokenKind.COMMA)) {
            next();
            if (at(TokenKind.RBRACE)) {
                break;
            }
            if (at(TokenKind.DOUBLESTAR)) {
                next();
                keys.add(null);
                values.add(bitwiseOr());
            } else {
                keys.add(expression());
                expect(TokenKind.COLON);
                values.add(expression());
            }
        }
        expect(TokenKind.RBRACE);
        return new Expr.DictExpr(pos(lbrace), keys, values);
    }

    /** invalid_group: '(' starred_expression ')' | '(' '**' expression ')'. */
    private void invalidGroup(int start) {
        reset(start + 1);
        Token t = peek();
        if (t.kind == TokenKind.STAR || t.kind == TokenKind.DOUBLESTAR) {
            next();
            Expr e = tryRule(this::expression);
            if (e != null && at(TokenKind.RPAR)) {
                if (t.kind == TokenKind.STAR) {
                    throw knownLocation(posFrom(tokPos(t)), "cannot use starred expression here");
                }
                throw knownLocation(t, "cannot use double starred expression here");
            }
        }
        reset(start);
    }

    /** invalid_double_starred_kvpairs, invalid_dict_comprehension. */
    private void invalidDict(int start) {
        int afterBrace = start + 1;
        // ','.double_starred_kvpair+ ',' invalid_kvpair
        reset(afterBrace);
        if (tryRule(this::doubleStarredKvpair) != null) {
            for (;;) {
                int m = mark;
                if (!at(TokenKind.COMMA)) {
                    break;
                }
                next();
                if (tryRule(this::doubleStarredKvpair) == null) {
                    reset(m);
                    break;
                }
            }
            if (at(TokenKind.COMMA)) {
                next();
                invalidKvpair();
            }
        }
        reset(afterBrace);
        invalidKvpairTail();
        // '{' a='**' bitwise_or for_if_clauses '}'
        reset(afterBrace);
        if (callInvalid && at(TokenKind.DOUBLESTAR)) {
            Token a = next();
            if (tryRule(this::bitwiseOr) != null && (at(TokenKind.FOR) || at(TokenKind.ASYNC))
                    && tryRule(this::forIfClauses) != null && at(TokenKind.RBRACE)) {
                throw knownLocation(a, "dict unpacking cannot be used in dict comprehension");
            }
        }
        reset(start);
    }

    private Object doubleStarredKvpair() {
        if (at(TokenKind.DOUBLESTAR)) {
            next();
            return bitwiseOr();
        }
        Expr k = expression();
        expect(TokenKind.COLON);
        return expression();
    }

    private void invalidKvpair() {
        int m = mark;
        Expr a = tryRule(this::expression);
        if (a != null && !at(TokenKind.COLON)) {
            Pos p = a.pos();
            throw error("SyntaxError", "':' expected after dictionary key", p.line(),
                    unshift(p.endLine(), p.endCol()), p.endLine(), p.endLine(), 0);
        }
        reset(m);
        invalidKvpairTail();
        reset(m);
    }

    /** expression ':' a='*' bitwise_or | expression a=':' &('}'|','). */
    private void invalidKvpairTail() {
        int m = mark;
        Expr k = tryRule(this::expression);
        if (k != null && at(TokenKind.COLON)) {
            Token colon = next();
            if (at(TokenKind.STAR)) {
                Token star = next();
                if (tryRule(this::bitwiseOr) != null) {
                    throw startingFrom(tokPos(star), "cannot use a starred expression in a dictionary value");
                }
            } else if (at(TokenKind.RBRACE) || at(TokenKind.COMMA)) {
                throw knownLocation(colon, "expression expected after dictionary key and ':'");
            }
        }
        reset(m);
    }

    /** invalid_comprehension, from just after the opening bracket. */
    private void invalidComprehension(Token open, int afterOpen) {
        int saved = mark;
        reset(afterOpen);
        if (at(TokenKind.STAR)) {
            Token s = next();
            Expr e = tryRule(this::expression);
            if (e != null && (at(TokenKind.FOR) || at(TokenKind.ASYNC)) && tryRule(this::forIfClauses) != null) {
                throw knownLocation(new Pos(tokPos(s).line(), tokPos(s).col(), e.pos().endLine(), e.pos().endCol()),
                        "iterable unpacking cannot be used in comprehension");
            }
        }
        if (open.kind == TokenKind.LSQB || open.kind == TokenKind.LBRACE) {
            reset(afterOpen);
            Expr a = tryRule(this::starNamedExpression);
            if (a != null && at(TokenKind.COMMA)) {
                Token comma = next();
                int m = mark;
                List<Expr> b = tryRule(this::starNamedExpressionsSeq);
                if (b != null && (at(TokenKind.FOR) || at(TokenKind.ASYNC)) && tryRule(this::forIfClauses) != null) {
                    throw knownRange(a.pos(), b.get(b.size() - 1).pos(),
                            "did you forget parentheses around the comprehension target?");
                }
                reset(m);
                if ((at(TokenKind.FOR) || at(TokenKind.ASYNC)) && tryRule(this::forIfClauses) != null) {
                    throw knownRange(a.pos(), tokPos(comma),
                            "did you forget parentheses around the comprehension target?");
                }
            }
        }
        reset(saved);
    }

    private List<Comprehension> forIfClauses() {
        List<Comprehension> gens = new ArrayList<>();
        do {
            Token t = peek();
            if (t.kind == TokenKind.ASYNC) {
                if (peek(1).kind == TokenKind.FOR) {
                    throw unsupported(t, "'async' is not supported by pyjit");
                }
                throw FAIL;
            }
            next();
            int afterFor = mark;
            Expr target;
            try {
                target = starTargets();
                if (!at(TokenKind.IN)) {
                    throw FAIL;
                }
            } catch (ParseFail f) {
                if (callInvalid) {
                    invalidForTarget(afterFor);
                }
                throw f;
            }
            next();
            Expr iter = disjunction();
            List<Expr> ifs = new ArrayList<>();
            while (at(TokenKind.IF)) {
                next();
                ifs.add(disjunction());
            }
            gens.add(new Comprehension(target, iter, ifs));
        } while (at(TokenKind.FOR) || at(TokenKind.ASYNC));
        return gens;
    }

    // ================================================================ targets

    private static boolean startsTarget(TokenKind k) {
        return switch (k) {
            case NAME, LPAR, LSQB, STAR, STRING, NUMBER, LBRACE, TRUE, FALSE, NONE, ELLIPSIS -> true;
            default -> false;
        };
    }

    /** star_targets: star_target (',' star_target)* [','], a tuple when there is a comma. */
    private Expr starTargets() {
        Token start = peek();
        Expr first = starTarget();
        if (!at(TokenKind.COMMA)) {
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (at(TokenKind.COMMA)) {
            next();
            if (!startsTarget(peek().kind)) {
                break;
            }
            elts.add(starTarget());
        }
        return new Expr.TupleExpr(pos(start), elts);
    }

    private Expr starTarget() {
        Token t = peek();
        if (t.kind == TokenKind.STAR) {
            next();
            if (at(TokenKind.STAR)) {
                throw FAIL;
            }
            Expr inner = starTarget();
            return new Expr.Starred(pos(t), inner);
        }
        Expr e = primary();
        if (!validTargetWithStarAtom(e)) {
            throw FAIL;
        }
        return e;
    }

    // ================================================================ parameters

    /** A def's (closing ')') or lambda's (closing ':') parameter list; the closing token is not consumed. */
    private Arguments params(boolean lambda) {
        if (callInvalid) {
            return paramsPeg(lambda);
        }
        TokenKind close = lambda ? TokenKind.COLON : TokenKind.RPAR;
        List<Arguments.Arg> args = new ArrayList<>();
        List<Expr> defaults = new ArrayList<>();
        int posOnly = 0;
        Arguments.Arg vararg = null;
        List<Arguments.Arg> kwOnly = new ArrayList<>();
        List<Expr> kwDefaults = new ArrayList<>();
        Arguments.Arg kwarg = null;
        boolean seenSlash = false;
        boolean seenStar = false;
        boolean bareStar = false;
        while (!at(close)) {
            Token t = peek();
            if (kwarg != null) {
                throw FAIL;
            }
            if (t.kind == TokenKind.SLASH) {
                if (seenSlash || seenStar || args.isEmpty()) {
                    throw FAIL;
                }
                next();
                seenSlash = true;
                posOnly = args.size();
            } else if (t.kind == TokenKind.STAR) {
                if (seenStar) {
                    throw FAIL;
                }
                next();
                seenStar = true;
                if (at(TokenKind.NAME)) {
                    vararg = param(lambda, true);
                } else if (at(TokenKind.COMMA)) {
                    // '*' ',' must be followed by a parameter
                    bareStar = true;
                    next();
                    if (!at(TokenKind.NAME)) {
                        throw FAIL;
                    }
                    continue;
                } else {
                    throw FAIL;
                }
            } else if (t.kind == TokenKind.DOUBLESTAR) {
                next();
                kwarg = param(lambda, false);
            } else if (t.kind == TokenKind.NAME) {
                Arguments.Arg a = param(lambda, false);
                Expr d = null;
                if (at(TokenKind.EQUAL)) {
                    next();
                    d = expression();
                }
                if (seenStar) {
                    kwOnly.add(a);
                    kwDefaults.add(d);
                } else {
                    if (d == null && !defaults.isEmpty()) {
                        throw FAIL;
                    }
                    args.add(a);
                    if (d != null) {
                        defaults.add(d);
                    }
                }
            } else {
                throw FAIL;
            }
            if (at(TokenKind.COMMA)) {
                next();
            } else if (!at(close)) {
                throw FAIL;
            }
        }
        if (bareStar && kwOnly.isEmpty()) {
            throw FAIL;
        }
        return new Arguments(args, posOnly, defaults, vararg, kwOnly, kwDefaults, kwarg);
    }

    private Arguments.Arg param(boolean lambda, boolean star) {
        Token name = expect(TokenKind.NAME);
        if (!lambda && at(TokenKind.COLON)) {
            next();
            if (star) {
                starExpression();
            } else {
                expression();
            }
        }
        return new Arguments.Arg(pos(name), ident(name));
    }

    // The second pass runs CPython's parameter rules literally, with their invalid_* alternatives. Only the
    // errors matter there, so the result is a placeholder.

    private boolean lambdaMode;

    private Arguments paramsPeg(boolean lambda) {
        boolean saved = lambdaMode;
        lambdaMode = lambda;
        try {
            int m = mark;
            invalidParameters();
            reset(m);
            if (!pParameters()) {
                reset(m);
                throw FAIL;
            }
            return EMPTY_ARGS;
        } finally {
            lambdaMode = saved;
        }
    }

    private TokenKind closeKind() { return lambdaMode ? TokenKind.COLON : TokenKind.RPAR; }

    /** param: NAME annotation? (lambda_param: NAME). Returns the parameter's position or null. */
    private Pos pParam() {
        if (!at(TokenKind.NAME)) {
            return null;
        }
        Token name = next();
        if (!lambdaMode && at(TokenKind.COLON)) {
            int m = mark;
            next();
            if (tryRule(this::expression) == null) {
                reset(m);
            }
        }
        return pos(name);
    }

    private Pos pParamStarAnnotation() {
        if (lambdaMode || !at(TokenKind.NAME) || peek(1).kind != TokenKind.COLON) {
            return null;
        }
        int m = mark;
        Token name = next();
        next();
        if (tryRule(this::starExpression) == null) {
            reset(m);
            return null;
        }
        return pos(name);
    }

    private Pos pEnd(Pos p, int m) {
        if (p != null) {
            if (at(TokenKind.COMMA)) {
                next();
                return p;
            }
            if (at(closeKind())) {
                return p;
            }
        }
        reset(m);
        return null;
    }

    private Pos pParamNoDefault() {
        int m = mark;
        return pEnd(pParam(), m);
    }

    private Pos pParamWithDefault() {
        int m = mark;
        Pos p = pParam();
        if (p != null && !pDefault()) {
            p = null;
        }
        return pEnd(p, m);
    }

    private Pos pParamMaybeDefault() {
        int m = mark;
        Pos p = pParam();
        if (p != null) {
            int m2 = mark;
            if (!pDefault()) {
                reset(m2);
            }
        }
        return pEnd(p, m);
    }

    /** default: '=' expression | invalid_default. */
    private boolean pDefault() {
        if (!at(TokenKind.EQUAL)) {
            return false;
        }
        int m = mark;
        Token eq = next();
        if (tryRule(this::expression) != null) {
            return true;
        }
        if (at(TokenKind.RPAR) || at(TokenKind.COMMA)) {
            throw knownLocation(eq, "expected default value expression");
        }
        reset(m);
        return false;
    }

    private int pStar(Supplier<Pos> rule) {
        int n = 0;
        while (rule.get() != null) {
            n++;
        }
        return n;
    }

    private boolean pSlashTail() {
        if (!at(TokenKind.SLASH)) {
            return false;
        }
        int m = mark;
        next();
        if (at(TokenKind.COMMA)) {
            next();
            return true;
        }
        if (at(closeKind())) {
            return true;
        }
        reset(m);
        return false;
    }

    private boolean pSlashNoDefault() {
        int m = mark;
        if (pStar(this::pParamNoDefault) > 0 && pSlashTail()) {
            return true;
        }
        reset(m);
        return false;
    }

    private boolean pSlashWithDefault() {
        int m = mark;
        pStar(this::pParamNoDefault);
        if (pStar(this::pParamWithDefault) > 0 && pSlashTail()) {
            return true;
        }
        reset(m);
        return false;
    }

    private boolean pParameters() {
        int m = mark;
        if (pSlashNoDefault()) {
            pStar(this::pParamNoDefault);
            pStar(this::pParamWithDefault);
            pStarEtcOpt();
            return true;
        }
        reset(m);
        if (pSlashWithDefault()) {
            pStar(this::pParamWithDefault);
            pStarEtcOpt();
            return true;
        }
        reset(m);
        if (pStar(this::pParamNoDefault) > 0) {
            pStar(this::pParamWithDefault);
            pStarEtcOpt();
            return true;
        }
        reset(m);
        if (pStar(this::pParamWithDefault) > 0) {
            pStarEtcOpt();
            return true;
        }
        reset(m);
        if (pStarEtc()) {
            return true;
        }
        reset(m);
        return false;
    }

    private void pStarEtcOpt() {
        int m = mark;
        if (!pStarEtc()) {
            reset(m);
        }
    }

    private boolean pStarEtc() {
        int m = mark;
        invalidStarEtc();
        reset(m);
        if (at(TokenKind.STAR)) {
            next();
            if (pParamNoDefault() != null) {
                pStar(this::pParamMaybeDefault);
                pKwdsOpt();
                return true;
            }
            reset(m);
            next();
            int m2 = mark;
            Pos p = pParamStarAnnotation();
            if (pEnd(p, m2) != null) {
                pStar(this::pParamMaybeDefault);
                pKwdsOpt();
                return true;
            }
            reset(m);
            next();
            if (at(TokenKind.COMMA)) {
                next();
                if (pStar(this::pParamMaybeDefault) > 0) {
                    pKwdsOpt();
                    return true;
                }
            }
            reset(m);
        }
        if (pKwds()) {
            return true;
        }
        reset(m);
        return false;
    }

    private void pKwdsOpt() {
        int m = mark;
        if (!pKwds()) {
            reset(m);
        }
    }

    private boolean pKwds() {
        int m = mark;
        invalidKwds();
        reset(m);
        if (at(TokenKind.DOUBLESTAR)) {
            next();
            if (pParamNoDefault() != null) {
                return true;
            }
        }
        reset(m);
        return false;
    }

    private void invalidParameters() {
        int m = mark;
        // param_no_default* invalid_parameters_helper a=param_no_default
        pStar(this::pParamNoDefault);
        if (pSlashWithDefault() || pStar(this::pParamWithDefault) > 0) {
            Pos a = pParamNoDefault();
            if (a != null) {
                throw knownLocation(a, "non-default argument follows default argument");
            }
        }
        // param_no_default* a='(' param_no_default+ ','? b=')'
        reset(m);
        pStar(this::pParamNoDefault);
        if (at(TokenKind.LPAR)) {
            Token a = next();
            boolean ok;
            if (lambdaMode) {
                ok = at(TokenKind.NAME);
                if (ok) {
                    next();
                    while (at(TokenKind.COMMA) && peek(1).kind == TokenKind.NAME) {
                        next();
                        next();
                    }
                }
            } else {
                int n = 0;
                while (pParamNoDefaultParen() != null) {
                    n++;
                }
                ok = n > 0;
            }
            if (ok) {
                if (at(TokenKind.COMMA)) {
                    next();
                }
                if (at(TokenKind.RPAR)) {
                    throw knownRange(tokPos(a), tokPos(peek()), lambdaMode
                            ? "Lambda expression parameters cannot be parenthesized"
                            : "Function parameters cannot be parenthesized");
                }
            }
        }
        // a="/" ','
        reset(m);
        if (at(TokenKind.SLASH) && peek(1).kind == TokenKind.COMMA) {
            throw knownLocation(peek(), "at least one argument must precede /");
        }
        // (slash_no_default | slash_with_default) param_maybe_default* a='/'
        reset(m);
        if (pSlashNoDefault() || pSlashWithDefault()) {
            pStar(this::pParamMaybeDefault);
            if (at(TokenKind.SLASH)) {
                throw knownLocation(peek(), "/ may appear only once");
            }
        }
        // (slash_no_default | slash_with_default)? param_maybe_default* '*' (',' | param_no_default)
        //     param_maybe_default* a='/'
        reset(m);
        if (!pSlashNoDefault()) {
            pSlashWithDefault();
        }
        pStar(this::pParamMaybeDefault);
        if (at(TokenKind.STAR)) {
            next();
            boolean ok;
            if (at(TokenKind.COMMA)) {
                next();
                ok = true;
            } else {
                ok = pParamNoDefault() != null;
            }
            if (ok) {
                pStar(this::pParamMaybeDefault);
                if (at(TokenKind.SLASH)) {
                    throw knownLocation(peek(), "/ must be ahead of *");
                }
            }
        }
        // param_maybe_default+ '/' a='*'
        reset(m);
        if (pStar(this::pParamMaybeDefault) > 0 && at(TokenKind.SLASH)) {
            next();
            if (at(TokenKind.STAR)) {
                throw knownLocation(peek(), "expected comma between / and *");
            }
        }
        reset(m);
    }

    private Pos pParamNoDefaultParen() {
        int m = mark;
        Pos p = pParam();
        if (p != null) {
            if (at(TokenKind.COMMA)) {
                next();
                return p;
            }
            if (at(TokenKind.RPAR)) {
                return p;
            }
        }
        reset(m);
        return null;
    }

    private void invalidStarEtc() {
        int m = mark;
        if (!at(TokenKind.STAR)) {
            return;
        }
        Token star = next();
        // a='*' (')' | ',' (')' | '**'))   (lambda: ':' instead of ')', and no location)
        TokenKind close = closeKind();
        if (at(close) || (at(TokenKind.COMMA)
                && (peek(1).kind == close || peek(1).kind == TokenKind.DOUBLESTAR))) {
            if (lambdaMode) {
                if (at(TokenKind.COMMA)) {
                    next();
                }
                throw atLast("named arguments must follow bare *");
            }
            throw knownLocation(star, "named arguments must follow bare *");
        }
        // '*' param a='='
        reset(m);
        next();
        if (pParam() != null && at(TokenKind.EQUAL)) {
            throw knownLocation(peek(), "var-positional argument cannot have default value");
        }
        // '*' (param_no_default | ',') param_maybe_default* a='*' (param_no_default | ',')
        reset(m);
        next();
        boolean ok;
        if (pParamNoDefault() != null) {
            ok = true;
        } else if (at(TokenKind.COMMA)) {
            next();
            ok = true;
        } else {
            ok = false;
        }
        if (ok) {
            pStar(this::pParamMaybeDefault);
            if (at(TokenKind.STAR)) {
                Token a = next();
                if (pParamNoDefault() != null || at(TokenKind.COMMA)) {
                    throw knownLocation(a, "* argument may appear only once");
                }
            }
        }
        reset(m);
    }

    private void invalidKwds() {
        int m = mark;
        if (!at(TokenKind.DOUBLESTAR)) {
            return;
        }
        next();
        if (pParam() != null) {
            if (at(TokenKind.EQUAL)) {
                throw knownLocation(peek(), "var-keyword argument cannot have default value");
            }
            if (at(TokenKind.COMMA)) {
                next();
                Pos a = pParam();
                if (a != null) {
                    throw knownLocation(a, "arguments cannot follow var-keyword argument");
                }
                Token t = peek();
                if (t.kind == TokenKind.STAR || t.kind == TokenKind.DOUBLESTAR || t.kind == TokenKind.SLASH) {
                    throw knownLocation(t, "arguments cannot follow var-keyword argument");
                }
            }
        }
        reset(m);
    }

    // ================================================================ literals

    private Object numberValue(Token t) {
        if (Lexer.isImaginary(t)) {
            // Reported only if the rest of the source parses, so that real syntax errors come first.
            if (deferred[0] == null) {
                deferred[0] = knownLocation(t, "imaginary numbers are not supported by pyjit");
            }
            return 0L;
        }
        int[] src = lexer.src;
        int len = t.end - t.start;
        if (len <= 18) {
            // Fast path for short decimal integers (no underscores, no leading zero).
            long v = 0;
            boolean simple = len == 1 || src[t.start] != '0';
            for (int i = t.start; simple && i < t.end; i++) {
                int c = src[i];
                if (c < '0' || c > '9') {
                    simple = false;
                } else {
                    v = v * 10 + (c - '0');
                }
            }
            if (simple) {
                return v;
            }
        }
        String s = t.text();
        if (s.indexOf('_') >= 0) {
            s = s.replace("_", "");
        }
        if (s.length() > 1 && s.charAt(0) == '0') {
            char c = s.charAt(1);
            if (c == 'x' || c == 'X') {
                return intValue(s.substring(2), 16);
            } else if (c == 'o' || c == 'O') {
                return intValue(s.substring(2), 8);
            } else if (c == 'b' || c == 'B') {
                return intValue(s.substring(2), 2);
            }
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.' || c == 'e' || c == 'E') {
                return Double.parseDouble(s);
            }
        }
        return intValue(s, 10);
    }

    private static Object intValue(String digits, int radix) {
        int safe = radix == 10 ? 18 : radix == 16 ? 15 : radix == 8 ? 20 : 62;
        if (digits.length() <= safe) {
            return Long.parseLong(digits, radix);
        }
        BigInteger b = radix == 10 ? decimalToBig(digits, 0, digits.length()) : powerOfTwoToBig(digits, radix);
        return b.bitLength() < 64 ? (Object) b.longValue() : b;
    }

    /** Decimal digits to BigInteger by splitting in halves, so that huge literals convert in subquadratic time. */
    private static BigInteger decimalToBig(String digits, int from, int to) {
        int len = to - from;
        if (len <= 1000) {
            return new BigInteger(digits.substring(from, to));
        }
        int half = len / 2;
        BigInteger high = decimalToBig(digits, from, to - half);
        BigInteger low = decimalToBig(digits, to - half, to);
        return high.multiply(BigInteger.TEN.pow(half)).add(low);
    }

    /** Hex, octal or binary digits to BigInteger, in linear time. */
    private static BigInteger powerOfTwoToBig(String digits, int radix) {
        int bitsPerDigit = radix == 16 ? 4 : radix == 8 ? 3 : 1;
        int totalBits = digits.length() * bitsPerDigit;
        byte[] mag = new byte[totalBits / 8 + 1];
        int bit = 0;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int v = Character.digit(digits.charAt(i), radix);
            for (int k = 0; k < bitsPerDigit; k++, bit++) {
                if ((v >> k & 1) != 0) {
                    mag[mag.length - 1 - bit / 8] |= (byte) (1 << (bit % 8));
                }
            }
        }
        return new BigInteger(1, mag);
    }

    /** One STRING token, decoded (or, for an f-string, the range of its body). */
    private record StrInfo(boolean bytes, boolean raw, boolean fstring, String str, byte[] data, int bodyStart,
                           int bodyEnd) {}

    private static final class FState {
        StringBuilder last;
        final List<Expr> values = new ArrayList<>();
        boolean fmode;

        void concat(String s) {
            if (s.isEmpty()) {
                return;
            }
            if (last == null) {
                last = new StringBuilder(s);
            } else {
                last.append(s);
            }
        }

        Expr finish(Pos p) {
            if (!fmode) {
                return new Expr.Constant(p, last == null ? "" : last.toString());
            }
            if (last != null) {
                values.add(new Expr.Constant(p, last.toString()));
                last = null;
            }
            return new Expr.JoinedStr(p, values);
        }
    }

    /** strings: STRING+, concatenated (CPython's _PyPegen_concatenate_strings). */
    private Expr strings() {
        List<Token> toks = new ArrayList<>();
        while (at(TokenKind.STRING)) {
            toks.add(next());
        }
        Token first = toks.get(0);
        Token last = toks.get(toks.size() - 1);
        Pos p = mkPos(first.line, first.col, last.endLine, last.endCol);
        boolean bytesmode = false;
        java.io.ByteArrayOutputStream bytes = null;
        FState st = new FState();
        for (int i = 0; i < toks.size(); i++) {
            Token t = toks.get(i);
            StrInfo info = parseStr(t);
            if (i != 0 && bytesmode != info.bytes()) {
                throw atLast("cannot mix bytes and nonbytes literals");
            }
            bytesmode = info.bytes();
            if (info.fstring()) {
                int[] str = {info.bodyStart()};
                fstringConcat(st, str, info.bodyEnd(), info.raw(), 0, p, t);
            } else if (bytesmode) {
                if (bytes == null) {
                    bytes = new java.io.ByteArrayOutputStream();
                }
                bytes.writeBytes(info.data());
            } else {
                st.concat(info.str());
            }
        }
        if (bytesmode) {
            return new Expr.Constant(p, new org.pyjit.interp.runtime.PyBytes(bytes.toByteArray()));
        }
        return st.finish(p);
    }

    private StrInfo parseStr(Token t) {
        int[] src = lexer.src;
        int s = t.start;
        boolean bytes = false;
        boolean raw = false;
        boolean fmode = false;
        for (;;) {
            int c = src[s];
            if (c == 'b' || c == 'B') {
                bytes = true;
            } else if (c == 'r' || c == 'R') {
                raw = true;
            } else if (c == 'f' || c == 'F') {
                fmode = true;
            } else if (c != 'u' && c != 'U') {
                break;
            }
            s++;
        }
        int quote = src[s];
        int bodyStart = s + 1;
        int bodyEnd = t.end - 1;
        if (bodyEnd - bodyStart >= 4 && src[bodyStart] == quote && src[bodyStart + 1] == quote) {
            bodyStart += 2;
            bodyEnd -= 2;
        }
        if (fmode) {
            return new StrInfo(false, raw, true, null, null, bodyStart, bodyEnd);
        }
        boolean backslash = false;
        for (int i = bodyStart; i < bodyEnd; i++) {
            if (src[i] == '\\') {
                backslash = true;
                break;
            }
        }
        raw = raw || !backslash;
        if (bytes) {
            for (int i = bodyStart; i < bodyEnd; i++) {
                if (src[i] >= 0x80) {
                    throw knownLocation(t, "bytes can only contain ASCII literal characters");
                }
            }
            byte[] data;
            if (raw) {
                data = new byte[bodyEnd - bodyStart];
                for (int i = bodyStart; i < bodyEnd; i++) {
                    data[i - bodyStart] = (byte) src[i];
                }
            } else {
                data = decodeBytesEscapes(bodyStart, bodyEnd);
            }
            return new StrInfo(true, raw, false, null, data, bodyStart, bodyEnd);
        }
        String str = raw ? new String(src, bodyStart, bodyEnd - bodyStart) : decodeUnicodeEscapes(bodyStart, bodyEnd);
        return new StrInfo(false, raw, false, str, null, bodyStart, bodyEnd);
    }

    private static int hexValue(int c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        } else if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        } else if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    private PySyntaxError unicodeError(int start, int end, String msg) {
        return atLast("(unicode error) 'unicodeescape' codec can't decode bytes in position " + start + "-"
                + (end - 1) + ": " + msg);
    }

    /**
     * The unicode_escape decoding of a str literal's body. Error positions count bytes of the buffer CPython
     * decodes, where each non-ASCII character has been spelled as a 10-byte \\UXXXXXXXX escape.
     */
    private String decodeUnicodeEscapes(int from, int to) {
        int[] src = lexer.src;
        StringBuilder sb = new StringBuilder(to - from);
        int i = from;
        int bp = 0;
        while (i < to) {
            int c = src[i];
            if (c != '\\') {
                sb.appendCodePoint(c);
                bp += c < 0x80 ? 1 : 10;
                i++;
                continue;
            }
            int startBp = bp;
            i++;
            bp++;
            if (i >= to || src[i] >= 0x80) {
                sb.append('\\');
                bp += 5;
                continue;
            }
            int c2 = src[i++];
            bp++;
            switch (c2) {
                case '\n' -> {
                }
                case '\\', '\'', '"' -> sb.append((char) c2);
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 't' -> sb.append('\t');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 'v' -> sb.append('\u000b');
                case 'a' -> sb.append('\u0007');
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int v = c2 - '0';
                    if (i < to && src[i] >= '0' && src[i] <= '7') {
                        v = v * 8 + src[i++] - '0';
                        bp++;
                        if (i < to && src[i] >= '0' && src[i] <= '7') {
                            v = v * 8 + src[i++] - '0';
                            bp++;
                        }
                    }
                    sb.appendCodePoint(v);
                }
                case 'x', 'u', 'U' -> {
                    int count = c2 == 'x' ? 2 : c2 == 'u' ? 4 : 8;
                    String msg = c2 == 'x' ? "truncated \\xXX escape" : c2 == 'u' ? "truncated \\uXXXX escape"
                            : "truncated \\UXXXXXXXX escape";
                    long ch = 0;
                    for (int k = 0; k < count; k++) {
                        if (i >= to) {
                            throw unicodeError(startBp, bp, msg);
                        }
                        int d = hexValue(src[i]);
                        if (d < 0) {
                            throw unicodeError(startBp, bp, msg);
                        }
                        ch = ch * 16 + d;
                        i++;
                        bp++;
                    }
                    if (ch > 0x10FFFF) {
                        throw unicodeError(startBp, bp, "illegal Unicode character");
                    }
                    sb.appendCodePoint((int) ch);
                }
                case 'N' -> {
                    String msg = "malformed \\N character escape";
                    if (i < to && src[i] == '{') {
                        int nameStart = ++i;
                        bp++;
                        while (i < to && src[i] != '}') {
                            bp += src[i] < 0x80 ? 1 : 10;
                            i++;
                        }
                        if (i < to && i > nameStart) {
                            String name = new String(src, nameStart, i - nameStart);
                            i++;
                            bp++;
                            int cp = -1;
                            try {
                                cp = Character.codePointOf(name);
                            } catch (IllegalArgumentException e) {
                                cp = -1;
                            }
                            if (cp >= 0) {
                                sb.appendCodePoint(cp);
                                continue;
                            }
                            msg = "unknown Unicode character name";
                        }
                    }
                    throw unicodeError(startBp, bp, msg);
                }
                default -> sb.append('\\').append((char) c2);
            }
        }
        return sb.toString();
    }

    private byte[] decodeBytesEscapes(int from, int to) {
        int[] src = lexer.src;
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(to - from);
        int i = from;
        while (i < to) {
            int c = src[i];
            if (c != '\\') {
                out.write(c);
                i++;
                continue;
            }
            i++;
            if (i >= to) {
                throw atLast("(value error) Trailing \\ in string");
            }
            int c2 = src[i++];
            switch (c2) {
                case '\n' -> {
                }
                case '\\', '\'', '"' -> out.write(c2);
                case 'b' -> out.write(8);
                case 'f' -> out.write(12);
                case 't' -> out.write(9);
                case 'n' -> out.write(10);
                case 'r' -> out.write(13);
                case 'v' -> out.write(11);
                case 'a' -> out.write(7);
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int v = c2 - '0';
                    if (i < to && src[i] >= '0' && src[i] <= '7') {
                        v = v * 8 + src[i++] - '0';
                        if (i < to && src[i] >= '0' && src[i] <= '7') {
                            v = v * 8 + src[i++] - '0';
                        }
                    }
                    out.write(v & 0xFF);
                }
                case 'x' -> {
                    int d1 = i < to ? hexValue(src[i]) : -1;
                    int d2 = i + 1 < to ? hexValue(src[i + 1]) : -1;
                    if (d1 < 0 || d2 < 0) {
                        throw atLast("(value error) invalid \\x escape at position " + (i - 2 - from));
                    }
                    out.write(d1 * 16 + d2);
                    i += 2;
                }
                default -> {
                    out.write('\\');
                    i--;
                }
            }
        }
        return out.toByteArray();
    }

    // ---------------------------------------------------------------- f-strings (CPython 3.11's string_parser.c)

    /**
     * Parses the f-string body from str[0] to end into st. p is the position of the whole concatenation, t the
     * token being parsed.
     */
    private void fstringConcat(FState st, int[] str, int end, boolean raw, int lvl, Pos p, Token t) {
        st.fmode = true;
        int[] src = lexer.src;
        for (;;) {
            String[] lit = new String[1];
            int result = fstringFindLiteral(str, end, raw, lvl, lit);
            if (lit[0] != null) {
                st.concat(lit[0]);
            }
            if (result == 1) {
                continue;
            }
            if (str[0] >= end || src[str[0]] == '}') {
                break;
            }
            String[] exprText = new String[1];
            Expr expression = fstringFindExpr(str, end, raw, lvl, exprText, p, t);
            if (exprText[0] != null) {
                st.concat(exprText[0]);
            }
            if (st.last != null) {
                st.values.add(new Expr.Constant(p, st.last.toString()));
                st.last = null;
            }
            st.values.add(expression);
        }
        if (lvl == 0 && str[0] < end - 1) {
            throw atLast("f-string: unexpected end of string");
        }
        if (lvl != 0 && (str[0] >= end || src[str[0]] != '}')) {
            throw atLast("f-string: expecting '}'");
        }
    }

    private int fstringFindLiteral(int[] str, int end, boolean raw, int lvl, String[] literal) {
        int[] src = lexer.src;
        int s = str[0];
        int literalStart = s;
        int result = 0;
        boolean doubled = false;
        while (s < end) {
            int ch = src[s++];
            if (!raw && ch == '\\' && s < end) {
                ch = src[s++];
                if (ch == 'N') {
                    if (s < end && src[s++] == '{') {
                        while (s < end && src[s++] != '}') {
                            // skip the character name
                        }
                        continue;
                    }
                    break;
                }
            }
            if (ch == '{' || ch == '}') {
                if (lvl == 0) {
                    if (s < end && src[s] == ch) {
                        str[0] = s + 1;
                        result = 1;
                        doubled = true;
                        break;
                    }
                    if (ch == '}') {
                        str[0] = s - 1;
                        throw atLast("f-string: single '}' is not allowed");
                    }
                }
                s--;
                break;
            }
        }
        if (!doubled) {
            str[0] = s;
        }
        if (literalStart != s) {
            literal[0] = raw ? new String(src, literalStart, s - literalStart) : decodeUnicodeEscapes(literalStart, s);
        }
        return result;
    }

    private static boolean isPySpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0b || c == 0x0c;
    }

    private Expr fstringFindExpr(int[] str, int end, boolean raw, int lvl, String[] exprText, Pos p, Token t) {
        int[] src = lexer.src;
        if (lvl >= 2) {
            throw atLast("f-string: expressions nested too deeply");
        }
        str[0]++;
        int exprStart = str[0];
        int quoteChar = 0;
        int stringType = 0;
        int nestedDepth = 0;
        int[] parenStack = new int[200];
        for (; str[0] < end; str[0]++) {
            int ch = src[str[0]];
            if (ch == '\\') {
                throw atLast("f-string expression part cannot include a backslash");
            }
            if (quoteChar != 0) {
                if (ch == quoteChar) {
                    if (stringType == 3) {
                        if (str[0] + 2 < end && src[str[0] + 1] == ch && src[str[0] + 2] == ch) {
                            str[0] += 2;
                            stringType = 0;
                            quoteChar = 0;
                        }
                    } else {
                        stringType = 0;
                        quoteChar = 0;
                    }
                }
            } else if (ch == '\'' || ch == '"') {
                if (str[0] + 2 < end && src[str[0] + 1] == ch && src[str[0] + 2] == ch) {
                    stringType = 3;
                    str[0] += 2;
                } else {
                    stringType = 1;
                }
                quoteChar = ch;
            } else if (ch == '[' || ch == '{' || ch == '(') {
                if (nestedDepth >= 200) {
                    throw atLast("f-string: too many nested parenthesis");
                }
                parenStack[nestedDepth++] = ch;
            } else if (ch == '#') {
                throw atLast("f-string expression part cannot include '#'");
            } else if (nestedDepth == 0
                    && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<')) {
                if (str[0] + 1 < end) {
                    int nx = src[str[0] + 1];
                    if ((ch == '!' && nx == '=') || (ch == '=' && nx == '=') || (ch == '<' && nx == '=')
                            || (ch == '>' && nx == '=')) {
                        str[0] += 1;
                        continue;
                    }
                }
                if (ch == '>' || ch == '<') {
                    continue;
                }
                break;
            } else if (ch == ']' || ch == '}' || ch == ')') {
                if (nestedDepth == 0) {
                    throw atLast("f-string: unmatched '" + (char) ch + "'");
                }
                nestedDepth--;
                int opening = parenStack[nestedDepth];
                if (!((opening == '(' && ch == ')') || (opening == '[' && ch == ']')
                        || (opening == '{' && ch == '}'))) {
                    throw atLast("f-string: closing parenthesis '" + (char) ch
                            + "' does not match opening parenthesis '" + (char) opening + "'");
                }
            }
        }
        int exprEnd = str[0];
        if (quoteChar != 0) {
            throw atLast("f-string: unterminated string");
        }
        if (nestedDepth != 0) {
            throw atLast("f-string: unmatched '" + (char) parenStack[nestedDepth - 1] + "'");
        }
        if (str[0] >= end) {
            throw atLast("f-string: expecting '}'");
        }
        Expr simple = fstringCompileExpr(exprStart, exprEnd);
        if (src[str[0]] == '=') {
            str[0]++;
            while (isPySpace(src[str[0]])) {
                str[0]++;
            }
            exprText[0] = new String(src, exprStart, str[0] - exprStart);
        }
        int conversion = -1;
        if (src[str[0]] == '!') {
            str[0]++;
            if (str[0] >= end) {
                throw atLast("f-string: expecting '}'");
            }
            conversion = src[str[0]];
            str[0]++;
            if (!(conversion == 's' || conversion == 'r' || conversion == 'a')) {
                throw atLast("f-string: invalid conversion character: expected 's', 'r', or 'a'");
            }
        }
        if (str[0] >= end) {
            throw atLast("f-string: expecting '}'");
        }
        Expr formatSpec = null;
        if (src[str[0]] == ':') {
            str[0]++;
            if (str[0] >= end) {
                throw atLast("f-string: expecting '}'");
            }
            FState spec = new FState();
            fstringConcat(spec, str, end, raw, lvl + 1, p, t);
            formatSpec = spec.finish(tokPos(t));
        }
        if (str[0] >= end || src[str[0]] != '}') {
            throw atLast("f-string: expecting '}'");
        }
        str[0]++;
        if (exprText[0] != null && formatSpec == null && conversion == -1) {
            conversion = 'r';
        }
        return new Expr.FormattedValue(p, simple, conversion, formatSpec);
    }

    /** Parses "(" + expression text + ")" with a sub-parser whose positions map back onto the source. */
    private Expr fstringCompileExpr(int exprStart, int exprEnd) {
        int[] src = lexer.src;
        int s = exprStart;
        while (s < exprEnd && (src[s] == ' ' || src[s] == '\t' || src[s] == '\n' || src[s] == '\f')) {
            s++;
        }
        if (s == exprEnd) {
            int c = src[exprEnd];
            if (c == '!' || c == ':' || c == '=') {
                throw atLast("f-string: expression required before '" + (char) c + "'");
            }
            throw atLast("f-string: empty expression not allowed");
        }
        int len = exprEnd - exprStart;
        int[] sub = new int[len + 3];
        sub[0] = '(';
        System.arraycopy(src, exprStart, sub, 1, len);
        sub[len + 1] = ')';
        sub[len + 2] = '\n';
        int brace = exprStart - 1;
        int realLine = lexer.lineOf(brace) + lexer.lineOffset;
        int realCol = shiftCol(realLine, lexer.colOf(brace));
        Lexer sl = new Lexer(sub, filename, realLine - 1, true, "f-string: ");
        Parser sp = new Parser(sl, filename, true, realLine, realCol, recDepth, deferred);
        return sp.run(sp::fstringRule);
    }
}
