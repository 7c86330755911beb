package org.pyjit.interp.compile;

import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pyjit.interp.ast.Alias;
import org.pyjit.interp.ast.Arguments;
import org.pyjit.interp.ast.Comprehension;
import org.pyjit.interp.ast.ExceptHandler;
import org.pyjit.interp.ast.Expr;
import org.pyjit.interp.ast.Keyword;
import org.pyjit.interp.ast.Module;
import org.pyjit.interp.ast.Pos;
import org.pyjit.interp.ast.Stmt;
import org.pyjit.interp.ast.WithItem;

/**
 * Decides for every name in every scope whether it is a local, a cell shared with inner functions, a free
 * variable of an outer function, a global or (in module and class bodies) a namespace lookup. Two passes:
 * collect what each scope binds and uses, then resolve from the outside in.
 *
 * <p>AST nodes are dispatched with {@code instanceof} chains, not pattern {@code switch}es: every such switch
 * links through an invokedynamic bootstrap that generates a class on first use, which cost each run about 40 ms
 * of startup (the first one ~20 ms, each further one ~1.5 ms), more than compiling a whole program.
 */
final class SymbolTable {
    final Map<Object, Scope> scopes = new IdentityHashMap<>();
    final Scope module;
    private final String filename;
    private Scope current;

    private SymbolTable(Module m, String filename) {
        this.filename = filename;
        module = new Scope(Scope.Kind.MODULE, "<module>", null);
        scopes.put(m, module);
        current = module;
        stmts(m.body());
        analyze(module, Set.of());
    }

    static SymbolTable build(Module m, String filename) { return new SymbolTable(m, filename); }

    private CompileError error(String msg, Pos pos) { return new CompileError(msg, filename, pos); }

    // ---- pass 1: collect ----

    private void stmts(List<Stmt> body) {
        for (Stmt s : body) stmt(s);
    }

    private void bind(String name) { current.assigned.add(name); }

