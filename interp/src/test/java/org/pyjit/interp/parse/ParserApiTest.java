package org.pyjit.interp.parse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.pyjit.interp.ast.Arguments;
import org.pyjit.interp.ast.Expr;
import org.pyjit.interp.ast.Module;
import org.pyjit.interp.ast.Operator;
import org.pyjit.interp.ast.Pos;
import org.pyjit.interp.ast.Stmt;
import org.pyjit.interp.ast.UnaryOperator;
import org.pyjit.interp.runtime.PyBytes;
import org.pyjit.interp.runtime.PyEllipsis;
import org.pyjit.interp.runtime.PyNone;

/** The Java-level contract of the parser: node contents, constant types, positions and the error API. */
class ParserApiTest {
    private static List<Stmt> body(String src) { return Parser.parse(src, "x.py").body(); }

    private static Expr expr(String src) { return ((Stmt.ExprStmt) body(src).get(0)).value(); }

    private static Object constant(String src) { return ((Expr.Constant) expr(src)).value(); }

    private static PySyntaxError error(String src) {
        return assertThrows(PySyntaxError.class, () -> Parser.parse(src, "x.py"));
    }

    @Test
    void constantTypes() {
        assertEquals(1L, constant("1"));
        assertEquals(0L, constant("0_0"));
        assertEquals(255L, constant("0xff"));
        assertEquals(8L, constant("0o10"));
        assertEquals(5L, constant("0b101"));
        assertEquals(Long.MAX_VALUE, constant("9223372036854775807"));
        assertEquals(new BigInteger("9223372036854775808"), constant("9223372036854775808"));
        assertEquals(BigInteger.ONE.shiftLeft(64), constant("0x1_0000_0000_0000_0000"));
        assertEquals(1.5, constant("1.5"));
        assertEquals(0.5, constant(".5"));
        assertEquals(1e10, constant("1e10"));
        assertEquals(Double.POSITIVE_INFINITY, constant("1e400"));
        assertEquals("ab", constant("'a' \"b\""));
        assertEquals(Boolean.TRUE, constant("True"));
        assertEquals(Boolean.FALSE, constant("False"));
        assertSame(PyNone.NONE, constant("None"));
        assertSame(PyEllipsis.ELLIPSIS, constant("..."));
        PyBytes b = assertInstanceOf(PyBytes.class, constant("b'a\\xff' b'\\0'"));
        assertArrayEquals(new byte[] {'a', (byte) 0xff, 0}, b.bytes);
    }

    @Test
    void stringEscapes() {
        assertEquals("\n\t\r\\'\"\u0007\b\f\u000b\0", constant("'\\n\\t\\r\\\\\\'\\\"\\a\\b\\f\\v\\0'"));
        assertEquals("AAA\u01ff\u0007", constant("'\\x41\\u0041\\U00000041\\777\\7'"));
        assertEquals("1", constant("'\\N{DIGIT ONE}'"));
        assertEquals("\\q", constant("'\\q'"));
        assertEquals("ab", constant("'a\\\nb'"));
        assertEquals("\\n", constant("r'\\n'"));
        assertEquals("日本😀", constant("'日本😀'"));
        assertEquals("a\nb", constant("'''a\nb'''"));
        assertArrayEquals(new byte[] {(byte) 0xff}, ((PyBytes) constant("b'\\777'")).bytes);
    }

    @Test
    void negativeNumbersArePrefixOperators() {
        Expr.UnaryOp u = assertInstanceOf(Expr.UnaryOp.class, expr("-1"));
        assertEquals(UnaryOperator.NEG, u.op());
        assertEquals(1L, ((Expr.Constant) u.operand()).value());
        // -2**2 == -(2**2), 2**-1 == 2**(-1)
        u = assertInstanceOf(Expr.UnaryOp.class, expr("-2**2"));
        assertEquals(Operator.POW, ((Expr.BinOp) u.operand()).op());
        Expr.BinOp p = assertInstanceOf(Expr.BinOp.class, expr("2**-1"));
        assertInstanceOf(Expr.UnaryOp.class, p.right());
        p = assertInstanceOf(Expr.BinOp.class, expr("2**3**4"));
        assertInstanceOf(Expr.BinOp.class, p.right());
    }

