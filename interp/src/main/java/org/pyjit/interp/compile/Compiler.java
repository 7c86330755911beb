package org.pyjit.interp.compile;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
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
import org.pyjit.interp.runtime.Compare;
import org.pyjit.interp.runtime.IntOps;
import org.pyjit.interp.runtime.PyNone;
import org.pyjit.interp.runtime.PyTuple;

/**
 * Compiles a module's AST to code objects, one per scope. Control flow that leaves a block early (return,
 * break, continue) unwinds the enclosing blocks at compile time, inlining finally bodies and with-exits, as
 * CPython's compiler does; exceptions go through the exception table instead.
 *
 * <p>AST nodes are dispatched with {@code instanceof} chains, not pattern {@code switch}es: every such switch
 * links through an invokedynamic bootstrap that generates a class on first use, which cost each run about 40 ms
 * of startup (the first one ~20 ms, each further one ~1.5 ms), more than compiling a whole program.
 */
public final class Compiler {
    /** A block that an early exit has to clean up. */
    private enum BlockKind { FOR_LOOP, WHILE_LOOP, TRY_EXCEPT, FINALLY_TRY, FINALLY_END, HANDLER, WITH }

    private record Block(BlockKind kind, CodeBuilder.Label start, CodeBuilder.Label end, CodeBuilder.Region region,
                         List<Stmt> finalBody, String handlerName) {}

    private final String filename;
    private final SymbolTable symbols;
    private final boolean interactive;
    private Scope scope;
    private CodeBuilder code;
    private Deque<Block> blocks = new ArrayDeque<>();
    private String qualPrefix = "";

    private Compiler(String filename, SymbolTable symbols, boolean interactive) {
        this.filename = filename;
        this.symbols = symbols;
        this.interactive = interactive;
    }

    /** Compiles a module (or, when interactive, one REPL input whose expression values are printed). */
    public static CodeObject compileModule(Module m, String filename, boolean interactive) {
        SymbolTable st = SymbolTable.build(m, filename);
        Compiler c = new Compiler(filename, st, interactive);
        return c.module(m);
    }

    private CompileError error(String msg, Pos pos) { return new CompileError(msg, filename, pos); }

    private CodeObject module(Module m) {
        scope = symbols.module;
        code = new CodeBuilder();
        if (!m.body().isEmpty()) code.pos = firstLinePos(m.body().get(0).pos());
        String doc = docstring(m.body());
        if (doc != null && !interactive) {
            code.emit(Opcode.LOAD_CONST, code.constant(doc));
            storeName("__doc__");
        }
        stmts(doc != null && !interactive ? m.body().subList(1, m.body().size()) : m.body());
        code.emit(Opcode.LOAD_CONST, code.constant(PyNone.NONE));
        code.emit(Opcode.RETURN_VALUE);
        return code.build("<module>", "<module>", filename, 1, new String[0], new String[0], new String[0],
                new int[0], 0, 0, 0, false, false, false, null);
    }

    private static Pos firstLinePos(Pos p) { return new Pos(p.line(), p.col(), p.line(), p.col()); }

    private static String docstring(List<Stmt> body) {
        if (!body.isEmpty() && body.get(0) instanceof Stmt.ExprStmt e && e.value() instanceof Expr.Constant c
                && c.value() instanceof String s) {
            return s;
        }
        return null;
    }

    // ---- names ----

    private int slotOf(String name) {
        Integer i = slots.get(name);
        if (i == null) throw new IllegalStateException("no slot for " + name + " in " + scope.name);
        return i;
    }

    private java.util.Map<String, Integer> slots = new java.util.HashMap<>();

    private void loadName(String n) {
        switch (scope.binding(n)) {
            case LOCAL -> code.emit(Opcode.LOAD_FAST, slotOf(n));
            case CELL -> code.emit(Opcode.LOAD_DEREF, slotOf(n));
            case FREE -> code.emit(scope.kind == Scope.Kind.CLASS ? Opcode.LOAD_CLASSDEREF : Opcode.LOAD_DEREF,
                    slotOf(n));
            case GLOBAL_EXPLICIT, GLOBAL_IMPLICIT -> code.emit(Opcode.LOAD_GLOBAL, code.name(n));
            case NAME -> code.emit(Opcode.LOAD_NAME, code.name(n));
        }
    }

    private void storeName(String n) {
        switch (scope.binding(n)) {
            case LOCAL -> code.emit(Opcode.STORE_FAST, slotOf(n));
            case CELL, FREE -> code.emit(Opcode.STORE_DEREF, slotOf(n));
            case GLOBAL_EXPLICIT, GLOBAL_IMPLICIT -> code.emit(Opcode.STORE_GLOBAL, code.name(n));
            case NAME -> code.emit(Opcode.STORE_NAME, code.name(n));
        }
    }

    private void deleteName(String n) {
        switch (scope.binding(n)) {
            case LOCAL -> code.emit(Opcode.DELETE_FAST, slotOf(n));
            case CELL, FREE -> code.emit(Opcode.DELETE_DEREF, slotOf(n));
            case GLOBAL_EXPLICIT, GLOBAL_IMPLICIT -> code.emit(Opcode.DELETE_GLOBAL, code.name(n));
            case NAME -> code.emit(Opcode.DELETE_NAME, code.name(n));
        }
    }

    private void loadConst(Object v) { code.emit(Opcode.LOAD_CONST, code.constant(v)); }

    // ---- statements ----

    private void stmts(List<Stmt> body) {
        for (Stmt s : body) stmt(s);
    }

