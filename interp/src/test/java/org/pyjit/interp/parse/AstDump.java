package org.pyjit.interp.parse;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
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
import org.pyjit.interp.runtime.PyBytes;
import org.pyjit.interp.runtime.PyEllipsis;
import org.pyjit.interp.runtime.PyNone;

/**
 * Prints our AST the way CPython's {@code ast.dump} prints its own, with CPython's node and field names, minus
 * what our AST does not keep (ctx, type_comment, kind, annotations of parameters, returns, simple,
 * type_ignores, is_async). Optional fields that are null are left out, as ast.dump does. With positions on,
 * every node that has a position is written {@code Name@line:col-endLine:endCol(...)}. gen_cases.py prints
 * CPython's trees in exactly this format.
 */
final class AstDump {
    private final boolean positions;
    private final StringBuilder sb = new StringBuilder();

    private AstDump(boolean positions) { this.positions = positions; }

    static String dump(Module m, boolean positions) {
        AstDump d = new AstDump(positions);
        d.open("Module", null);
        d.field("body");
        d.stmts(m.body());
        d.close();
        return d.sb.toString();
    }

    // ------------------------------------------------------------- output helpers

    private final List<Boolean> first = new ArrayList<>();

    private void open(String name, Pos p) {
        sb.append(name);
        if (positions && p != null) {
            sb.append('@').append(p.line()).append(':').append(p.col()).append('-').append(p.endLine()).append(':')
                    .append(p.endCol());
        }
        sb.append('(');
        first.add(Boolean.TRUE);
    }

    private void close() {
        sb.append(')');
        first.remove(first.size() - 1);
    }

    private void field(String name) {
        int i = first.size() - 1;
        if (!first.get(i)) {
            sb.append(", ");
        }
        first.set(i, Boolean.FALSE);
        sb.append(name).append('=');
    }

    private void stmts(List<Stmt> list) {
        sb.append('[');
        for (int i = 0; i < list.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            stmt(list.get(i));
        }
        sb.append(']');
    }

    private void exprs(List<Expr> list) {
        sb.append('[');
        for (int i = 0; i < list.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            Expr e = list.get(i);
            if (e == null) {
                sb.append("None");
            } else {
                expr(e);
            }
        }
        sb.append(']');
    }

    private void strings(List<String> list) {
        sb.append('[');
        for (int i = 0; i < list.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(repr(list.get(i)));
        }
        sb.append(']');
    }

    private void optExpr(String name, Expr e) {
        if (e != null) {
            field(name);
            expr(e);
        }
    }

    private void exprField(String name, Expr e) {
        field(name);
        expr(e);
    }

    private void strField(String name, String s) {
        if (s != null) {
            field(name);
            sb.append(repr(s));
        }
    }

    private void simple(String name) {
        sb.append(name).append("()");
    }

    // ------------------------------------------------------------- statements

