package org.pyjit.interp.ast;

/** Binary arithmetic and bitwise operators, with their Python spelling and special-method names. */
public enum Operator {
    ADD("+", "add"), SUB("-", "sub"), MUL("*", "mul"), MATMUL("@", "matmul"), DIV("/", "truediv"),
    FLOORDIV("//", "floordiv"), MOD("%", "mod"), POW("**", "pow"), LSHIFT("<<", "lshift"),
    RSHIFT(">>", "rshift"), BITOR("|", "or"), BITXOR("^", "xor"), BITAND("&", "and");

    public final String symbol;
    /** The dunder stem: "add" gives __add__, __radd__ and __iadd__. */
    public final String dunder;
    /**
     * The special methods' names, made once: the interpreter looks them up on every operator a Python class
     * implements, and a name built at each lookup was hashed again each time.
     */
    public final String method;
    public final String reflected;
    public final String inplace;

    Operator(String symbol, String dunder) {
        this.symbol = symbol;
        this.dunder = dunder;
        this.method = ("__" + dunder + "__").intern();
        this.reflected = ("__r" + dunder + "__").intern();
        this.inplace = ("__i" + dunder + "__").intern();
    }
}