    private void stmt(Stmt s) {
        Pos saved = code.pos;
        code.pos = s.pos();
        if (s instanceof Stmt.FunctionDef f) {
            functionDef(f);
        } else if (s instanceof Stmt.ClassDef c) {
            classDef(c);
        } else if (s instanceof Stmt.Return r) {
            if (scope.kind == Scope.Kind.MODULE || scope.kind == Scope.Kind.CLASS) {
                throw error("'return' outside function", r.pos());
            }
            if (r.value() != null) expr(r.value());
            else loadConst(PyNone.NONE);
            code.pos = r.pos();
            unwind(null, true);
            code.emit(Opcode.RETURN_VALUE);
        } else if (s instanceof Stmt.Delete d) {
            for (Expr t : d.targets()) deleteTarget(t);
        } else if (s instanceof Stmt.Assign a) {
            expr(a.value());
            for (int i = 0; i < a.targets().size(); i++) {
                if (i < a.targets().size() - 1) code.emit(Opcode.COPY, 1);
                store(a.targets().get(i));
            }
        } else if (s instanceof Stmt.AugAssign a) {
            augAssign(a);
        } else if (s instanceof Stmt.AnnAssign a) {
            if (a.value() != null) {
                expr(a.value());
                store(a.target());
            }
        } else if (s instanceof Stmt.For f) {
            forLoop(f);
        } else if (s instanceof Stmt.While w) {
            whileLoop(w);
        } else if (s instanceof Stmt.If i) {
            ifStmt(i);
        } else if (s instanceof Stmt.With w) {
            with(w, 0);
        } else if (s instanceof Stmt.Raise r) {
            int n = 0;
            if (r.exc() != null) {
                expr(r.exc());
                n = 1;
                if (r.cause() != null) {
                    expr(r.cause());
                    n = 2;
                }
            }
            code.pos = r.pos();
            code.emit(Opcode.RAISE_VARARGS, n);
        } else if (s instanceof Stmt.Try t) {
            if (!t.finalbody().isEmpty()) tryFinally(t);
            else tryExcept(t);
        } else if (s instanceof Stmt.Assert a) {
            CodeBuilder.Label end = code.label();
            condition(a.test(), end, true);
            code.pos = a.test().pos();
            code.emit(Opcode.LOAD_ASSERTION_ERROR);
            if (a.msg() != null) {
                expr(a.msg());
                code.pos = a.test().pos();
                code.emit(Opcode.CALL, 1);
            }
            code.pos = a.test().pos();
            code.emit(Opcode.RAISE_VARARGS, 1);
            code.bind(end);
        } else if (s instanceof Stmt.Import i) {
            for (Alias al : i.names()) {
                loadConst(0L);
                loadConst(PyNone.NONE);
                code.emit(Opcode.IMPORT_NAME, code.name(al.name()));
                if (al.asname() != null) {
                    String[] parts = al.name().split("\\.");
                    for (int k = 1; k < parts.length; k++) {
                        code.emit(Opcode.IMPORT_FROM, code.name(parts[k]));
                        code.emit(Opcode.SWAP, 2);
                        code.emit(Opcode.POP_TOP);
                    }
                    storeName(al.asname());
                } else {
                    storeName(al.name().split("\\.")[0]);
                }
            }
        } else if (s instanceof Stmt.ImportFrom i) {
            importFrom(i);
        } else if (s instanceof Stmt.Global g) {
        } else if (s instanceof Stmt.Nonlocal n) {
        } else if (s instanceof Stmt.ExprStmt e) {
            if (interactive && scope.kind == Scope.Kind.MODULE) {
                expr(e.value());
                code.emit(Opcode.PRINT_EXPR);
            } else if (!(e.value() instanceof Expr.Constant)) {
                expr(e.value());
                code.emit(Opcode.POP_TOP);
            }
        } else if (s instanceof Stmt.Pass p) {
        } else if (s instanceof Stmt.Break b) {
            Block loop = innermostLoop();
            if (loop == null) throw error("'break' outside loop", b.pos());
            unwind(loop, false);
            if (loop.kind == BlockKind.FOR_LOOP) code.emit(Opcode.POP_TOP);
            code.jump(Opcode.JUMP, loop.end);
        } else if (s instanceof Stmt.Continue c) {
            Block loop = innermostLoop();
            if (loop == null) throw error("'continue' not properly in loop", c.pos());
            unwind(loop, false);
            code.jump(Opcode.JUMP, loop.start);
        } else {
            throw new IllegalStateException("unexpected " + s);
        }
        code.pos = saved;
    }

    private Block innermostLoop() {
        for (Block b : blocks) {
            if (b.kind == BlockKind.FOR_LOOP || b.kind == BlockKind.WHILE_LOOP) return b;
        }
        return null;
    }

    /**
     * Emits the cleanups of every block between here and target (all blocks for a return). With preserveTos the
     * value on top of the stack (the return value) is kept above the cleanups.
     */
    private void unwind(Block target, boolean preserveTos) {
        int savedDepth = code.depth;
        List<Block> passed = new ArrayList<>();
        for (Block b : blocks) {
            if (b == target) break;
            passed.add(b);
        }
        Deque<Block> savedBlocks = blocks;
        for (Block b : passed) {
            switch (b.kind) {
                case FOR_LOOP -> {
                    if (preserveTos) code.emit(Opcode.SWAP, 2);
                    code.emit(Opcode.POP_TOP);
                }
                case WHILE_LOOP, TRY_EXCEPT -> { }
                case FINALLY_TRY -> {
                    code.suspend(b.region);
                    Deque<Block> inner = new ArrayDeque<>(blocks);
                    while (inner.peek() != b) inner.pop();
                    inner.pop();
                    blocks = inner;
                    stmts(b.finalBody);
                    blocks = savedBlocks;
                }
                case FINALLY_END -> {
                    if (preserveTos) code.emit(Opcode.SWAP, 2);
                    code.emit(Opcode.POP_TOP);
                    if (preserveTos) code.emit(Opcode.SWAP, 2);
                    code.emit(Opcode.POP_EXCEPT);
                }
                case HANDLER -> {
                    if (b.region != null) code.suspend(b.region);
                    if (preserveTos) code.emit(Opcode.SWAP, 2);
                    code.emit(Opcode.POP_EXCEPT);
                    if (b.handlerName != null) {
                        loadConst(PyNone.NONE);
                        storeName(b.handlerName);
                        deleteName(b.handlerName);
                    }
                }
                case WITH -> {
                    code.suspend(b.region);
                    if (preserveTos) code.emit(Opcode.SWAP, 2);
                    code.emit(Opcode.WITH_EXIT);
                }
            }
        }
        // Regions suspended for the inlined cleanups protect the code that follows in their blocks again.
        for (Block b : passed) {
            if (b.region != null && (b.kind == BlockKind.FINALLY_TRY || b.kind == BlockKind.WITH
                    || b.kind == BlockKind.HANDLER)) {
                code.resume(b.region);
            }
        }
        code.depth = savedDepth;
    }

    private void functionDef(Stmt.FunctionDef f) {
        for (Expr d : f.decorators()) expr(d);
        code.pos = f.pos();
        makeFunction(f, f.name(), f.args(), f.body(), null, f.pos());
        for (int i = 0; i < f.decorators().size(); i++) code.emit(Opcode.CALL, 1);
        storeName(f.name());
    }

