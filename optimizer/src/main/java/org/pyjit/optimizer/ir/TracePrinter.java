package org.pyjit.optimizer.ir;

import java.util.function.IntFunction;
import org.pyjit.interp.runtime.PyNone;

/**
 * The text form of traces, one op per line, for logs and tests:
 * <pre>
 * r0 = input(0)
 * guard_class(r0, Long) [leibniz pc=14 l=(r0,-,f3) s=()]
 * i2 = unbox_int(r0)
 * i4 = int_add_ovf(i2, 1) [leibniz pc=20 l=(r0,i2,-) s=(i2,1)]
 * label(i2, f3)
 * jump(i4, f6)
 * </pre>
 * A snapshot is printed after its op in brackets, frames outermost first separated by {@code |}; {@code -}
 * is a slot left as it is; {@code init} or {@code binop} ends an inlined frame called otherwise than by a call
 * instruction (see {@link CallKind}).
 * {@code [expected]} marks the loop's normal exit. A merge point prints as {@code merge(pc:slot:slot, ...)}
 * (see {@link MergePoint}), each of its params as {@code f5 = merge_param(0)}, and a bridge's jump to it as
 * {@code merge_jump(@pc, ...)}. Numbers print as Java literals
 * (a float always has a '.' or an exponent), booleans as true/false, references as None, a quoted string, a
 * class's simple name, or {@code <type>}.
 */
public final class TracePrinter {
    private TracePrinter() {}

    public static String print(Trace t) { return print(t, null); }

    /**
     * Prints a trace; when sourceLine is given (line number to source text, or null), each change of Python
     * line is announced by a comment with the source, as in the JIT log.
     */
    public static String print(Trace t, IntFunction<String> sourceLine) {
        t.renumber();
        StringBuilder sb = new StringBuilder();
        int lastLine = -1;
        for (Op op : t.ops) {
            if (sourceLine != null && op.line > 0 && op.line != lastLine) {
                lastLine = op.line;
                String src = sourceLine.apply(op.line);
                sb.append("# line ").append(op.line);
                if (src != null) sb.append(": ").append(src.strip());
                sb.append('\n');
            }
            sb.append(opText(op)).append('\n');
        }
        for (Bridge b : t.bridges) {
            sb.append("bridge from ").append(opText(b.guard()).replaceAll(" \\[.*", "")).append('\n');
            for (Op op : b.ops()) sb.append("  ").append(opText(op)).append('\n');
        }
        return sb.toString();
    }

    /** One op's line (without newline). Ops must have been numbered by {@link Trace#renumber()}. */
    public static String opText(Op op) {
        StringBuilder sb = new StringBuilder();
        if (op.kind() != Kind.VOID) sb.append(op.name()).append(" = ");
        sb.append(op.opcode.textName());
        sb.append('(');
        boolean first = true;
        if (op.opcode == OpCode.INPUT) {
            sb.append(op.inputIndex());
            first = false;
        } else if (op.opcode == OpCode.MERGE) {
            sb.append(op.mergePoint().text());
            first = false;
        } else if (op.opcode == OpCode.MERGE_PARAM) {
            sb.append(((MergeParam) op.descr).index());
            first = false;
        } else if (op.opcode == OpCode.MERGE_JUMP) {
            sb.append('@').append(((Op) op.descr).mergePoint().pc());
            first = false;
        } else if (op.opcode == OpCode.CALL) {
            sb.append(op.call().name());
            first = false;
        }
        for (Value v : op.args()) {
            if (!first) sb.append(", ");
            sb.append(valueText(v));
            first = false;
        }
        if (op.opcode == OpCode.GUARD_CLASS) sb.append(", ").append(className((Class<?>) op.descr));
        sb.append(')');
        if (op.snapshot() != null) sb.append(' ').append(snapshotText(op.snapshot()));
        if (op.expectedExit) sb.append(" [expected]");
        return sb.toString();
    }

    public static String valueText(Value v) {
        if (v instanceof Op op) return op.name();
        if (v instanceof Const c) return constText(c);
        return virtualText((Virtual) v);
    }

    /** A virtual object: {@code virtual(Point: f3,1.0)}, its class's name and its slots' values. */
    private static String virtualText(Virtual o) {
        StringBuilder sb = new StringBuilder("virtual(").append(o.type().name).append(':');
        for (int i = 0; i < o.slots().length; i++) sb.append(i > 0 ? "," : " ").append(valueText(o.slots()[i]));
        return sb.append(')').toString();
    }

    static String constText(Const c) {
        return switch (c.kind()) {
            case I64 -> Long.toString(c.longValue());
            case F64 -> Double.toString(c.doubleValue());
            case BOOL -> Boolean.toString(c.boolValue());
            case REF -> refText(c.refValue());
            case VOID -> "void";
        };
    }

    private static String refText(Object o) {
        if (o == null) return "null";
        if (o == PyNone.NONE) return "None";
        if (o instanceof String s) return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
        if (o instanceof Class<?> c) return className(c);
        return "<" + o.getClass().getSimpleName() + ">";
    }

    /** A class's simple name, or its full name when it has none (anonymous classes). */
    static String className(Class<?> c) { return c.getSimpleName().isEmpty() ? c.getName() : c.getSimpleName(); }

    public static String snapshotText(Snapshot s) {
        StringBuilder sb = new StringBuilder("[");
        boolean firstFrame = true;
        for (FrameState fs : s.frames()) {
            if (!firstFrame) sb.append(" | ");
            firstFrame = false;
            sb.append(fs.code().name).append(" pc=").append(fs.pc()).append(" l=(");
            slots(sb, fs.locals());
            sb.append(") s=(");
            slots(sb, fs.stack());
            sb.append(')');
            if (fs.callKind().marker() != null) sb.append(' ').append(fs.callKind().marker());
        }
        return sb.append(']').toString();
    }

    private static void slots(StringBuilder sb, Value[] vs) {
        for (int i = 0; i < vs.length; i++) {
            if (i > 0) sb.append(',');
            sb.append(vs[i] == null ? "-" : valueText(vs[i]));
        }
    }
}