    private void stmt(Stmt s) {
        if (s instanceof Stmt.FunctionDef f) {
            exprs(f.decorators());
            argDefaults(f.args());
            bind(f.name());
            Scope fs = new Scope(Scope.Kind.FUNCTION, f.name(), current);
            scopes.put(f, fs);
            Scope saved = current;
            current = fs;
            params(f.args());
            stmts(f.body());
            current = saved;
        } else if (s instanceof Stmt.ClassDef c) {
            exprs(c.decorators());
            exprs(c.bases());
            for (Keyword k : c.keywords()) expr(k.value());
            bind(c.name());
            Scope cs = new Scope(Scope.Kind.CLASS, c.name(), current);
            scopes.put(c, cs);
            Scope saved = current;
            current = cs;
            stmts(c.body());
            current = saved;
        } else if (s instanceof Stmt.Return r) {
            if (!current.isFunctionLike()) throw error("'return' outside function", r.pos());
            if (r.value() != null) expr(r.value());
        } else if (s instanceof Stmt.Delete d) {
            for (Expr t : d.targets()) target(t);
        } else if (s instanceof Stmt.Assign a) {
            expr(a.value());
            for (Expr t : a.targets()) target(t);
        } else if (s instanceof Stmt.AugAssign a) {
            expr(a.value());
            if (a.target() instanceof Expr.Name n) {
                current.used.add(n.id());
                bind(n.id());
            } else {
                expr(a.target());
            }
        } else if (s instanceof Stmt.AnnAssign a) {
            if (a.value() != null) expr(a.value());
            target(a.target());
        } else if (s instanceof Stmt.For f) {
            expr(f.iter());
            target(f.target());
            stmts(f.body());
            stmts(f.orelse());
        } else if (s instanceof Stmt.While w) {
            expr(w.test());
            stmts(w.body());
            stmts(w.orelse());
        } else if (s instanceof Stmt.If i) {
            expr(i.test());
            stmts(i.body());
            stmts(i.orelse());
        } else if (s instanceof Stmt.With w) {
            for (WithItem item : w.items()) {
                expr(item.contextExpr());
                if (item.optionalVars() != null) target(item.optionalVars());
            }
            stmts(w.body());
        } else if (s instanceof Stmt.Raise r) {
            if (r.exc() != null) expr(r.exc());
            if (r.cause() != null) expr(r.cause());
        } else if (s instanceof Stmt.Try t) {
            stmts(t.body());
            for (ExceptHandler h : t.handlers()) {
                if (h.type() != null) expr(h.type());
                if (h.name() != null) bind(h.name());
                stmts(h.body());
            }
            stmts(t.orelse());
            stmts(t.finalbody());
        } else if (s instanceof Stmt.Assert a) {
            expr(a.test());
            if (a.msg() != null) expr(a.msg());
        } else if (s instanceof Stmt.Import i) {
            for (Alias al : i.names()) {
                String n = al.asname() != null ? al.asname() : al.name().split("\\.")[0];
                bind(n);
            }
        } else if (s instanceof Stmt.ImportFrom i) {
            for (Alias al : i.names()) {
                if (al.name().equals("*")) {
                    if (current.kind != Scope.Kind.MODULE) {
                        throw error("import * only allowed at module level", i.pos());
                    }
                    continue;
                }
                bind(al.asname() != null ? al.asname() : al.name());
            }
        } else if (s instanceof Stmt.Global g) {
            for (String n : g.names()) {
                if (current.assigned.contains(n) || current.used.contains(n)) {
                    String how = current.assigned.contains(n) ? "assigned to" : "used";
                    throw error("name '" + n + "' is " + how + " before global declaration", g.pos());
                }
                if (current.params.contains(n)) throw error("name '" + n + "' is parameter and global", g.pos());
                current.globals.add(n);
            }
        } else if (s instanceof Stmt.Nonlocal g) {
            if (current.kind == Scope.Kind.MODULE) {
                throw error("nonlocal declaration not allowed at module level", g.pos());
            }
            for (String n : g.names()) {
                if (current.assigned.contains(n) || current.used.contains(n)) {
                    String how = current.assigned.contains(n) ? "assigned to" : "used";
                    throw error("name '" + n + "' is " + how + " before nonlocal declaration", g.pos());
                }
                if (current.params.contains(n)) throw error("name '" + n + "' is parameter and nonlocal", g.pos());
                current.nonlocals.add(n);
            }
        } else if (s instanceof Stmt.ExprStmt e) {
            expr(e.value());
        } else if (s instanceof Stmt.Pass p) {
        } else if (s instanceof Stmt.Break b) {
        } else if (s instanceof Stmt.Continue c) {
        } else {
            throw new IllegalStateException("unexpected " + s);
        }
    }

    private void argDefaults(Arguments a) {
        exprs(a.defaults());
        for (Expr d : a.kwDefaults()) {
            if (d != null) expr(d);
        }
    }

    private void params(Arguments a) {
        for (Arguments.Arg p : a.args()) param(p);
        for (Arguments.Arg p : a.kwOnly()) param(p);
        if (a.vararg() != null) param(a.vararg());
        if (a.kwarg() != null) param(a.kwarg());
    }

    private void param(Arguments.Arg p) {
        if (!current.params.add(p.name())) {
            throw error("duplicate argument '" + p.name() + "' in function definition", p.pos());
        }
    }

    private void target(Expr t) {
        if (t instanceof Expr.Name n) {
            bind(n.id());
        } else if (t instanceof Expr.TupleExpr tu) {
            for (Expr e : tu.elts()) target(e);
        } else if (t instanceof Expr.ListExpr l) {
            for (Expr e : l.elts()) target(e);
        } else if (t instanceof Expr.Starred s) {
            target(s.value());
        } else {
            expr(t);
        }
    }

    private void exprs(List<Expr> es) {
        for (Expr e : es) {
            if (e != null) expr(e);
        }
    }