    private void classDef(Stmt.ClassDef c) {
        for (Expr d : c.decorators()) expr(d);
        code.pos = c.pos();
        code.emit(Opcode.LOAD_BUILD_CLASS);
        Scope cs = symbols.scopes.get(c);
        String qual = qualPrefix + c.name();
        CodeObject body = compileScope(cs, c.name(), qual, c.pos().line(), null, () -> {
            loadName("__name__");
            storeName("__module__");
            loadConst(qual);
            storeName("__qualname__");
            String doc = docstring(c.body());
            if (doc != null) {
                loadConst(doc);
                storeName("__doc__");
            }
            stmts(doc != null ? c.body().subList(1, c.body().size()) : c.body());
            if (scope.cells.contains("__class__")) {
                code.emit(Opcode.LOAD_CLOSURE, slotOf("__class__"));
                storeName("__classcell__");
            }
            loadConst(PyNone.NONE);
            code.emit(Opcode.RETURN_VALUE);
        }, qual + ".");
        emitMakeFunction(body, cs, 0);
        loadConst(c.name());
        int n = 2;
        for (Expr b : c.bases()) {
            expr(b);
            n++;
        }
        if (c.keywords().isEmpty()) {
            code.emit(Opcode.CALL, n);
        } else {
            List<String> kw = new ArrayList<>();
            for (Keyword k : c.keywords()) {
                expr(k.value());
                kw.add(k.arg());
                n++;
            }
            loadConst(PyTuple.of(kw.toArray()));
            code.emit(Opcode.CALL_KW, n);
        }
        for (int i = 0; i < c.decorators().size(); i++) code.emit(Opcode.CALL, 1);
        storeName(c.name());
    }

    private void augAssign(Stmt.AugAssign a) {
        int op = a.op().ordinal() + Opcode.INPLACE;
        Expr target = a.target();
        if (target instanceof Expr.Name n) {
            code.pos = n.pos();
            loadName(n.id());
            expr(a.value());
            code.pos = a.pos();
            code.emit(Opcode.BINARY_OP, op);
            storeName(n.id());
        } else if (target instanceof Expr.Attribute at) {
            expr(at.value());
            code.emit(Opcode.COPY, 1);
            code.pos = at.pos();
            code.emit(Opcode.LOAD_ATTR, code.name(at.attr()));
            expr(a.value());
            code.pos = a.pos();
            code.emit(Opcode.BINARY_OP, op);
            code.emit(Opcode.SWAP, 2);
            code.emit(Opcode.STORE_ATTR, code.name(at.attr()));
        } else if (target instanceof Expr.Subscript sub) {
            expr(sub.value());
            expr(sub.slice());
            code.emit(Opcode.COPY, 2);
            code.emit(Opcode.COPY, 2);
            code.pos = sub.pos();
            code.emit(Opcode.BINARY_SUBSCR);
            expr(a.value());
            code.pos = a.pos();
            code.emit(Opcode.BINARY_OP, op);
            code.emit(Opcode.SWAP, 3);
            code.emit(Opcode.SWAP, 2);
            code.emit(Opcode.STORE_SUBSCR);
        } else {
            throw error("'" + exprName(target) + "' is an illegal expression for augmented assignment",
                    target.pos());
        }
    }

    private static String exprName(Expr e) {
        if (e instanceof Expr.TupleExpr t) return "tuple";
        if (e instanceof Expr.ListExpr l) return "list";
        return "expression";
    }

    private void forLoop(Stmt.For f) {
        CodeBuilder.Label start = code.label();
        CodeBuilder.Label cleanup = code.label();
        CodeBuilder.Label end = code.label();
        expr(f.iter());
        code.pos = f.iter().pos();
        code.emit(Opcode.GET_ITER);
        code.pos = f.pos();
        code.emit(Opcode.LOOP_ENTRY);
        code.bind(start);
        code.jump(Opcode.FOR_ITER, cleanup);
        store(f.target());
        blocks.push(new Block(BlockKind.FOR_LOOP, start, end, null, null, null));
        stmts(f.body());
        blocks.pop();
        code.jump(Opcode.JUMP, start);
        code.bind(cleanup);
        stmts(f.orelse());
        code.bind(end);
    }

    private void whileLoop(Stmt.While w) {
        CodeBuilder.Label start = code.label();
        CodeBuilder.Label orelse = code.label();
        CodeBuilder.Label end = code.label();
        code.pos = w.pos();
        code.emit(Opcode.LOOP_ENTRY);
        code.bind(start);
        boolean forever = w.test() instanceof Expr.Constant c && c.value() instanceof Boolean b && b;
        if (!forever) condition(w.test(), orelse, false);
        blocks.push(new Block(BlockKind.WHILE_LOOP, start, end, null, null, null));
        stmts(w.body());
        blocks.pop();
        code.jump(Opcode.JUMP, start);
        code.bind(orelse);
        stmts(w.orelse());
        code.bind(end);
    }

    private void ifStmt(Stmt.If i) {
        CodeBuilder.Label orelse = code.label();
        CodeBuilder.Label end = code.label();
        condition(i.test(), orelse, false);
        stmts(i.body());
        if (!i.orelse().isEmpty()) {
            code.jump(Opcode.JUMP, end);
            code.bind(orelse);
            stmts(i.orelse());
        } else {
            code.bind(orelse);
        }
        code.bind(end);
    }

    /** Jumps to target when test's truth equals jumpIf; falls through otherwise. */
    private void condition(Expr test, CodeBuilder.Label target, boolean jumpIf) {
        if (test instanceof Expr.UnaryOp u && u.op() == UnaryOperator.NOT) {
            condition(u.operand(), target, !jumpIf);
            return;
        }
        if (test instanceof Expr.BoolOp b) {
            if (b.isAnd() != jumpIf) {
                // and-chain jumping on false (or or-chain jumping on true): any operand decides.
                for (Expr v : b.values()) condition(v, target, jumpIf);
            } else {
                CodeBuilder.Label skip = code.label();
                for (int i = 0; i < b.values().size() - 1; i++) condition(b.values().get(i), skip, !jumpIf);
                condition(b.values().get(b.values().size() - 1), target, jumpIf);
                code.bind(skip);
            }
            return;
        }
        if (test instanceof Expr.Compare c && c.ops().size() == 1 && compareArg(c.ops().get(0)) >= 0) {
            expr(c.left());
            expr(c.comparators().get(0));
            code.pos = c.pos();
            int bits = compareArg(c.ops().get(0)) << 24 | (jumpIf ? Opcode.JUMP_IF_TRUE : 0);
            code.jump(Opcode.COMPARE_AND_JUMP, bits, target);
            return;
        }
        expr(test);
        code.pos = test.pos();
        code.jump(jumpIf ? Opcode.POP_JUMP_IF_TRUE : Opcode.POP_JUMP_IF_FALSE, target);
    }