    @Test
    void argumentsLayout() {
        Stmt.FunctionDef f = (Stmt.FunctionDef) body("def f(a, b=1, /, c=2, *d, e, f=3, **g): pass").get(0);
        Arguments a = f.args();
        assertEquals(List.of("a", "b", "c"), a.args().stream().map(Arguments.Arg::name).toList());
        assertEquals(2, a.posOnlyCount());
        assertEquals(2, a.defaults().size());
        assertEquals("d", a.vararg().name());
        assertEquals(List.of("e", "f"), a.kwOnly().stream().map(Arguments.Arg::name).toList());
        assertNull(a.kwDefaults().get(0));
        assertEquals(3L, ((Expr.Constant) a.kwDefaults().get(1)).value());
        assertEquals("g", a.kwarg().name());
        Expr.Lambda l = (Expr.Lambda) expr("lambda x, *, y=1: x");
        assertEquals(1, l.args().args().size());
        assertNull(l.args().vararg());
        assertEquals(1, l.args().kwOnly().size());
        Arguments none = ((Expr.Lambda) expr("lambda: 0")).args();
        assertTrue(none.args().isEmpty() && none.kwOnly().isEmpty() && none.vararg() == null);
        // annotations are parsed and dropped; the parameter's position still covers them
        Stmt.FunctionDef g = (Stmt.FunctionDef) body("def g(a: int = 1, *b: str) -> None: pass").get(0);
        assertEquals(new Pos(1, 6, 1, 12), g.args().args().get(0).pos());
    }

    @Test
    void statementShapes() {
        List<Stmt> b = body("@dec\ndef f():\n    pass\n");
        Stmt.FunctionDef f = (Stmt.FunctionDef) b.get(0);
        assertEquals(new Pos(2, 0, 3, 8), f.pos());
        assertEquals(1, f.decorators().size());
        Stmt.If i = (Stmt.If) body("if a:\n  pass\nelif b:\n  pass\nelse:\n  x\n").get(0);
        Stmt.If elif = (Stmt.If) i.orelse().get(0);
        assertEquals(3, elif.pos().line());
        assertEquals(1, elif.orelse().size());
        Stmt.ImportFrom imp = (Stmt.ImportFrom) body("from ... import *").get(0);
        assertNull(imp.module());
        assertEquals(3, imp.level());
        assertEquals("*", imp.names().get(0).name());
        Stmt.Assign as = (Stmt.Assign) body("a = b = c").get(0);
        assertEquals(2, as.targets().size());
        Stmt.Delete d = (Stmt.Delete) body("del a, b").get(0);
        assertEquals(2, d.targets().size());
        Stmt.Try t = (Stmt.Try) body("try:\n  pass\nexcept E as e:\n  pass\n").get(0);
        assertEquals("e", t.handlers().get(0).name());
        Stmt.With w = (Stmt.With) body("with (a as b, c):\n  pass\n").get(0);
        assertEquals(2, w.items().size());
        assertEquals(5, body("x = 1; y = 2\nmatch = 3\nmatch.x = 4\nprint(match)\n").size());
    }

    @Test
    void positionsCountCodePoints() {
        Stmt.Assign a = (Stmt.Assign) body("x = 'é😀' + y").get(0);
        Expr.BinOp op = (Expr.BinOp) a.value();
        assertEquals(new Pos(1, 11, 1, 12), op.right().pos());
        Expr.Name n = (Expr.Name) expr("𝔘");
        assertEquals("U", n.id()); // NFKC, as CPython's identifiers
        assertEquals(new Pos(1, 0, 1, 1), n.pos());
    }

    @Test
    void fStringParts() {
        Expr.JoinedStr j = (Expr.JoinedStr) expr("f'a{b!r:>{w}}c{d=}'");
        assertEquals(4, j.values().size()); // 'a', {b...}, 'c' + 'd=' (text of the = field), {d!r}
        Expr.FormattedValue fv = (Expr.FormattedValue) j.values().get(1);
        assertEquals('r', fv.conversion());
        assertEquals(new Pos(1, 4, 1, 5), fv.value().pos());
        Expr.JoinedStr spec = (Expr.JoinedStr) fv.formatSpec();
        assertEquals(2, spec.values().size());
        assertEquals("cd=", ((Expr.Constant) j.values().get(2)).value());
        assertEquals('r', ((Expr.FormattedValue) j.values().get(3)).conversion());
        Expr.BinOp inner = (Expr.BinOp) ((Expr.FormattedValue) ((Expr.JoinedStr) expr("f'''\n  {a +\n b}'''"))
                .values().get(1)).value();
        assertEquals(new Pos(2, 3, 3, 2), inner.pos());
        // an f-string in a concatenation makes the whole a JoinedStr, as in CPython
        j = (Expr.JoinedStr) expr("'a' f'b'");
        assertEquals("ab", ((Expr.Constant) j.values().get(0)).value());
    }

