package org.pyjit.interp.ast;

import java.util.List;

/** Python statements. Bodies are never empty (a suite holds at least {@code pass}); optional parts are null. */
public sealed interface Stmt {
    Pos pos();

    /** pos covers the {@code def} line (CPython reports the def keyword line, not the decorators). */
    record FunctionDef(Pos pos, String name, Arguments args, List<Stmt> body, List<Expr> decorators)
            implements Stmt {}

    record ClassDef(Pos pos, String name, List<Expr> bases, List<Keyword> keywords, List<Stmt> body,
                    List<Expr> decorators) implements Stmt {}

    /** {@code return value}; value may be null. */
    record Return(Pos pos, Expr value) implements Stmt {}

    record Delete(Pos pos, List<Expr> targets) implements Stmt {}

    /** {@code t0 = t1 = value}: targets in source order. */
    record Assign(Pos pos, List<Expr> targets, Expr value) implements Stmt {}

    /** {@code target op= value}. */
    record AugAssign(Pos pos, Expr target, Operator op, Expr value) implements Stmt {}

    /** {@code target: annotation [= value]}; the annotation is parsed and ignored; value may be null. */
    record AnnAssign(Pos pos, Expr target, Expr annotation, Expr value) implements Stmt {}

    record For(Pos pos, Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse) implements Stmt {}

    record While(Pos pos, Expr test, List<Stmt> body, List<Stmt> orelse) implements Stmt {}

    /** {@code elif} chains are nested Ifs in orelse, as in CPython's AST. */
    record If(Pos pos, Expr test, List<Stmt> body, List<Stmt> orelse) implements Stmt {}

    record With(Pos pos, List<WithItem> items, List<Stmt> body) implements Stmt {}

    /** {@code raise [exc [from cause]]}. */
    record Raise(Pos pos, Expr exc, Expr cause) implements Stmt {}

    record Try(Pos pos, List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody)
            implements Stmt {}

    record Assert(Pos pos, Expr test, Expr msg) implements Stmt {}

    record Import(Pos pos, List<Alias> names) implements Stmt {}

    /** {@code from module import names}; level counts leading dots (0 for absolute); a name "*" imports all. */
    record ImportFrom(Pos pos, String module, List<Alias> names, int level) implements Stmt {}

    record Global(Pos pos, List<String> names) implements Stmt {}

    record Nonlocal(Pos pos, List<String> names) implements Stmt {}

    /** An expression evaluated for its effect. */
    record ExprStmt(Pos pos, Expr value) implements Stmt {}

    record Pass(Pos pos) implements Stmt {}

    record Break(Pos pos) implements Stmt {}

    record Continue(Pos pos) implements Stmt {}
}