    private void with(Stmt.With w, int index) {
        if (index == w.items().size()) {
            stmts(w.body());
            return;
        }
        WithItem item = w.items().get(index);
        expr(item.contextExpr());
        code.pos = item.contextExpr().pos();
        code.emit(Opcode.BEFORE_WITH);
        int bodyDepth = code.depth - 1;
        CodeBuilder.Label handler = code.label();
        CodeBuilder.Label end = code.label();
        CodeBuilder.Region region = code.openRegion(handler, bodyDepth);
        if (item.optionalVars() != null) store(item.optionalVars());
        else code.emit(Opcode.POP_TOP);
        blocks.push(new Block(BlockKind.WITH, null, null, region, null, null));
        with(w, index + 1);
        blocks.pop();
        code.close(region);
        code.pos = w.pos();
        code.pos = firstLinePos(w.pos());
        code.emit(Opcode.WITH_EXIT);
        code.jump(Opcode.JUMP, end);
        code.bind(handler);
        code.emit(Opcode.PUSH_EXC_INFO);
        CodeBuilder.Label cleanup = code.label();
        CodeBuilder.Region cr = code.openRegion(cleanup, bodyDepth + 1);
        code.emit(Opcode.WITH_EXCEPT_START);
        CodeBuilder.Label suppress = code.label();
        code.jump(Opcode.POP_JUMP_IF_TRUE, suppress);
        code.emit(Opcode.RERAISE);
        code.close(cr);
        code.bind(suppress);
        code.emit(Opcode.POP_TOP);
        code.emit(Opcode.POP_EXCEPT);
        code.emit(Opcode.POP_TOP);
        code.jump(Opcode.JUMP, end);
        code.bind(cleanup);
        code.emit(Opcode.POP_EXCEPT_AND_RERAISE);
        code.bind(end);
    }

    private void tryExcept(Stmt.Try t) {
        int d = code.depth;
        CodeBuilder.Label handler = code.label();
        CodeBuilder.Label orelse = code.label();
        CodeBuilder.Label end = code.label();
        CodeBuilder.Region region = code.openRegion(handler, d);
        blocks.push(new Block(BlockKind.TRY_EXCEPT, null, null, region, null, null));
        stmts(t.body());
        blocks.pop();
        code.close(region);
        code.jump(Opcode.JUMP, orelse);
        code.bind(handler);
        code.emit(Opcode.PUSH_EXC_INFO);
        CodeBuilder.Label cleanup = code.label();
        CodeBuilder.Region cr = code.openRegion(cleanup, d + 1);
        for (ExceptHandler h : t.handlers()) {
            code.pos = h.pos();
            CodeBuilder.Label next = code.label();
            if (h.type() != null) {
                expr(h.type());
                code.pos = h.pos();
                code.emit(Opcode.CHECK_EXC_MATCH);
                code.jump(Opcode.POP_JUMP_IF_FALSE, next);
            } else if (h != t.handlers().get(t.handlers().size() - 1)) {
                throw error("default 'except:' must be last", h.pos());
            }
            if (h.name() != null) {
                storeName(h.name());
                CodeBuilder.Label nameCleanup = code.label();
                CodeBuilder.Region nr = code.openRegion(nameCleanup, d + 1);
                blocks.push(new Block(BlockKind.HANDLER, null, null, nr, null, h.name()));
                stmts(h.body());
                blocks.pop();
                code.close(nr);
                code.emit(Opcode.POP_EXCEPT);
                loadConst(PyNone.NONE);
                storeName(h.name());
                deleteName(h.name());
                code.jump(Opcode.JUMP, end);
                code.bind(nameCleanup);
                loadConst(PyNone.NONE);
                storeName(h.name());
                deleteName(h.name());
                code.emit(Opcode.RERAISE);
            } else {
                code.emit(Opcode.POP_TOP);
                blocks.push(new Block(BlockKind.HANDLER, null, null, null, null, null));
                stmts(h.body());
                blocks.pop();
                code.emit(Opcode.POP_EXCEPT);
                code.jump(Opcode.JUMP, end);
            }
            code.bind(next);
            code.depth = d + 2;
        }
        code.emit(Opcode.RERAISE);
        code.close(cr);
        code.bind(cleanup);
        code.emit(Opcode.POP_EXCEPT_AND_RERAISE);
        code.bind(orelse);
        code.depth = d;
        stmts(t.orelse());
        code.bind(end);
        code.depth = d;
    }

    private void tryFinally(Stmt.Try t) {
        int d = code.depth;
        CodeBuilder.Label onException = code.label();
        CodeBuilder.Label end = code.label();
        CodeBuilder.Region region = code.openRegion(onException, d);
        blocks.push(new Block(BlockKind.FINALLY_TRY, null, null, region, t.finalbody(), null));
        if (!t.handlers().isEmpty()) tryExcept(new Stmt.Try(t.pos(), t.body(), t.handlers(), t.orelse(), List.of()));
        else stmts(t.body());
        blocks.pop();
        code.close(region);
        stmts(t.finalbody());
        code.jump(Opcode.JUMP, end);
        code.bind(onException);
        code.emit(Opcode.PUSH_EXC_INFO);
        CodeBuilder.Label cleanup = code.label();
        CodeBuilder.Region cr = code.openRegion(cleanup, d + 1);
        blocks.push(new Block(BlockKind.FINALLY_END, null, null, cr, null, null));
        stmts(t.finalbody());
        blocks.pop();
        code.emit(Opcode.RERAISE);
        code.close(cr);
        code.bind(cleanup);
        code.emit(Opcode.POP_EXCEPT_AND_RERAISE);
        code.bind(end);
        code.depth = d;
    }

