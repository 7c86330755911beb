package org.pyjit.interp.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Tokens, their kinds and positions, as Python 3.11's tokenizer produces them. */
class LexerTest {
    private static List<Token> tokens(String src) {
        boolean[] had = new boolean[1];
        Lexer lx = new Lexer(Lexer.normalize(src, had), "x.py", 0, had[0], "");
        List<Token> out = new ArrayList<>();
        for (;;) {
            Token t = lx.next();
            out.add(t);
            if (t.kind == TokenKind.ENDMARKER) {
                return out;
            }
        }
    }

    private static String kinds(String src) {
        StringBuilder sb = new StringBuilder();
        for (Token t : tokens(src)) {
            sb.append(sb.length() == 0 ? "" : " ").append(t.kind);
        }
        return sb.toString();
    }

    @Test
    void layoutTokens() {
        assertEquals("IF COLON NEWLINE INDENT NAME NEWLINE DEDENT NAME NEWLINE ENDMARKER",
                kinds("if:\n    a\nb\n"));
        assertEquals("NAME NEWLINE ENDMARKER", kinds("\n\n  # comment\nx  # trailing\n\n"));
        assertEquals("LPAR NAME COMMA NAME RPAR NEWLINE ENDMARKER", kinds("(a,\n\n   b)\n"));
        assertEquals("NAME EQUAL NUMBER PLUS NUMBER NEWLINE ENDMARKER", kinds("x = 1 + \\\n 2"));
        assertEquals("ENDMARKER", kinds(""));
        assertEquals("IF NAME COLON NEWLINE INDENT IF NAME COLON NEWLINE INDENT PASS NEWLINE DEDENT DEDENT ENDMARKER",
                kinds("if a:\n if b:\n  pass"));
    }

    @Test
    void operatorsAndKeywords() {
        assertEquals("NAME DOUBLESTAREQUAL NUMBER DOUBLESLASH NAME RARROW ELLIPSIS COLONEQUAL NOTEQUAL LTGT OP "
                + "NEWLINE ENDMARKER", kinds("a **= 1 // b -> ... := != <> $"));
        assertEquals("NAME NAME TRUE NONE NOT IN IS NAME NEWLINE ENDMARKER", kinds("match case True None not in is _"));
        // numbers may touch the keywords that can follow them ("0x1f" takes the f of "for")
        assertEquals("NUMBER IF NUMBER OR NUMBER ELSE NEWLINE ENDMARKER", kinds("1if 0x1for 1.5else"));
        assertEquals("NUMBER DOT NAME NUMBER NUMBER NEWLINE ENDMARKER", kinds("1 .real 1. .5"));
    }

    @Test
    void positions() {
        List<Token> t = tokens("x = '''a\nb'''  # c\n  y\n");
        assertEquals("NAME(x)@1:0-1:1", t.get(0).toString());
        Token str = t.get(2);
        assertEquals(TokenKind.STRING, str.kind);
        assertEquals(1, str.line);
        assertEquals(4, str.col);
        assertEquals(2, str.endLine);
        assertEquals(4, str.endCol);
        // a NEWLINE after a comment starts at the '#', as in CPython
        Token nl = t.get(3);
        assertEquals(TokenKind.NEWLINE, nl.kind);
        assertEquals(6, nl.col);
        assertEquals(9, nl.endCol);
        Token indent = t.get(4);
        assertEquals(TokenKind.INDENT, indent.kind);
        assertEquals(-1, indent.col);
        assertEquals(3, indent.line);
    }

    @Test
    void tokenizerErrors() {
        PySyntaxError e = assertThrows(PySyntaxError.class, () -> tokens("x = 0777"));
        assertEquals("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal "
                + "integers", e.msg());
        assertEquals(5, e.offset());
        assertEquals(6, e.endOffset());
        e = assertThrows(PySyntaxError.class, () -> tokens("if x:\n\tpass\n        y\n"));
        assertEquals("TabError", e.kind());
        e = assertThrows(PySyntaxError.class, () -> tokens("x = 'abc"));
        assertEquals("unterminated string literal (detected at line 1)", e.msg());
        e = assertThrows(PySyntaxError.class, () -> tokens("a ∑ b"));
        assertEquals("invalid character '∑' (U+2211)", e.msg());
        e = assertThrows(PySyntaxError.class, () -> tokens("x = (]"));
        assertEquals("closing parenthesis ']' does not match opening parenthesis '('", e.msg());
        e = assertThrows(PySyntaxError.class, () -> tokens("x = (\n]"));
        assertEquals("closing parenthesis ']' does not match opening parenthesis '(' on line 1", e.msg());
    }
}
