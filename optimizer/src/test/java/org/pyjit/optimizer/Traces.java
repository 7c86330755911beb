package org.pyjit.optimizer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.function.UnaryOperator;
import org.pyjit.interp.compile.CodeObject;
import org.pyjit.interp.exec.Interpreter;
import org.pyjit.optimizer.ir.CallDescr;
import org.pyjit.optimizer.ir.Trace;
import org.pyjit.optimizer.ir.TraceParser;
import org.pyjit.optimizer.ir.TracePrinter;
import org.pyjit.optimizer.ir.TraceVerifier;

/** What the optimizer tests share: code objects for snapshots, test helpers for calls, and text in, text out. */
public final class Traces {
    private Traces() {}

    /** The code of every snapshot frame in the pass tests: {@code f}, with four locals a, b, c, d. */
    public static final CodeObject F = function("def f(a, b, c, d):\n    return a\n", "f");

    public static final String LEIBNIZ_SOURCE = """
            def leibniz(n):
                total = 0.0
                sign = 1.0
                k = 0
                while k < n:
                    total += sign / (2 * k + 1)
                    sign = -sign
                    k += 1
                return 4 * total
            """;

    /** Locals n, total, sign, k; the loop header is at pc 6. */
    public static final CodeObject LEIBNIZ = function(LEIBNIZ_SOURCE, "leibniz");

    /** {@code while k < n: total += k; k += 1} with inputs k, n, total (locals of f: a=n, b=total, c=k). */
    public static final String SUM = """
            r0 = input(0)
            r1 = input(1)
            r2 = input(2)
            guard_class(r0, Long) [f pc=4 l=(r1,r2,r0,-) s=()]
            i3 = unbox_int(r0)
            guard_class(r1, Long) [f pc=4 l=(r1,r2,r0,-) s=()]
            i4 = unbox_int(r1)
            b5 = int_lt(i3, i4)
            guard_true(b5) [f pc=6 l=(r1,r2,r0,-) s=(r0,r1)] [expected]
            guard_class(r2, Long) [f pc=9 l=(r1,r2,r0,-) s=(r2,r0)]
            i6 = unbox_int(r2)
            i7 = int_add_ovf(i6, i3) [f pc=9 l=(r1,r2,r0,-) s=(r2,r0)]
            i8 = int_add_ovf(i3, 1) [f pc=13 l=(r1,i7,r0,-) s=(r0,1)]
            r9 = box_int(i7)
            r10 = box_int(i8)
            jump(r10, r1, r9)
            """;

    /** Helpers that call ops may name: pure or not, raising or not, of a final class or not. */
    public static final class Helpers {
        private Helpers() {}

        public static long hash(Object o) { return o.hashCode(); }

        public static String str(long v) { return Long.toString(v); }

        public static Object getitem(Object seq, long i) {
            if (!(seq instanceof String s) || i < 0 || i >= s.length()) throw new IndexOutOfBoundsException("index");
            return String.valueOf(s.charAt((int) i));
        }

        public static Object identity(Object o) { return o; }

        public static void log(Object o) { java.util.Objects.requireNonNull(o); }

        public static long version(Object o) { return o.hashCode(); }

        public static void touch(Object o) { java.util.Objects.requireNonNull(o); }
    }

    public static final Map<String, CallDescr> CALLS = Map.of(
            "hash", CallDescr.of("hash", Helpers.class, "hash", true, false, Object.class),
            "str", CallDescr.of("str", Helpers.class, "str", true, false, long.class),
            "getitem", CallDescr.of("getitem", Helpers.class, "getitem", false, true, Object.class, long.class),
            "pure_getitem", CallDescr.of("pure_getitem", Helpers.class, "getitem", true, true, Object.class, long.class),
            "identity", CallDescr.of("identity", Helpers.class, "identity", true, false, Object.class),
            "log", CallDescr.of("log", Helpers.class, "log", false, false, Object.class),
            "version", CallDescr.of("version", Helpers.class, "version", CallDescr.Effect.READS_STATE, false,
                    Object.class),
            "touch", CallDescr.of("touch", Helpers.class, "touch", CallDescr.Effect.KEEPS_STATE, false, Object.class));

    public static CodeObject function(String source, String name) {
        CodeObject module = new Interpreter(System.out, System.err, new String[0]).compile(source, "t.py", false);
        for (Object c : module.consts) {
            if (c instanceof CodeObject code && code.name.equals(name)) return code;
        }
        throw new IllegalArgumentException("no function " + name);
    }

    public static Trace parse(String text) { return parse(F, text); }

    public static Trace parse(CodeObject code, String text) {
        return TraceVerifier.verify(TraceParser.of(code).withCalls(CALLS).parse(text));
    }

    /** Runs the pass on the trace in text and checks the result's text; the pass must leave its input alone. */
    public static void assertRewrites(UnaryOperator<Trace> pass, String in, String expected) {
        Trace t = parse(in);
        String before = TracePrinter.print(t);
        Trace out = TraceVerifier.verify(pass.apply(t));
        assertEquals(expected, TracePrinter.print(out));
        assertEquals(before, TracePrinter.print(t), "the pass changed its input trace");
    }

    /** The trace leaves through the same exit, with the same frame state, before and after the pass. */
    public static void assertSameRuns(UnaryOperator<Trace> pass, String trace, Object... inputs) {
        Trace t = parse(trace);
        assertEquals(TraceRunner.run(t, inputs), TraceRunner.run(pass.apply(t), inputs));
    }

    /** A pass that leaves the trace as it is. */
    public static void assertUnchanged(UnaryOperator<Trace> pass, String in) { assertRewrites(pass, in, in); }
}