    private void stmt(Stmt s) {
        switch (s) {
            case Stmt.FunctionDef f -> {
                open("FunctionDef", f.pos());
                strField("name", f.name());
                field("args");
                arguments(f.args());
                field("body");
                stmts(f.body());
                field("decorator_list");
                exprs(f.decorators());
                close();
            }
            case Stmt.ClassDef c -> {
                open("ClassDef", c.pos());
                strField("name", c.name());
                field("bases");
                exprs(c.bases());
                field("keywords");
                keywords(c.keywords());
                field("body");
                stmts(c.body());
                field("decorator_list");
                exprs(c.decorators());
                close();
            }
            case Stmt.Return r -> {
                open("Return", r.pos());
                optExpr("value", r.value());
                close();
            }
            case Stmt.Delete d -> {
                open("Delete", d.pos());
                field("targets");
                exprs(d.targets());
                close();
            }
            case Stmt.Assign a -> {
                open("Assign", a.pos());
                field("targets");
                exprs(a.targets());
                exprField("value", a.value());
                close();
            }
            case Stmt.AugAssign a -> {
                open("AugAssign", a.pos());
                exprField("target", a.target());
                field("op");
                simple(opName(a.op()));
                exprField("value", a.value());
                close();
            }
            case Stmt.AnnAssign a -> {
                open("AnnAssign", a.pos());
                exprField("target", a.target());
                exprField("annotation", a.annotation());
                optExpr("value", a.value());
                close();
            }
            case Stmt.For f -> {
                open("For", f.pos());
                exprField("target", f.target());
                exprField("iter", f.iter());
                field("body");
                stmts(f.body());
                field("orelse");
                stmts(f.orelse());
                close();
            }
            case Stmt.While w -> {
                open("While", w.pos());
                exprField("test", w.test());
                field("body");
                stmts(w.body());
                field("orelse");
                stmts(w.orelse());
                close();
            }
            case Stmt.If i -> {
                open("If", i.pos());
                exprField("test", i.test());
                field("body");
                stmts(i.body());
                field("orelse");
                stmts(i.orelse());
                close();
            }
            case Stmt.With w -> {
                open("With", w.pos());
                field("items");
                sb.append('[');
                for (int k = 0; k < w.items().size(); k++) {
                    if (k > 0) {
                        sb.append(", ");
                    }
                    WithItem it = w.items().get(k);
                    open("withitem", null);
                    exprField("context_expr", it.contextExpr());
                    optExpr("optional_vars", it.optionalVars());
                    close();
                }
                sb.append(']');
                field("body");
                stmts(w.body());
                close();
            }
            case Stmt.Raise r -> {
                open("Raise", r.pos());
                optExpr("exc", r.exc());
                optExpr("cause", r.cause());
                close();
            }
            case Stmt.Try t -> {
                open("Try", t.pos());
                field("body");
                stmts(t.body());
                field("handlers");
                sb.append('[');
                for (int k = 0; k < t.handlers().size(); k++) {
                    if (k > 0) {
                        sb.append(", ");
                    }
                    ExceptHandler h = t.handlers().get(k);
                    open("ExceptHandler", h.pos());
                    optExpr("type", h.type());
                    strField("name", h.name());
                    field("body");
                    stmts(h.body());
                    close();
                }
                sb.append(']');
                field("orelse");
                stmts(t.orelse());
                field("finalbody");
                stmts(t.finalbody());
                close();
            }
            case Stmt.Assert a -> {
                open("Assert", a.pos());
                exprField("test", a.test());
                optExpr("msg", a.msg());
                close();
            }
            case Stmt.Import i -> {
                open("Import", i.pos());
                field("names");
                aliases(i.names());
                close();
            }
            case Stmt.ImportFrom i -> {
                open("ImportFrom", i.pos());
                strField("module", i.module());
                field("names");
                aliases(i.names());
                field("level");
                sb.append(i.level());
                close();
            }
            case Stmt.Global g -> {
                open("Global", g.pos());
                field("names");
                strings(g.names());
                close();
            }
            case Stmt.Nonlocal g -> {
                open("Nonlocal", g.pos());
                field("names");
                strings(g.names());
                close();
            }
            case Stmt.ExprStmt e -> {
                open("Expr", e.pos());
                exprField("value", e.value());
                close();
            }
            case Stmt.Pass p -> {
                open("Pass", p.pos());
                close();
            }
            case Stmt.Break b -> {
                open("Break", b.pos());
                close();
            }
            case Stmt.Continue c -> {
                open("Continue", c.pos());
                close();
            }
        }
    }

    private void aliases(List<Alias> list) {
        sb.append('[');
        for (int i = 0; i < list.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            Alias a = list.get(i);
            open("alias", null);
            strField("name", a.name());
            strField("asname", a.asname());
            close();
        }
        sb.append(']');
    }

    private void keywords(List<Keyword> list) {
        sb.append('[');
        for (int i = 0; i < list.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            Keyword k = list.get(i);
            open("keyword", k.pos());
            strField("arg", k.arg());
            exprField("value", k.value());
            close();
        }
        sb.append(']');
    }

    private void args(List<Arguments.Arg> list) {
        sb.append('[');
        for (int i = 0; i < list.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            arg(list.get(i));
        }
        sb.append(']');
    }

    private void arg(Arguments.Arg a) {
        open("arg", a.pos());
        strField("arg", a.name());
        close();
    }

    private void arguments(Arguments a) {
        open("arguments", null);
        field("posonlyargs");
        args(a.args().subList(0, a.posOnlyCount()));
        field("args");
        args(a.args().subList(a.posOnlyCount(), a.args().size()));
        if (a.vararg() != null) {
            field("vararg");
            arg(a.vararg());
        }
        field("kwonlyargs");
        args(a.kwOnly());
        field("kw_defaults");
        exprs(a.kwDefaults());
        if (a.kwarg() != null) {
            field("kwarg");
            arg(a.kwarg());
        }
        field("defaults");
        exprs(a.defaults());
        close();
    }

    private void comprehensions(List<Comprehension> list) {
        sb.append('[');
        for (int i = 0; i < list.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            Comprehension c = list.get(i);
            open("comprehension", null);
            exprField("target", c.target());
            exprField("iter", c.iter());
            field("ifs");
            exprs(c.ifs());
            close();
        }
        sb.append(']');
    }

    // ------------------------------------------------------------- expressions

