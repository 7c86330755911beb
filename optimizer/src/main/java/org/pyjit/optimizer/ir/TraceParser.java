package org.pyjit.optimizer.ir;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.pyjit.interp.compile.CodeObject;
import org.pyjit.interp.runtime.PyDict;
import org.pyjit.interp.runtime.PyFunction;
import org.pyjit.interp.runtime.PyList;
import org.pyjit.interp.runtime.PyNone;
import org.pyjit.interp.runtime.PyTuple;

/**
 * Reads the text form {@link TracePrinter} writes back into a {@link Trace}, so that optimizer tests are a
 * trace in text and the trace expected after a pass (PyPy's optimizeopt tests). {@code print(parse(text))}
 * gives back the text, with the values renumbered densely; the text may use any numbers.
 *
 * <p>The text names things the parser must be told about: the code objects of snapshot frames (by name), the
 * helpers of {@code call(name, ...)}, the classes of {@code guard_class} and the reference constants printed
 * as {@code <Type>}. A {@code # line N} comment gives the following ops their Python line; other comments and
 * blank lines are skipped.
 */
public final class TraceParser {
    /** The classes guard_class may name unless told otherwise: the boxes the interpreter puts in frame slots. */
    public static final Map<String, Class<?>> DEFAULT_CLASSES = Map.of(
            "Long", Long.class, "Double", Double.class, "Boolean", Boolean.class, "String", String.class,
            "BigInteger", BigInteger.class, "PyNone", PyNone.class, "PyList", PyList.class,
            "PyTuple", PyTuple.class, "PyDict", PyDict.class, "PyFunction", PyFunction.class);

    private final CodeObject code;
    private final Map<String, CodeObject> codes;
    private final Map<String, CallDescr> calls;
    private final Map<String, Class<?>> classes;
    private final Map<String, Object> refs;

    private TraceParser(CodeObject code, Map<String, CodeObject> codes, Map<String, CallDescr> calls,
            Map<String, Class<?>> classes, Map<String, Object> refs) {
        this.code = code;
        this.codes = codes;
        this.calls = calls;
        this.classes = classes;
        this.refs = refs;
    }

    /** A parser whose traces and snapshot frames all belong to one code object, whatever name the text gives. */
    public static TraceParser of(CodeObject code) {
        return new TraceParser(code, Map.of(), Map.of(), DEFAULT_CLASSES, Map.of());
    }

    /** Snapshot frames named in codes use that code object (for traces with inlined calls). */
    public TraceParser withCodes(Map<String, CodeObject> byName) {
        return new TraceParser(code, Map.copyOf(byName), calls, classes, refs);
    }

    public TraceParser withCalls(Map<String, CallDescr> byName) {
        return new TraceParser(code, codes, Map.copyOf(byName), classes, refs);
    }

    /** Classes guard_class may name, in addition to {@link #DEFAULT_CLASSES}. */
    public TraceParser withClasses(Map<String, Class<?>> bySimpleName) {
        Map<String, Class<?>> all = new HashMap<>(DEFAULT_CLASSES);
        all.putAll(bySimpleName);
        return new TraceParser(code, codes, calls, Map.copyOf(all), refs);
    }

    /** Reference constants by their text: {@code "<PyFunction>"}, or any other word the test chooses. */
    public TraceParser withRefs(Map<String, Object> byText) {
        return new TraceParser(code, codes, calls, classes, Map.copyOf(byText));
    }

    /** Parses a whole trace (header pc 0); throws IllegalArgumentException naming the bad line. */
    public Trace parse(String text) {
        TraceBuilder b = new TraceBuilder();
        Map<String, Op> values = new HashMap<>();
        String[] lines = text.split("\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n].strip();
            try {
                if (line.startsWith("# line ")) {
                    b.atLine(Integer.parseInt(line.substring(7).split(":", 2)[0].strip()));
                } else if (!line.isEmpty() && !line.startsWith("#")) {
                    new LineReader(line, values).op(b);
                }
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("line " + (n + 1) + ": " + e.getMessage() + ": " + line, e);
            }
        }
        return b.build(code, 0);
    }

    /** Reads one op line; values maps the names defined so far to their ops. */
    private final class LineReader {
        private final String s;
        private final Map<String, Op> values;
        private int pos;

        LineReader(String s, Map<String, Op> values) {
            this.s = s;
            this.values = values;
        }

        void op(TraceBuilder b) {
            String name = null;
            int eq = s.indexOf(" = ");
            if (eq > 0 && s.indexOf('(') > eq) {
                name = s.substring(0, eq);
                pos = eq + 3;
            }
            OpCode opcode = opcode(word());
            expect("(");
            Object descr = null;
            if (opcode == OpCode.INPUT) {
                descr = Integer.parseInt(token());
            } else if (opcode == OpCode.MERGE) {
                descr = MergePoint.parse(token());
            } else if (opcode == OpCode.COPY) {
                if (name == null || name.isEmpty()) throw new IllegalArgumentException("a copy needs a name");
                descr = Kind.ofPrefix(name.charAt(0));
            } else if (opcode == OpCode.MERGE_PARAM) {
                if (name == null || name.isEmpty()) throw new IllegalArgumentException("a merge_param needs a name");
                descr = new MergeParam(Integer.parseInt(token()), Kind.ofPrefix(name.charAt(0)));
            } else if (opcode == OpCode.CALL) {
                String callName = token();
                descr = calls.get(callName);
                if (descr == null) throw new IllegalArgumentException("unknown helper " + callName);
            }
            List<Value> args = new ArrayList<>();
            while (!peek(")")) {
                if (descr != null || !args.isEmpty()) expect(",");
                String t = token();
                if (opcode == OpCode.GUARD_CLASS && !args.isEmpty()) {
                    descr = classNamed(t);
                } else {
                    args.add(value(t));
                }
            }
            expect(")");
            Op op = new Op(opcode, descr, args.toArray(new Value[0]));
            skipSpaces();
            if (peek("[") && !peek("[expected]")) op.setSnapshot(snapshot());
            skipSpaces();
            if (peek("[expected]")) {
                pos += "[expected]".length();
                op.expectedExit = true;
            }
            if (pos != s.length()) throw new IllegalArgumentException("unexpected text at column " + (pos + 1));
            define(name, op);
            b.add(op);
        }

