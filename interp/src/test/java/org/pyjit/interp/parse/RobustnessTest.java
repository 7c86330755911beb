package org.pyjit.interp.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.time.Duration;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.pyjit.interp.ast.Expr;
import org.pyjit.interp.ast.Module;
import org.pyjit.interp.ast.Stmt;

/**
 * Hostile inputs: none may crash the parser with a Java exception, hang or overflow the stack. Each has a time
 * limit far above what it needs (the limits allow for slow shared machines).
 */
class RobustnessTest {
    private static final Duration LIMIT = Duration.ofSeconds(5);

    /** Parses within the time limit; returns the module or the syntax error. */
    private static Object parse(String src) {
        return assertTimeoutPreemptively(LIMIT, () -> {
            try {
                return Parser.parse(src, "x.py");
            } catch (PySyntaxError e) {
                return e;
            }
        });
    }

    private static PySyntaxError error(String src) {
        return assertInstanceOf(PySyntaxError.class, parse(src));
    }

    private static Module module(String src) {
        return assertInstanceOf(Module.class, parse(src));
    }

    @Test
    void tenThousandOpenParentheses() {
        PySyntaxError e = error("(".repeat(10_000));
        assertEquals("too many nested parentheses", e.msg());
        assertEquals(201, e.offset());
        e = error("(".repeat(10_000) + ")".repeat(10_000));
        assertEquals("too many nested parentheses", e.msg());
    }

    @Test
    void nestedBracketsUpToTheLimitParse() {
        module("[".repeat(199) + "x" + "]".repeat(199));
        module("[(".repeat(99) + "x" + ")]".repeat(99));
        module("f(".repeat(199) + "x" + ")".repeat(199));
        module("{1:".repeat(199) + "1" + "}".repeat(199));
        module("[".repeat(199) + "-".repeat(2000) + "x" + "]".repeat(199));
    }

    @Test
    void errorsDeepInsideNestedBrackets() {
        assertEquals("invalid syntax. Perhaps you forgot a comma?", error("[".repeat(199) + "x y" + "]".repeat(199)).msg());
        assertEquals("invalid syntax. Perhaps you forgot a comma?", error("f(".repeat(199) + "x y" + ")".repeat(199)).msg());
        assertEquals("positional argument follows keyword argument",
                error("f(a=1, ".repeat(199) + "x" + ")".repeat(199)).msg());
        PySyntaxError e = error("[".repeat(199) + "x" + "]".repeat(199) + "\nx y");
        assertEquals("invalid syntax", e.msg());
        assertEquals(2, e.line());
    }