    private void expr(Expr e) {
        if (e instanceof Expr.Name n) {
            current.used.add(n.id());
            if (n.id().equals("super") || n.id().equals("__class__")) markClassCell();
        } else if (e instanceof Expr.Constant c) {
        } else if (e instanceof Expr.JoinedStr j) {
            exprs(j.values());
        } else if (e instanceof Expr.FormattedValue f) {
            expr(f.value());
            if (f.formatSpec() != null) expr(f.formatSpec());
        } else if (e instanceof Expr.BinOp b) {
            expr(b.left());
            expr(b.right());
        } else if (e instanceof Expr.UnaryOp u) {
            expr(u.operand());
        } else if (e instanceof Expr.BoolOp b) {
            exprs(b.values());
        } else if (e instanceof Expr.Compare c) {
            expr(c.left());
            exprs(c.comparators());
        } else if (e instanceof Expr.Call c) {
            expr(c.func());
            exprs(c.args());
            for (Keyword k : c.keywords()) expr(k.value());
        } else if (e instanceof Expr.Attribute a) {
            expr(a.value());
        } else if (e instanceof Expr.Subscript s) {
            expr(s.value());
            expr(s.slice());
        } else if (e instanceof Expr.Slice s) {
            if (s.lower() != null) expr(s.lower());
            if (s.upper() != null) expr(s.upper());
            if (s.step() != null) expr(s.step());
        } else if (e instanceof Expr.Starred s) {
            expr(s.value());
        } else if (e instanceof Expr.ListExpr l) {
            exprs(l.elts());
        } else if (e instanceof Expr.TupleExpr t) {
            exprs(t.elts());
        } else if (e instanceof Expr.SetExpr s) {
            exprs(s.elts());
        } else if (e instanceof Expr.DictExpr d) {
            exprs(d.keys());
            exprs(d.values());
        } else if (e instanceof Expr.IfExp i) {
            expr(i.test());
            expr(i.body());
            expr(i.orelse());
        } else if (e instanceof Expr.Lambda l) {
            argDefaults(l.args());
            Scope ls = new Scope(Scope.Kind.FUNCTION, "<lambda>", current);
            scopes.put(l, ls);
            Scope saved = current;
            current = ls;
            params(l.args());
            expr(l.body());
            current = saved;
        } else if (e instanceof Expr.ListComp c) {
            comprehension(c, "<listcomp>", c.generators(), List.of(c.elt()));
        } else if (e instanceof Expr.SetComp c) {
            comprehension(c, "<setcomp>", c.generators(), List.of(c.elt()));
        } else if (e instanceof Expr.DictComp c) {
            comprehension(c, "<dictcomp>", c.generators(), List.of(c.key(), c.value()));
        } else if (e instanceof Expr.GeneratorExp c) {
            Scope s = comprehension(c, "<genexpr>", c.generators(), List.of(c.elt()));
            s.isGenerator = true;
        } else if (e instanceof Expr.Yield y) {
            yieldHere(y.pos());
            if (y.value() != null) expr(y.value());
        } else if (e instanceof Expr.YieldFrom y) {
            yieldHere(y.pos());
            expr(y.value());
        } else if (e instanceof Expr.NamedExpr n) {
            expr(n.value());
            walrusTarget(n.target());
        } else {
            throw new IllegalStateException("unexpected " + e);
        }
    }

    private void yieldHere(Pos pos) {
        if (current.kind == Scope.Kind.COMPREHENSION && !current.isGenerator) {
            throw error("'yield' inside " + current.name.replace("<", "").replace(">", "").replace("comp", " comprehension"), pos);
        }
        if (!current.isFunctionLike()) throw error("'yield' outside function", pos);
        current.isGenerator = true;
    }

    private void walrusTarget(Expr.Name target) {
        if (current.kind != Scope.Kind.COMPREHENSION) {
            bind(target.id());
            return;
        }
        Scope s = current;
        while (s.kind == Scope.Kind.COMPREHENSION) s = s.parent;
        if (s.kind == Scope.Kind.CLASS) {
            throw error("assignment expression within a comprehension cannot be used in a class body", target.pos());
        }
        s.assigned.add(target.id());
        for (Scope c = current; c != s; c = c.parent) {
            if (s.kind == Scope.Kind.MODULE) c.globals.add(target.id());
            else c.nonlocals.add(target.id());
        }
    }

    private void markClassCell() {
        for (Scope s = current; s != null; s = s.parent) {
            if (s.kind == Scope.Kind.CLASS) return;
            if (s.kind == Scope.Kind.FUNCTION) {
                if (s.parent != null && s.parent.kind == Scope.Kind.CLASS) {
                    s.needsClassCell = true;
                    return;
                }
            }
        }
    }