    private void importFrom(Stmt.ImportFrom i) {
        loadConst((long) i.level());
        List<Object> names = new ArrayList<>();
        for (Alias al : i.names()) names.add(al.name());
        loadConst(PyTuple.of(names.toArray()));
        code.emit(Opcode.IMPORT_NAME, code.name(i.module() == null ? "" : i.module()));
        for (Alias al : i.names()) {
            if (al.name().equals("*")) {
                code.emit(Opcode.IMPORT_STAR);
                return;
            }
            code.emit(Opcode.IMPORT_FROM, code.name(al.name()));
            storeName(al.asname() != null ? al.asname() : al.name());
        }
        code.emit(Opcode.POP_TOP);
    }

    // ---- assignment targets ----

    private void store(Expr t) {
        Pos saved = code.pos;
        if (t instanceof Expr.Name n) {
            storeName(n.id());
        } else if (t instanceof Expr.Attribute a) {
            expr(a.value());
            code.pos = a.pos();
            code.emit(Opcode.STORE_ATTR, code.name(a.attr()));
        } else if (t instanceof Expr.Subscript s) {
            expr(s.value());
            expr(s.slice());
            code.pos = s.pos();
            code.emit(Opcode.STORE_SUBSCR);
        } else if (t instanceof Expr.TupleExpr tu) {
            unpack(tu.elts(), tu.pos());
        } else if (t instanceof Expr.ListExpr l) {
            unpack(l.elts(), l.pos());
        } else if (t instanceof Expr.Starred s) {
            throw error("starred assignment target must be in a list or tuple", s.pos());
        } else {
            throw error("cannot assign to " + describe(t), t.pos());
        }
        code.pos = saved;
    }

    private static String describe(Expr e) {
        if (e instanceof Expr.Call c) return "function call";
        if (e instanceof Expr.Constant c) return "literal";
        if (e instanceof Expr.BinOp b) return "expression";
        return "expression";
    }

    private void unpack(List<Expr> elts, Pos pos) {
        int star = -1;
        for (int i = 0; i < elts.size(); i++) {
            if (elts.get(i) instanceof Expr.Starred) {
                if (star >= 0) throw error("multiple starred expressions in assignment", elts.get(i).pos());
                star = i;
            }
        }
        code.pos = pos;
        if (star < 0) {
            code.emit(Opcode.UNPACK_SEQUENCE, elts.size());
        } else {
            code.emit(Opcode.UNPACK_EX, star | ((elts.size() - star - 1) << 16));
        }
        for (Expr e : elts) store(e instanceof Expr.Starred s ? s.value() : e);
    }

    private void deleteTarget(Expr t) {
        if (t instanceof Expr.Name n) {
            deleteName(n.id());
        } else if (t instanceof Expr.Attribute a) {
            expr(a.value());
            code.pos = a.pos();
            code.emit(Opcode.DELETE_ATTR, code.name(a.attr()));
        } else if (t instanceof Expr.Subscript s) {
            expr(s.value());
            expr(s.slice());
            code.pos = s.pos();
            code.emit(Opcode.DELETE_SUBSCR);
        } else if (t instanceof Expr.TupleExpr tu) {
            for (Expr e : tu.elts()) deleteTarget(e);
        } else if (t instanceof Expr.ListExpr l) {
            for (Expr e : l.elts()) deleteTarget(e);
        } else {
            throw error("cannot delete " + describe(t), t.pos());
        }
    }

    // ---- functions, scopes ----

    private void makeFunction(Object node, String name, Arguments args, List<Stmt> body, Expr lambdaBody, Pos pos) {
        int flags = 0;
        if (!args.defaults().isEmpty()) {
            for (Expr d : args.defaults()) expr(d);
            code.emit(Opcode.BUILD_TUPLE, args.defaults().size());
            flags |= 1;
        }
        int kwd = 0;
        for (int i = 0; i < args.kwOnly().size(); i++) {
            Expr d = args.kwDefaults().get(i);
            if (d != null) {
                loadConst(args.kwOnly().get(i).name());
                expr(d);
                kwd++;
            }
        }
        if (kwd > 0) {
            code.emit(Opcode.BUILD_MAP, kwd);
            flags |= 2;
        }
        code.pos = pos;
        Scope fs = symbols.scopes.get(node);
        String qual = qualPrefix + name;
        CodeObject fc = compileScope(fs, name, qual, pos.line(), args, () -> {
            if (lambdaBody != null) {
                expr(lambdaBody);
                if (scope.isGenerator) {
                    code.emit(Opcode.POP_TOP);
                    loadConst(PyNone.NONE);
                }
                code.emit(Opcode.RETURN_VALUE);
            } else {
                String doc = docstring(body);
                stmts(doc != null ? body.subList(1, body.size()) : body);
                loadConst(PyNone.NONE);
                code.emit(Opcode.RETURN_VALUE);
            }
        }, qual + ".<locals>.");
        emitMakeFunction(fc, fs, flags);
    }

    private void emitMakeFunction(CodeObject fc, Scope fs, int flags) {
        if (fc.freevars.length > 0) {
            for (String fv : fc.freevars) {
                Scope.Binding b = scope.binding(fv);
                if (scope.kind == Scope.Kind.CLASS && fv.equals("__class__")) {
                    code.emit(Opcode.LOAD_CLOSURE, slotOf(fv));
                } else if (b == Scope.Binding.CELL || b == Scope.Binding.FREE || scope.frees.contains(fv)
                        || scope.cells.contains(fv)) {
                    code.emit(Opcode.LOAD_CLOSURE, slotOf(fv));
                } else {
                    throw new IllegalStateException("free variable " + fv + " not available in " + scope.name);
                }
            }
            code.emit(Opcode.BUILD_TUPLE, fc.freevars.length);
            flags |= 8;
        }
        loadConst(fc);
        code.emit(Opcode.MAKE_FUNCTION, flags);
    }