        private void define(String name, Op op) {
            if ((name == null) != (op.kind() == Kind.VOID)) {
                throw new IllegalArgumentException(name == null ? "the op needs a name" : "a void op has no name");
            }
            if (name == null) return;
            if (!name.matches("[ifbr][0-9]+") || !name.startsWith(op.kind().prefix)) {
                throw new IllegalArgumentException("name " + name + " does not fit a " + op.kind() + " value");
            }
            if (values.put(name, op) != null) throw new IllegalArgumentException(name + " defined twice");
        }

        private Snapshot snapshot() {
            expect("[");
            List<FrameState> frames = new ArrayList<>();
            do {
                skipSpaces();
                int pcAt = s.indexOf(" pc=", pos);
                if (pcAt < 0) throw new IllegalArgumentException("a frame needs pc=");
                CodeObject frameCode = codeNamed(s.substring(pos, pcAt));
                pos = pcAt + 4;
                int pc = Integer.parseInt(token());
                skipSpaces();
                expect("l=");
                Value[] locals = slots();
                skipSpaces();
                expect("s=");
                Value[] stack = slots();
                skipSpaces();
                CallKind kind = consume("init") ? CallKind.INIT : consume("binop") ? CallKind.BINARY_OP
                        : consume("store") ? CallKind.DISCARD : consume("len") ? CallKind.LEN : CallKind.CALL;
                frames.add(new FrameState(frameCode, pc, locals, stack, kind));
                skipSpaces();
            } while (consume("|"));
            expect("]");
            return new Snapshot(frames.toArray(new FrameState[0]));
        }

        private Value[] slots() {
            expect("(");
            List<Value> vs = new ArrayList<>();
            while (!peek(")")) {
                if (!vs.isEmpty()) expect(",");
                String t = token();
                vs.add(t.equals("-") ? null : value(t));
            }
            expect(")");
            return vs.toArray(new Value[0]);
        }

        private Value value(String t) {
            if (t.matches("[ifbr][0-9]+")) {
                Op op = values.get(t);
                if (op == null) throw new IllegalArgumentException(t + " is not defined");
                return op;
            }
            return constant(t);
        }

        private Const constant(String t) {
            switch (t) {
                case "true", "false" -> { return Const.ofBool(t.equals("true")); }
                case "null" -> { return Const.ofRef(null); }
                case "None" -> { return Const.ofRef(PyNone.NONE); }
                case "NaN", "Infinity", "-Infinity" -> { return Const.ofDouble(Double.parseDouble(t)); }
                default -> { }
            }
            if (t.startsWith("\"")) return Const.ofRef(t.substring(1, t.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\"));
            if (t.matches("-?[0-9]+")) return Const.ofLong(Long.parseLong(t));
            if (t.matches("-?[0-9][0-9.E-]*")) return Const.ofDouble(Double.parseDouble(t));
            if (refs.containsKey(t)) return Const.ofRef(refs.get(t));
            if (classes.containsKey(t)) return Const.ofRef(classes.get(t));
            throw new IllegalArgumentException("unknown constant " + t);
        }

        private Class<?> classNamed(String t) {
            Class<?> c = classes.get(t);
            if (c == null) throw new IllegalArgumentException("unknown class " + t);
            return c;
        }

        private CodeObject codeNamed(String name) {
            if (codes.isEmpty()) return code;
            CodeObject c = codes.get(name);
            if (c == null) throw new IllegalArgumentException("unknown code " + name);
            return c;
        }

        private OpCode opcode(String w) {
            try {
                return OpCode.valueOf(w.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown op " + w, e);
            }
        }

        /** An op name: letters, digits and underscores. */
        private String word() {
            int start = pos;
            while (pos < s.length() && (Character.isLetterOrDigit(s.charAt(pos)) || s.charAt(pos) == '_')) pos++;
            return s.substring(start, pos);
        }

        /** One operand or slot: a quoted string, a {@code <Type>}, or text up to the next ',', ')' or space. */
        private String token() {
            skipSpaces();
            int start = pos;
            if (peek("\"")) {
                pos++;
                while (pos < s.length() && s.charAt(pos) != '"') pos += s.charAt(pos) == '\\' ? 2 : 1;
                pos++;
            } else if (peek("<")) {
                pos = s.indexOf('>', pos) + 1;
            } else {
                while (pos < s.length() && ",) ]".indexOf(s.charAt(pos)) < 0) pos++;
            }
            if (pos <= start || pos > s.length()) throw new IllegalArgumentException("an operand expected at column " + (start + 1));
            return s.substring(start, pos);
        }

        private void skipSpaces() {
            while (pos < s.length() && s.charAt(pos) == ' ') pos++;
        }

        private boolean peek(String t) { return s.startsWith(t, pos); }

        private boolean consume(String t) {
            skipSpaces();
            if (!peek(t)) return false;
            pos += t.length();
            return true;
        }

        private void expect(String t) {
            if (!consume(t)) throw new IllegalArgumentException("'" + t + "' expected at column " + (pos + 1));
        }
    }
}
