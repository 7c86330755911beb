package org.pyjit.interp.ast;

import java.util.List;

/** Python expressions. Every node knows its source range; optional parts are {@code null}. */
public sealed interface Expr {
    Pos pos();

    /** A variable reference or assignment target. */
    record Name(Pos pos, String id) implements Expr {}

    /**
     * A literal: Long or BigInteger (ints), Double, String, PyBytes, Boolean, PyNone.NONE or PyEllipsis.ELLIPSIS.
     * Negative numbers are a UnaryOp applied to a positive Constant, as in CPython's parser.
     */
    record Constant(Pos pos, Object value) implements Expr {}

    /** An f-string: the concatenation of its parts, each a Constant str or a FormattedValue. */
    record JoinedStr(Pos pos, List<Expr> values) implements Expr {}

    /**
     * One {@code {value!conversion:spec}} of an f-string. conversion is -1 (none), 's', 'r' or 'a';
     * formatSpec is null or a JoinedStr (specs may contain nested replacement fields).
     */
    record FormattedValue(Pos pos, Expr value, int conversion, Expr formatSpec) implements Expr {}

    record BinOp(Pos pos, Expr left, Operator op, Expr right) implements Expr {}

    record UnaryOp(Pos pos, UnaryOperator op, Expr operand) implements Expr {}

    /** {@code a and b and c} (isAnd) or {@code a or b}: at least two values. */
    record BoolOp(Pos pos, boolean isAnd, List<Expr> values) implements Expr {}

    /** {@code left op0 c0 op1 c1 ...}: a chained comparison; ops and comparators have the same length. */
    record Compare(Pos pos, Expr left, List<CmpOp> ops, List<Expr> comparators) implements Expr {}

    /** A call. args may contain Starred ({@code *xs}); a keyword whose arg is null is {@code **kw}. */
    record Call(Pos pos, Expr func, List<Expr> args, List<Keyword> keywords) implements Expr {}

    record Attribute(Pos pos, Expr value, String attr) implements Expr {}

    /** {@code value[slice]}; slice is a Slice, a Tuple (for {@code a[1:2, 3]}) or any expression. */
    record Subscript(Pos pos, Expr value, Expr slice) implements Expr {}

    /** {@code lower:upper:step} inside a subscript; any part may be null. */
    record Slice(Pos pos, Expr lower, Expr upper, Expr step) implements Expr {}

    /** {@code *value} in a call, a display or an assignment target. */
    record Starred(Pos pos, Expr value) implements Expr {}

    record ListExpr(Pos pos, List<Expr> elts) implements Expr {}

    record TupleExpr(Pos pos, List<Expr> elts) implements Expr {}

    record SetExpr(Pos pos, List<Expr> elts) implements Expr {}

    /** A dict display; a null key means {@code **values[i]} unpacking. */
    record DictExpr(Pos pos, List<Expr> keys, List<Expr> values) implements Expr {}

    /** {@code body if test else orelse}. */
    record IfExp(Pos pos, Expr test, Expr body, Expr orelse) implements Expr {}

    record Lambda(Pos pos, Arguments args, Expr body) implements Expr {}

    record ListComp(Pos pos, Expr elt, List<Comprehension> generators) implements Expr {}

    record SetComp(Pos pos, Expr elt, List<Comprehension> generators) implements Expr {}

    record DictComp(Pos pos, Expr key, Expr value, List<Comprehension> generators) implements Expr {}

    record GeneratorExp(Pos pos, Expr elt, List<Comprehension> generators) implements Expr {}

    /** {@code yield value}; value may be null. */
    record Yield(Pos pos, Expr value) implements Expr {}

    record YieldFrom(Pos pos, Expr value) implements Expr {}

    /** {@code target := value}. */
    record NamedExpr(Pos pos, Name target, Expr value) implements Expr {}
}