    @Test
    void thousandNestedIfs() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            sb.append(" ".repeat(i)).append("if x:\n");
        }
        sb.append(" ".repeat(1000)).append("pass\n");
        PySyntaxError e = error(sb.toString());
        assertEquals("IndentationError", e.kind());
        assertEquals("too many levels of indentation", e.msg());
        assertEquals(101, e.line());
    }

    @Test
    void ninetyNineNestedIfsParse() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 99; i++) {
            sb.append("    ".repeat(i)).append("if x:\n");
        }
        sb.append("    ".repeat(99)).append("pass\n");
        module(sb.toString());
    }

    @Test
    void longChainsOfPrefixOperators() {
        assertEquals("too many nested parentheses", error("-".repeat(100_000) + "1").msg());
        assertEquals("too many nested parentheses", error("not ".repeat(100_000) + "x").msg());
        assertEquals("too many nested parentheses", error("2**".repeat(100_000) + "2").msg());
        assertEquals("too many nested parentheses", error("lambda: ".repeat(5000) + "1").msg());
        assertEquals("too many nested parentheses", error("a if b else ".repeat(10_000) + "c").msg());
        assertEquals("too many nested parentheses", error("lambda a=".repeat(2000) + "1" + ": 1".repeat(2000)).msg());
        // what CPython compiles is accepted
        module("-".repeat(2000) + "1");
        module("lambda: ".repeat(1000) + "1");
        module("2**".repeat(1000) + "2");
    }

    @Test
    void oneMegabyteSumParsesIteratively() {
        Module m = module("1" + "+1".repeat(500_000));
        Expr e = ((Stmt.ExprStmt) m.body().get(0)).value();
        int depth = 0;
        while (e instanceof Expr.BinOp b) {
            depth++;
            e = b.left();
        }
        assertEquals(500_000, depth);
    }

    @Test
    void longTrailerChains() {
        module("x" + ".a".repeat(100_000));
        module("x" + "[0]".repeat(10_000));
        module("x" + "()".repeat(10_000));
    }

    @Test
    void hugeIntegerLiterals() {
        Module m = module("x = " + "7".repeat(100_000));
        Object v = ((Expr.Constant) ((Stmt.Assign) m.body().get(0)).value()).value();
        assertEquals(new BigInteger("7".repeat(100_000)), v);
        m = module("x = 0x" + "f".repeat(100_000));
        v = ((Expr.Constant) ((Stmt.Assign) m.body().get(0)).value()).value();
        assertEquals(BigInteger.ONE.shiftLeft(400_000).subtract(BigInteger.ONE), v);
        module("x = '" + "a".repeat(1_000_000) + "'");
    }

    @Test
    void binaryGarbage() {
        Random r = new Random(42);
        for (int k = 0; k < 20; k++) {
            char[] c = new char[20_000];
            for (int i = 0; i < c.length; i++) {
                c[i] = (char) r.nextInt(k % 2 == 0 ? 256 : 0x3000);
            }
            parse(new String(c));
        }
        PySyntaxError e = error("x = 1\ny = 2\u0000\n");
        assertEquals("source code cannot contain null bytes", e.msg());
        assertEquals(2, e.line());
    }

    @Test
    void randomTokenSoup() {
        String[] toks = {"(", ")", "[", "]", "{", "}", "x", "1", ",", ":", "=", "if", "else", "for", "in", "lambda",
            "*", "**", "\n", " ", "'", "\"", "f'{", "}", "\\", "\t", "not", "-", "yield", "def", "class", "@", ".",
            ";", "    ", ":=", "->", "async", "await", "match", "1j", "é", "#"};
        Random r = new Random(7);
        for (int k = 0; k < 300; k++) {
            StringBuilder sb = new StringBuilder();
            int n = 1 + r.nextInt(k < 250 ? 30 : 5000);
            for (int i = 0; i < n; i++) {
                sb.append(toks[r.nextInt(toks.length)]).append(r.nextBoolean() ? " " : "");
            }
            parse(sb.toString());
        }
    }

    @Test
    void bigFiles() {
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            big.append("def f").append(i).append("(a, b=1):\n    return [x for x in a if x > b]\n");
        }
        assertEquals(20_000, module(big.toString()).body().size());
        PySyntaxError e = error(big + "x y\n");
        assertEquals(40_001, e.line());
        e = error("x y\n" + big);
        assertEquals(1, e.line());
        module("x = " + "f'{a}{b!r:>{w}}' ".repeat(20_000));
    }

    @Test
    void smallEdgeCases() {
        assertTrue(module("").body().isEmpty());
        assertTrue(module("\n\n\n").body().isEmpty());
        assertTrue(module("# only a comment").body().isEmpty());
        assertTrue(module("# a\n   # b\n\t# c\n").body().isEmpty());
        assertEquals(1, module("x = 1").body().size());
        assertEquals(2, module("x = 1\r\nif x:\r\n  y = 2\r\n").body().size());
        assertEquals(1, module("x = 1\ry = 2\r").body().size() - 1);
        Stmt s = module("\uFEFFx = 1\n").body().get(0);
        assertEquals(0, s.pos().col());
        assertEquals("unexpected EOF while parsing", error("x = 1 \\").msg());
        assertEquals("'(' was never closed", error("(").msg());
        assertThrows(PySyntaxError.class, () -> Parser.parse("\u0000", "x.py"));
    }
}