    private Scope comprehension(Expr node, String name, List<Comprehension> gens, List<Expr> elts) {
        expr(gens.get(0).iter());
        Scope cs = new Scope(Scope.Kind.COMPREHENSION, name, current);
        scopes.put(node, cs);
        Scope saved = current;
        current = cs;
        cs.params.add(".0");
        for (int i = 0; i < gens.size(); i++) {
            Comprehension g = gens.get(i);
            if (i > 0) expr(g.iter());
            target(g.target());
            exprs(g.ifs());
        }
        exprs(elts);
        current = saved;
        return cs;
    }

    // ---- pass 2: resolve ----

    private Set<String> analyze(Scope s, Set<String> boundAbove) {
        Set<String> newBound;
        if (s.isFunctionLike()) {
            Set<String> locals = new LinkedHashSet<>(s.params);
            locals.addAll(s.assigned);
            locals.removeAll(s.globals);
            locals.removeAll(s.nonlocals);
            for (String n : s.nonlocals) {
                if (!boundAbove.contains(n)) {
                    throw new CompileError("no binding for nonlocal '" + n + "' found", filename, null);
                }
                s.resolved.put(n, Scope.Binding.FREE);
            }
            for (String n : s.globals) s.resolved.put(n, Scope.Binding.GLOBAL_EXPLICIT);
            for (String n : locals) s.resolved.put(n, Scope.Binding.LOCAL);
            for (String n : s.used) {
                if (!s.resolved.containsKey(n)) {
                    s.resolved.put(n, boundAbove.contains(n) ? Scope.Binding.FREE : Scope.Binding.GLOBAL_IMPLICIT);
                }
            }
            if (s.needsClassCell && !s.resolved.containsKey("__class__")) {
                s.resolved.put("__class__", Scope.Binding.FREE);
            } else if (s.needsClassCell && s.resolved.get("__class__") == Scope.Binding.GLOBAL_IMPLICIT) {
                s.resolved.put("__class__", Scope.Binding.FREE);
            }
            newBound = new HashSet<>(boundAbove);
            newBound.removeAll(s.globals);
            newBound.addAll(locals);
        } else if (s.kind == Scope.Kind.CLASS) {
            for (String n : s.globals) s.resolved.put(n, Scope.Binding.GLOBAL_EXPLICIT);
            for (String n : s.nonlocals) s.resolved.put(n, Scope.Binding.FREE);
            for (String n : s.assigned) s.resolved.putIfAbsent(n, Scope.Binding.NAME);
            for (String n : s.used) {
                if (!s.resolved.containsKey(n)) {
                    s.resolved.put(n, boundAbove.contains(n) ? Scope.Binding.FREE : Scope.Binding.NAME);
                }
            }
            newBound = boundAbove;
        } else {
            newBound = Set.of();
        }
        Set<String> childFrees = new LinkedHashSet<>();
        for (Scope c : s.children) childFrees.addAll(analyze(c, newBound));
        for (String n : childFrees) {
            Scope.Binding b = s.resolved.get(n);
            if (s.kind == Scope.Kind.CLASS && n.equals("__class__")) {
                s.cells.add(n);
            } else if (s.isFunctionLike() && b == Scope.Binding.LOCAL) {
                s.resolved.put(n, Scope.Binding.CELL);
                s.cells.add(n);
            } else if (b == Scope.Binding.CELL || b == Scope.Binding.FREE) {
                s.frees.add(n);
            } else if (boundAbove.contains(n)) {
                if (b == null || s.isFunctionLike()) s.resolved.put(n, Scope.Binding.FREE);
                s.frees.add(n);
            }
        }
        Set<String> mine = new LinkedHashSet<>();
        for (Map.Entry<String, Scope.Binding> e : s.resolved.entrySet()) {
            if (e.getValue() == Scope.Binding.FREE) mine.add(e.getKey());
        }
        mine.addAll(s.frees);
        mine.removeAll(s.cells);
        s.frees.clear();
        s.frees.addAll(mine);
        return mine;
    }
}