    @Test
    void errorFields() {
        PySyntaxError e = error("x = (1, 2");
        assertEquals("SyntaxError", e.kind());
        assertEquals("'(' was never closed", e.msg());
        assertEquals("x.py", e.filename());
        assertEquals(1, e.line());
        assertEquals(5, e.offset());
        assertEquals(1, e.endLine());
        assertEquals(0, e.endOffset());
        assertEquals("x = (1, 2", e.lineText());
        assertTrue(e.incompleteInput());
        assertEquals("  File \"x.py\", line 1\n    x = (1, 2\n        ^\nSyntaxError: '(' was never closed\n",
                e.format());
        e = error("if x:\n    f(a b)\n");
        assertEquals("  File \"x.py\", line 2\n    f(a b)\n      ^^^\n"
                + "SyntaxError: invalid syntax. Perhaps you forgot a comma?\n", e.format());
        e = error("a = 1\n  b = 2\n");
        assertEquals("IndentationError", e.kind());
        e = error("if x:\n\tpass\n        y\n");
        assertEquals("TabError", e.kind());
        assertEquals("inconsistent use of tabs and spaces in indentation", e.msg());
        assertTrue(e.toString().contains("TabError"));
        assertEquals(0, e.getStackTrace().length);
    }

    @Test
    void formatWithCharacterColumns() {
        PySyntaxError e = error("x = 'é' + (1 2)\n");
        // a file (no coding declaration): CPython positions parser errors by UTF-8 bytes
        assertEquals("  File \"x.py\", line 1\n    x = 'é' + (1 2)\n                ^^^\n"
                + "SyntaxError: invalid syntax. Perhaps you forgot a comma?\n", e.format());
        // a -c string: characters
        assertEquals("  File \"x.py\", line 1\n    x = 'é' + (1 2)\n               ^^^\n"
                + "SyntaxError: invalid syntax. Perhaps you forgot a comma?\n", e.format(true));
    }

    @Test
    void incompleteInput() {
        for (String src : new String[] {"x = (1,", "x = [\n1,\n", "f(a,\n", "s = '''abc\n", "if x:", "if x:\n",
            "def f():\n", "for x in y:\n  pass\nelse:\n", "x = 1 \\", "x = 1 \\\n", "@dec\n", "try:\n  pass\n",
            "class C:\n  def f(self):\n", "x = \"abc\\\n", "while True:\n"}) {
            assertTrue(error(src).incompleteInput(), src);
        }
        for (String src : new String[] {"x = 1 +", "x = 1 +\n", "x y\n", "x = )", "'abc\n", "if x:\npass\n",
            "x = (1 2)\n", "def f(:\n", "€", "1_"}) {
            assertFalse(error(src).incompleteInput(), src);
        }
    }

    @Test
    void unsupportedConstructs() {
        assertEquals("imaginary numbers are not supported by pyjit", error("x = 1j").msg());
        PySyntaxError e = error("x = 1 + 2.5j");
        assertEquals(9, e.offset());
        assertEquals(13, e.endOffset());
        // a real syntax error is reported first
        assertEquals("invalid syntax", error("x = 1j\ny z").msg());
        assertEquals("'async' is not supported by pyjit", error("async def f(): pass").msg());
        assertEquals("'await' is not supported by pyjit", error("await x").msg());
        assertEquals("match statements are not supported by pyjit",
                error("match x:\n    case 1:\n        pass\n").msg());
        assertEquals("except* is not supported by pyjit", error("try:\n  pass\nexcept* E:\n  pass\n").msg());
    }

    @Test
    void lineTexts() {
        PySyntaxError e = error("x = 1\n  y\n");
        assertEquals("  y", e.lineText());
        e = error("x = (\n");
        assertEquals("x = (", e.lineText());
    }
}