    /** Compiles a nested scope with its own builder, slots and blocks, then restores the outer ones. */
    private CodeObject compileScope(Scope s, String name, String qual, int firstLine, Arguments args, Runnable body,
                                    String childPrefix) {
        Scope savedScope = scope;
        CodeBuilder savedCode = code;
        Deque<Block> savedBlocks = blocks;
        java.util.Map<String, Integer> savedSlots = slots;
        String savedPrefix = qualPrefix;
        Pos pos = code.pos;
        scope = s;
        code = new CodeBuilder();
        code.pos = pos;
        blocks = new ArrayDeque<>();
        slots = new java.util.HashMap<>();
        qualPrefix = childPrefix;
        List<String> varnames = new ArrayList<>();
        int argCount = 0;
        int posOnly = 0;
        int kwOnly = 0;
        boolean varargs = false;
        boolean varkw = false;
        if (args != null) {
            for (Arguments.Arg a : args.args()) varnames.add(a.name());
            argCount = args.args().size();
            posOnly = args.posOnlyCount();
            for (Arguments.Arg a : args.kwOnly()) varnames.add(a.name());
            kwOnly = args.kwOnly().size();
            if (args.vararg() != null) {
                varnames.add(args.vararg().name());
                varargs = true;
            }
            if (args.kwarg() != null) {
                varnames.add(args.kwarg().name());
                varkw = true;
            }
        } else if (s.kind == Scope.Kind.COMPREHENSION) {
            varnames.add(".0");
            argCount = 1;
        }
        List<String> params = new ArrayList<>(varnames);
        if (s.isFunctionLike()) {
            for (var e : s.resolved.entrySet()) {
                if (e.getValue() == Scope.Binding.LOCAL && !varnames.contains(e.getKey())) varnames.add(e.getKey());
            }
        }
        List<String> cellvars = new ArrayList<>(s.cells);
        List<String> freevars = new ArrayList<>(s.frees);
        int k = 0;
        for (String v : varnames) slots.put(v, k++);
        for (String v : cellvars) slots.put(v, k++);
        for (String v : freevars) slots.put(v, k++);
        int[] cell2arg = new int[cellvars.size()];
        for (int i = 0; i < cellvars.size(); i++) cell2arg[i] = params.indexOf(cellvars.get(i));
        // A parameter that is a cell keeps no plain-local slot use; its value moves into the cell on entry.
        body.run();
        String doc = null;
        CodeObject result = code.build(name, qual, filename, firstLine, varnames.toArray(new String[0]),
                cellvars.toArray(new String[0]), freevars.toArray(new String[0]), cell2arg, argCount, posOnly,
                kwOnly, varargs, varkw, s.isGenerator, doc);
        scope = savedScope;
        code = savedCode;
        blocks = savedBlocks;
        slots = savedSlots;
        qualPrefix = savedPrefix;
        return result;
    }

    // ---- expressions ----

    private void exprs(List<Expr> es) {
        for (Expr e : es) expr(e);
    }

    private void expr(Expr e) {
        Pos saved = code.pos;
        code.pos = e.pos();
        if (e instanceof Expr.Name n) {
            loadName(n.id());
        } else if (e instanceof Expr.Constant c) {
            loadConst(c.value());
        } else if (e instanceof Expr.JoinedStr j) {
            if (j.values().isEmpty()) {
                loadConst("");
            } else {
                for (Expr part : j.values()) expr(part);
                if (j.values().size() > 1) code.emit(Opcode.BUILD_STRING, j.values().size());
            }
        } else if (e instanceof Expr.FormattedValue f) {
            expr(f.value());
            int flags = switch (f.conversion()) {
                case 's' -> 1;
                case 'r' -> 2;
                case 'a' -> 3;
                default -> 0;
            };
            if (f.formatSpec() != null) {
                expr(f.formatSpec());
                flags |= 4;
            }
            code.pos = f.pos();
            code.emit(Opcode.FORMAT_VALUE, flags);
        } else if (e instanceof Expr.BinOp b) {
            Object folded = fold(b);
            if (folded != null) {
                loadConst(folded);
            } else {
                expr(b.left());
                expr(b.right());
                code.pos = b.pos();
                code.emit(Opcode.BINARY_OP, b.op().ordinal());
            }
        } else if (e instanceof Expr.UnaryOp u) {
            unary(u);
        } else if (e instanceof Expr.BoolOp b) {
            CodeBuilder.Label end = code.label();
            for (int i = 0; i < b.values().size(); i++) {
                expr(b.values().get(i));
                if (i < b.values().size() - 1) {
                    code.jump(b.isAnd() ? Opcode.JUMP_IF_FALSE_OR_POP : Opcode.JUMP_IF_TRUE_OR_POP, end);
                }
            }
            code.bind(end);
        } else if (e instanceof Expr.Compare c) {
            compare(c);
        } else if (e instanceof Expr.Call c) {
            call(c);
        } else if (e instanceof Expr.Attribute a) {
            expr(a.value());
            code.pos = a.pos();
            code.emit(Opcode.LOAD_ATTR, code.name(a.attr()));
        } else if (e instanceof Expr.Subscript s) {
            expr(s.value());
            expr(s.slice());
            code.pos = s.pos();
            code.emit(Opcode.BINARY_SUBSCR);
        } else if (e instanceof Expr.Slice s) {
            if (s.lower() != null) expr(s.lower());
            else loadConst(PyNone.NONE);
            if (s.upper() != null) expr(s.upper());
            else loadConst(PyNone.NONE);
            if (s.step() != null) {
                expr(s.step());
                code.emit(Opcode.BUILD_SLICE, 3);
            } else {
                code.emit(Opcode.BUILD_SLICE, 2);
            }
        } else if (e instanceof Expr.Starred s) {
            throw error("can't use starred expression here", s.pos());
        } else if (e instanceof Expr.ListExpr l) {
            sequence(l.elts(), Opcode.BUILD_LIST);
        } else if (e instanceof Expr.TupleExpr t) {
            Object[] consts = constantItems(t.elts());
            if (consts != null) loadConst(PyTuple.of(consts));
            else sequence(t.elts(), Opcode.BUILD_TUPLE);
        } else if (e instanceof Expr.SetExpr s) {
            sequence(s.elts(), Opcode.BUILD_SET);
        } else if (e instanceof Expr.DictExpr d) {
            dict(d);
        } else if (e instanceof Expr.IfExp i) {
            CodeBuilder.Label orelse = code.label();
            CodeBuilder.Label end = code.label();
            condition(i.test(), orelse, false);
            expr(i.body());
            code.jump(Opcode.JUMP, end);
            code.bind(orelse);
            expr(i.orelse());
            code.bind(end);
        } else if (e instanceof Expr.Lambda l) {
            makeFunction(l, "<lambda>", l.args(), null, l.body(), l.pos());
        } else if (e instanceof Expr.ListComp c) {
            comprehension(c, "<listcomp>", c.generators(), Opcode.BUILD_LIST,
                () -> {
                    expr(c.elt());
                    code.emit(Opcode.LIST_APPEND, c.generators().size() + 1);
                });
        } else if (e instanceof Expr.SetComp c) {
            comprehension(c, "<setcomp>", c.generators(), Opcode.BUILD_SET,
                () -> {
                    expr(c.elt());
                    code.emit(Opcode.SET_ADD, c.generators().size() + 1);
                });
        } else if (e instanceof Expr.DictComp c) {
            comprehension(c, "<dictcomp>", c.generators(), Opcode.BUILD_MAP,
                () -> {
                    expr(c.key());
                    expr(c.value());
                    code.emit(Opcode.MAP_ADD, c.generators().size() + 1);
                });
        } else if (e instanceof Expr.GeneratorExp c) {
            comprehension(c, "<genexpr>", c.generators(), -1,
                () -> {
                    expr(c.elt());
                    code.emit(Opcode.YIELD_VALUE);
                    code.emit(Opcode.POP_TOP);
                });
        } else if (e instanceof Expr.Yield y) {
            if (y.value() != null) expr(y.value());
            else loadConst(PyNone.NONE);
            code.pos = y.pos();
            code.emit(Opcode.YIELD_VALUE);
        } else if (e instanceof Expr.YieldFrom y) {
            expr(y.value());
            code.pos = y.pos();
            code.emit(Opcode.GET_YIELD_FROM_ITER);
            loadConst(PyNone.NONE);
            code.emit(Opcode.YIELD_FROM);
        } else if (e instanceof Expr.NamedExpr n) {
            expr(n.value());
            code.emit(Opcode.COPY, 1);
            storeName(n.target().id());
        } else {
            throw new IllegalStateException("unexpected " + e);
        }
        code.pos = saved;
    }