    private void expr(Expr e) {
        switch (e) {
            case Expr.BoolOp b -> {
                open("BoolOp", b.pos());
                field("op");
                simple(b.isAnd() ? "And" : "Or");
                field("values");
                exprs(b.values());
                close();
            }
            case Expr.NamedExpr n -> {
                open("NamedExpr", n.pos());
                exprField("target", n.target());
                exprField("value", n.value());
                close();
            }
            case Expr.BinOp b -> {
                open("BinOp", b.pos());
                exprField("left", b.left());
                field("op");
                simple(opName(b.op()));
                exprField("right", b.right());
                close();
            }
            case Expr.UnaryOp u -> {
                open("UnaryOp", u.pos());
                field("op");
                simple(switch (u.op()) {
                    case NOT -> "Not";
                    case NEG -> "USub";
                    case POS -> "UAdd";
                    case INVERT -> "Invert";
                });
                exprField("operand", u.operand());
                close();
            }
            case Expr.Lambda l -> {
                open("Lambda", l.pos());
                field("args");
                arguments(l.args());
                exprField("body", l.body());
                close();
            }
            case Expr.IfExp i -> {
                open("IfExp", i.pos());
                exprField("test", i.test());
                exprField("body", i.body());
                exprField("orelse", i.orelse());
                close();
            }
            case Expr.DictExpr d -> {
                open("Dict", d.pos());
                field("keys");
                exprs(d.keys());
                field("values");
                exprs(d.values());
                close();
            }
            case Expr.SetExpr s -> {
                open("Set", s.pos());
                field("elts");
                exprs(s.elts());
                close();
            }
            case Expr.ListComp c -> {
                open("ListComp", c.pos());
                exprField("elt", c.elt());
                field("generators");
                comprehensions(c.generators());
                close();
            }
            case Expr.SetComp c -> {
                open("SetComp", c.pos());
                exprField("elt", c.elt());
                field("generators");
                comprehensions(c.generators());
                close();
            }
            case Expr.DictComp c -> {
                open("DictComp", c.pos());
                exprField("key", c.key());
                exprField("value", c.value());
                field("generators");
                comprehensions(c.generators());
                close();
            }
            case Expr.GeneratorExp c -> {
                open("GeneratorExp", c.pos());
                exprField("elt", c.elt());
                field("generators");
                comprehensions(c.generators());
                close();
            }
            case Expr.Yield y -> {
                open("Yield", y.pos());
                optExpr("value", y.value());
                close();
            }
            case Expr.YieldFrom y -> {
                open("YieldFrom", y.pos());
                exprField("value", y.value());
                close();
            }
            case Expr.Compare c -> {
                open("Compare", c.pos());
                exprField("left", c.left());
                field("ops");
                sb.append('[');
                for (int i = 0; i < c.ops().size(); i++) {
                    if (i > 0) {
                        sb.append(", ");
                    }
                    simple(cmpName(c.ops().get(i)));
                }
                sb.append(']');
                field("comparators");
                exprs(c.comparators());
                close();
            }
            case Expr.Call c -> {
                open("Call", c.pos());
                exprField("func", c.func());
                field("args");
                exprs(c.args());
                field("keywords");
                keywords(c.keywords());
                close();
            }
            case Expr.FormattedValue f -> {
                open("FormattedValue", f.pos());
                exprField("value", f.value());
                field("conversion");
                sb.append(f.conversion());
                optExpr("format_spec", f.formatSpec());
                close();
            }
            case Expr.JoinedStr j -> {
                open("JoinedStr", j.pos());
                field("values");
                exprs(j.values());
                close();
            }
            case Expr.Constant c -> {
                open("Constant", c.pos());
                field("value");
                sb.append(constant(c.value()));
                close();
            }
            case Expr.Attribute a -> {
                open("Attribute", a.pos());
                exprField("value", a.value());
                strField("attr", a.attr());
                close();
            }
            case Expr.Subscript s -> {
                open("Subscript", s.pos());
                exprField("value", s.value());
                exprField("slice", s.slice());
                close();
            }
            case Expr.Starred s -> {
                open("Starred", s.pos());
                exprField("value", s.value());
                close();
            }
            case Expr.Name n -> {
                open("Name", n.pos());
                strField("id", n.id());
                close();
            }
            case Expr.ListExpr l -> {
                open("List", l.pos());
                field("elts");
                exprs(l.elts());
                close();
            }
            case Expr.TupleExpr t -> {
                open("Tuple", t.pos());
                field("elts");
                exprs(t.elts());
                close();
            }
            case Expr.Slice s -> {
                open("Slice", s.pos());
                optExpr("lower", s.lower());
                optExpr("upper", s.upper());
                optExpr("step", s.step());
                close();
            }
        }
    }

