package org.pyjit.interp.parse;

import java.util.HashMap;
import java.util.Map;

/** Token types of Python 3.11's tokenizer; hard keywords get their own kinds (soft keywords stay NAME). */
public enum TokenKind {
    ENDMARKER, NAME, NUMBER, STRING, NEWLINE, INDENT, DEDENT,
    LPAR("("), RPAR(")"), LSQB("["), RSQB("]"), COLON(":"), COMMA(","), SEMI(";"), PLUS("+"), MINUS("-"),
    STAR("*"), SLASH("/"), VBAR("|"), AMPER("&"), LESS("<"), GREATER(">"), EQUAL("="), DOT("."), PERCENT("%"),
    LBRACE("{"), RBRACE("}"), EQEQUAL("=="), NOTEQUAL("!="), LESSEQUAL("<="), GREATEREQUAL(">="), TILDE("~"),
    CIRCUMFLEX("^"), LEFTSHIFT("<<"), RIGHTSHIFT(">>"), DOUBLESTAR("**"), PLUSEQUAL("+="), MINEQUAL("-="),
    STAREQUAL("*="), SLASHEQUAL("/="), PERCENTEQUAL("%="), AMPEREQUAL("&="), VBAREQUAL("|="),
    CIRCUMFLEXEQUAL("^="), LEFTSHIFTEQUAL("<<="), RIGHTSHIFTEQUAL(">>="), DOUBLESTAREQUAL("**="),
    DOUBLESLASH("//"), DOUBLESLASHEQUAL("//="), AT("@"), ATEQUAL("@="), RARROW("->"), ELLIPSIS("..."),
    COLONEQUAL(":="),
    /** {@code <>}: tokenized as an operator but rejected by the parser (no Barry as FLUFL here). */
    LTGT("<>"),
    /** Any other character, such as {@code $} or {@code ?}: a token no grammar rule accepts. */
    OP,
    FALSE("False", true), NONE("None", true), TRUE("True", true), AND("and", true), AS("as", true),
    ASSERT("assert", true), ASYNC("async", true), AWAIT("await", true), BREAK("break", true),
    CLASS("class", true), CONTINUE("continue", true), DEF("def", true), DEL("del", true), ELIF("elif", true),
    ELSE("else", true), EXCEPT("except", true), FINALLY("finally", true), FOR("for", true),
    FROM("from", true), GLOBAL("global", true), IF("if", true), IMPORT("import", true), IN("in", true),
    IS("is", true), LAMBDA("lambda", true), NONLOCAL("nonlocal", true), NOT("not", true), OR("or", true),
    PASS("pass", true), RAISE("raise", true), RETURN("return", true), TRY("try", true), WHILE("while", true),
    WITH("with", true), YIELD("yield", true);

    /** The fixed spelling of an operator or keyword; null for NAME, NUMBER, STRING and the layout tokens. */
    public final String text;
    public final boolean keyword;

    TokenKind() { this(null, false); }

    TokenKind(String text) { this(text, false); }

    TokenKind(String text, boolean keyword) {
        this.text = text;
        this.keyword = keyword;
    }

    private static final Map<String, TokenKind> KEYWORDS = new HashMap<>();

    static {
        for (TokenKind k : values()) {
            if (k.keyword) {
                KEYWORDS.put(k.text, k);
            }
        }
    }

    /** The keyword kind for an identifier, or NAME. */
    static TokenKind keywordOrName(String name) {
        TokenKind k = KEYWORDS.get(name);
        return k == null ? NAME : k;
    }
}