    /** Folds arithmetic on two numeric constants (as CPython's peephole does), when it cannot raise. */
    private static Object fold(Expr.BinOp b) {
        if (b.left() instanceof Expr.Constant l && b.right() instanceof Expr.Constant r
                && l.value() instanceof Long x && r.value() instanceof Long y) {
            switch (b.op()) {
                case ADD, SUB, MUL, BITOR, BITAND, BITXOR:
                    return IntOps.binaryLong(x, y, b.op().ordinal());
                default:
                    return null;
            }
        }
        return null;
    }

    private void unary(Expr.UnaryOp u) {
        if (u.op() == UnaryOperator.NEG && u.operand() instanceof Expr.Constant c) {
            if (c.value() instanceof Long l) {
                loadConst(IntOps.neg(l));
                return;
            }
            if (c.value() instanceof Double d) {
                loadConst(-d);
                return;
            }
            if (c.value() instanceof java.math.BigInteger b) {
                loadConst(IntOps.normalize(b.negate()));
                return;
            }
        }
        expr(u.operand());
        code.pos = u.pos();
        switch (u.op()) {
            case NOT -> code.emit(Opcode.UNARY_NOT);
            case NEG -> code.emit(Opcode.UNARY_NEGATIVE);
            case POS -> code.emit(Opcode.UNARY_POSITIVE);
            case INVERT -> code.emit(Opcode.UNARY_INVERT);
        }
    }

    private static int compareArg(CmpOp op) {
        return switch (op) {
            case EQ -> Compare.EQ;
            case NE -> Compare.NE;
            case LT -> Compare.LT;
            case LE -> Compare.LE;
            case GT -> Compare.GT;
            case GE -> Compare.GE;
            default -> -1;
        };
    }

    private void emitCompare(CmpOp op) {
        switch (op) {
            case IS -> code.emit(Opcode.IS_OP, 0);
            case IS_NOT -> code.emit(Opcode.IS_OP, 1);
            case IN -> code.emit(Opcode.CONTAINS_OP, 0);
            case NOT_IN -> code.emit(Opcode.CONTAINS_OP, 1);
            default -> code.emit(Opcode.COMPARE_OP, compareArg(op));
        }
    }

    private void compare(Expr.Compare c) {
        expr(c.left());
        int n = c.ops().size();
        if (n == 1) {
            expr(c.comparators().get(0));
            code.pos = c.pos();
            emitCompare(c.ops().get(0));
            return;
        }
        CodeBuilder.Label cleanup = code.label();
        CodeBuilder.Label end = code.label();
        for (int i = 0; i < n - 1; i++) {
            expr(c.comparators().get(i));
            code.emit(Opcode.SWAP, 2);
            code.emit(Opcode.COPY, 2);
            code.pos = c.pos();
            emitCompare(c.ops().get(i));
            code.jump(Opcode.JUMP_IF_FALSE_OR_POP, cleanup);
        }
        expr(c.comparators().get(n - 1));
        code.pos = c.pos();
        emitCompare(c.ops().get(n - 1));
        code.jump(Opcode.JUMP, end);
        code.bind(cleanup);
        code.emit(Opcode.SWAP, 2);
        code.emit(Opcode.POP_TOP);
        code.bind(end);
    }

    private static boolean hasStar(List<Expr> es) {
        for (Expr e : es) {
            if (e instanceof Expr.Starred) return true;
        }
        return false;
    }

    private static Object[] constantItems(List<Expr> es) {
        Object[] out = new Object[es.size()];
        for (int i = 0; i < out.length; i++) {
            if (!(es.get(i) instanceof Expr.Constant c)) return null;
            out[i] = c.value();
        }
        return out;
    }

    private void sequence(List<Expr> elts, int buildOp) {
        if (!hasStar(elts)) {
            exprs(elts);
            code.emit(buildOp, elts.size());
            return;
        }
        boolean isSet = buildOp == Opcode.BUILD_SET;
        code.emit(isSet ? Opcode.BUILD_SET : Opcode.BUILD_LIST, 0);
        for (Expr e : elts) {
            if (e instanceof Expr.Starred s) {
                expr(s.value());
                code.emit(isSet ? Opcode.SET_UPDATE : Opcode.LIST_EXTEND, 1);
            } else {
                expr(e);
                code.emit(isSet ? Opcode.SET_ADD : Opcode.LIST_APPEND, 1);
            }
        }
        if (buildOp == Opcode.BUILD_TUPLE) code.emit(Opcode.LIST_TO_TUPLE);
    }

    private void dict(Expr.DictExpr d) {
        boolean unpack = false;
        for (Expr k : d.keys()) {
            if (k == null) unpack = true;
        }
        if (!unpack) {
            for (int i = 0; i < d.keys().size(); i++) {
                expr(d.keys().get(i));
                expr(d.values().get(i));
            }
            code.emit(Opcode.BUILD_MAP, d.keys().size());
            return;
        }
        code.emit(Opcode.BUILD_MAP, 0);
        for (int i = 0; i < d.keys().size(); i++) {
            if (d.keys().get(i) == null) {
                expr(d.values().get(i));
                code.emit(Opcode.DICT_UPDATE, 1);
            } else {
                expr(d.keys().get(i));
                expr(d.values().get(i));
                code.emit(Opcode.MAP_ADD, 1);
            }
        }
    }