    static String opName(Operator op) {
        return switch (op) {
            case ADD -> "Add";
            case SUB -> "Sub";
            case MUL -> "Mult";
            case MATMUL -> "MatMult";
            case DIV -> "Div";
            case FLOORDIV -> "FloorDiv";
            case MOD -> "Mod";
            case POW -> "Pow";
            case LSHIFT -> "LShift";
            case RSHIFT -> "RShift";
            case BITOR -> "BitOr";
            case BITXOR -> "BitXor";
            case BITAND -> "BitAnd";
        };
    }

    static String cmpName(CmpOp op) {
        return switch (op) {
            case EQ -> "Eq";
            case NE -> "NotEq";
            case LT -> "Lt";
            case LE -> "LtE";
            case GT -> "Gt";
            case GE -> "GtE";
            case IS -> "Is";
            case IS_NOT -> "IsNot";
            case IN -> "In";
            case NOT_IN -> "NotIn";
        };
    }

    // ------------------------------------------------------------- Python reprs

    static String constant(Object v) {
        if (v == PyNone.NONE) {
            return "None";
        } else if (v == PyEllipsis.ELLIPSIS) {
            return "Ellipsis";
        } else if (v instanceof Boolean b) {
            return b ? "True" : "False";
        } else if (v instanceof Long || v instanceof BigInteger) {
            return v.toString();
        } else if (v instanceof Double d) {
            return floatRepr(d);
        } else if (v instanceof String s) {
            return repr(s);
        } else if (v instanceof PyBytes b) {
            return bytesRepr(b.bytes);
        }
        throw new IllegalArgumentException("unexpected constant " + v);
    }

    /** Python's repr(float). */
    static String floatRepr(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0) {
            return (1 / d < 0) ? "-0.0" : "0.0";
        }
        // Shortest round-tripping digits (Java's Double.toString is shortest since JDK 19).
        BigDecimal bd = new BigDecimal(Double.toString(Math.abs(d))).stripTrailingZeros();
        String digits = bd.unscaledValue().toString();
        int decpt = digits.length() - bd.scale(); // value = 0.digits * 10^decpt
        StringBuilder out = new StringBuilder(d < 0 ? "-" : "");
        if (decpt <= -4 || decpt > 16) {
            out.append(digits.charAt(0));
            if (digits.length() > 1) {
                out.append('.').append(digits, 1, digits.length());
            }
            int exp = decpt - 1;
            out.append('e').append(exp < 0 ? '-' : '+');
            String es = Integer.toString(Math.abs(exp));
            if (es.length() < 2) {
                out.append('0');
            }
            out.append(es);
        } else if (decpt <= 0) {
            out.append("0.");
            for (int i = 0; i < -decpt; i++) {
                out.append('0');
            }
            out.append(digits);
        } else if (decpt >= digits.length()) {
            out.append(digits);
            for (int i = digits.length(); i < decpt; i++) {
                out.append('0');
            }
            out.append(".0");
        } else {
            out.append(digits, 0, decpt).append('.').append(digits, decpt, digits.length());
        }
        return out.toString();
    }

    /** Python's repr(str). */
    static String repr(String s) {
        char quote = '\'';
        if (s.indexOf('\'') >= 0 && s.indexOf('"') < 0) {
            quote = '"';
        }
        StringBuilder out = new StringBuilder();
        out.append(quote);
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c == quote || c == '\\') {
                out.append('\\').appendCodePoint(c);
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c < ' ' || c == 0x7f) {
                out.append(String.format("\\x%02x", c));
            } else if (c < 0x7f) {
                out.appendCodePoint(c);
            } else if (Lexer.isPrintable(c)) {
                out.appendCodePoint(c);
            } else if (c <= 0xff) {
                out.append(String.format("\\x%02x", c));
            } else if (c <= 0xffff) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.append(String.format("\\U%08x", c));
            }
        }
        out.append(quote);
        return out.toString();
    }

    static String bytesRepr(byte[] b) {
        boolean hasSingle = false;
        boolean hasDouble = false;
        for (byte x : b) {
            if (x == '\'') {
                hasSingle = true;
            } else if (x == '"') {
                hasDouble = true;
            }
        }
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder out = new StringBuilder("b").append(quote);
        for (byte x : b) {
            int c = x & 0xff;
            if (c == quote || c == '\\') {
                out.append('\\').append((char) c);
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c < ' ' || c >= 0x7f) {
                out.append(String.format("\\x%02x", c));
            } else {
                out.append((char) c);
            }
        }
        return out.append(quote).toString();
    }
}