    private void call(Expr.Call c) {
        boolean simpleArgs = !hasStar(c.args());
        boolean hasDoubleStar = false;
        for (Keyword k : c.keywords()) {
            if (k.arg() == null) hasDoubleStar = true;
        }
        if (simpleArgs && !hasDoubleStar && c.args().isEmpty() && c.keywords().isEmpty()
                && c.func() instanceof Expr.Name n && n.id().equals("super") && zeroArgSuper()) {
            return;
        }
        if (simpleArgs && !hasDoubleStar && c.keywords().isEmpty() && c.func() instanceof Expr.Attribute a) {
            expr(a.value());
            code.pos = a.pos();
            code.emit(Opcode.LOAD_METHOD, code.name(a.attr()));
            exprs(c.args());
            code.pos = c.pos();
            code.emit(Opcode.CALL_METHOD, c.args().size());
            return;
        }
        expr(c.func());
        if (simpleArgs && !hasDoubleStar) {
            exprs(c.args());
            if (c.keywords().isEmpty()) {
                code.pos = c.pos();
                code.emit(Opcode.CALL, c.args().size());
                return;
            }
            List<Object> names = new ArrayList<>();
            for (Keyword k : c.keywords()) {
                expr(k.value());
                names.add(k.arg());
            }
            loadConst(PyTuple.of(names.toArray()));
            code.pos = c.pos();
            code.emit(Opcode.CALL_KW, c.args().size() + c.keywords().size());
            return;
        }
        if (c.args().isEmpty()) {
            loadConst(PyTuple.EMPTY);
        } else if (c.args().size() == 1 && c.args().get(0) instanceof Expr.Starred s) {
            // f(*xs): CALL_FUNCTION_EX makes xs a tuple unless it is one, as CPython's does (no list built).
            expr(s.value());
        } else {
            code.emit(Opcode.BUILD_LIST, 0);
            for (Expr a : c.args()) {
                if (a instanceof Expr.Starred s) {
                    expr(s.value());
                    code.emit(Opcode.LIST_EXTEND, 1 | Opcode.CALL_ARGUMENTS);
                } else {
                    expr(a);
                    code.emit(Opcode.LIST_APPEND, 1);
                }
            }
            code.emit(Opcode.LIST_TO_TUPLE);
        }
        int flags = 0;
        if (c.keywords().size() == 1 && c.keywords().get(0).arg() == null) {
            // f(**kw): the call reads kw's items and leaves kw alone, so no copy is merged into a new dict
            // first (CPython 3.11 makes none either).
            expr(c.keywords().get(0).value());
            flags = 1 | Opcode.KWARGS_AS_WRITTEN;
        } else if (!c.keywords().isEmpty()) {
            code.emit(Opcode.BUILD_MAP, 0);
            boolean merged = false;
            for (Keyword k : c.keywords()) {
                if (k.arg() == null) {
                    expr(k.value());
                    code.emit(Opcode.DICT_MERGE, 1);
                    merged = true;
                } else if (merged) {
                    // After a **mapping, a keyword is merged too: it may repeat a key the mapping had.
                    loadConst(k.arg());
                    expr(k.value());
                    code.emit(Opcode.BUILD_MAP, 1);
                    code.emit(Opcode.DICT_MERGE, 1);
                } else {
                    loadConst(k.arg());
                    expr(k.value());
                    code.emit(Opcode.MAP_ADD, 1);
                }
            }
            flags = 1;
        }
        code.pos = c.pos();
        code.emit(Opcode.CALL_FUNCTION_EX, flags);
    }

    /** super() in a method becomes super(__class__, first_argument), as CPython resolves it at run time. */
    private boolean zeroArgSuper() {
        if (scope.kind != Scope.Kind.FUNCTION || scope.binding("super") == Scope.Binding.LOCAL) return false;
        if (scope.binding("__class__") != Scope.Binding.FREE || slots.get("__class__") == null) return false;
        if (slots.isEmpty()) return false;
        loadName("super");
        code.emit(Opcode.LOAD_DEREF, slotOf("__class__"));
        String first = null;
        for (var e : slots.entrySet()) {
            if (e.getValue() == 0) first = e.getKey();
        }
        if (first == null || first.equals("__class__")) {
            throw new CompileError("super(): no arguments", filename, code.pos);
        }
        loadName(first);
        code.emit(Opcode.CALL, 2);
        return true;
    }

    private void comprehension(Expr node, String name, List<Comprehension> gens, int buildOp, Runnable element) {
        Scope cs = symbols.scopes.get(node);
        Pos pos = node.pos();
        String qual = qualPrefix + name;
        CodeObject cc = compileScope(cs, name, qual, pos.line(), null, () -> {
            if (buildOp >= 0) code.emit(buildOp, 0);
            comprehensionLoop(gens, 0, element);
            if (buildOp < 0) loadConst(PyNone.NONE);
            code.emit(Opcode.RETURN_VALUE);
        }, qual + ".<locals>.");
        emitMakeFunction(cc, cs, 0);
        expr(gens.get(0).iter());
        code.pos = pos;
        code.emit(Opcode.GET_ITER);
        code.emit(Opcode.CALL, 1);
    }

    private void comprehensionLoop(List<Comprehension> gens, int i, Runnable element) {
        Comprehension g = gens.get(i);
        CodeBuilder.Label start = code.label();
        CodeBuilder.Label end = code.label();
        if (i == 0) {
            code.emit(Opcode.LOAD_FAST, 0);
        } else {
            expr(g.iter());
            code.pos = g.iter().pos();
            code.emit(Opcode.GET_ITER);
        }
        code.pos = g.iter().pos();
        code.emit(Opcode.LOOP_ENTRY);
        code.bind(start);
        code.jump(Opcode.FOR_ITER, end);
        store(g.target());
        for (Expr cond : g.ifs()) condition(cond, start, false);
        if (i + 1 < gens.size()) comprehensionLoop(gens, i + 1, element);
        else element.run();
        code.jump(Opcode.JUMP, start);
        code.bind(end);
    }
}
