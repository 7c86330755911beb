package org.pyjit.optimizer.ir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pyjit.interp.compile.CodeObject;
import org.pyjit.interp.runtime.PyNone;
import org.pyjit.optimizer.Traces;

class TraceParserTest {
    private static final TraceParser PARSER = TraceParser.of(Traces.F).withCalls(Traces.CALLS);

    private static void assertRoundTrip(TraceParser parser, String text) {
        assertEquals(text, TracePrinter.print(TraceVerifier.verify(parser.parse(text))));
    }

    @Test
    void printsBackWhatItParses() {
        assertRoundTrip(PARSER, """
                r0 = input(0)
                r1 = input(1)
                guard_class(r0, Long) [f pc=3 l=(r0,r1,-,-) s=(r0)]
                i2 = unbox_int(r0)
                guard_nonnull(r1) [f pc=3 l=(r0,r1,-,-) s=()]
                i3 = int_add_ovf(i2, -5) [f pc=4 l=(r0,r1,i2,None) s=(i2,-5)]
                b4 = int_lt(i3, 9223372036854775807)
                guard_true(b4) [f pc=5 l=(r0,r1,i3,null) s=()] [expected]
                f5 = cast_int_to_float(i3)
                f6 = float_mul(f5, 2.5E-10)
                b7 = float_ne(f6, NaN)
                guard_false(b7) [f pc=6 l=(r0,r1,f6,true) s=(-Infinity,"a \\"q\\", b)")]
                i8 = call(hash, r1)
                r9 = call(getitem, r1, i8) [f pc=7 l=(r0,r1,i8,false) s=(Long)]
                call(log, r9)
                guard_value(r9, "x") [f pc=8 l=(r0,r9,-,-) s=()]
                b10 = ref_eq(r9, None)
                r11 = box_int(i3)
                label(r11, r1)
                jump(r11, r1)
                """);
    }

    @Test
    void readsWhatTheTextSays() {
        Trace t = PARSER.parse("""
                r0 = input(0)
                guard_class(r0, Double) [f pc=3 l=(r0,-,"s",7) s=(1.5)] [expected]
                jump(r0)
                """);
        Op guard = t.ops.get(1);
        assertSame(Double.class, guard.descr);
        assertSame(t.ops.get(0), guard.arg(0));
        assertTrue(guard.expectedExit);
        FrameState fs = guard.snapshot().innermost();
        assertSame(Traces.F, fs.code());
        assertEquals(3, fs.pc());
        assertEquals(null, fs.locals()[1]);
        assertEquals(Const.ofRef("s").refValue(), ((Const) fs.locals()[2]).refValue());
        assertEquals(Const.ofLong(7), fs.locals()[3]);
        assertEquals(Const.ofDouble(1.5), fs.stack()[0]);
    }

    @Test
    void renumbersValuesDensely() {
        String printed = TracePrinter.print(PARSER.parse("""
                r7 = input(0)
                i40 = unbox_int(r7)
                i3 = int_add(i40, 1)
                jump(r7)
                """));
        assertEquals("r0 = input(0)\ni1 = unbox_int(r0)\ni2 = int_add(i1, 1)\njump(r0)\n", printed);
    }

    @Test
    void framesOfInlinedCallsNameTheirCode() {
        CodeObject g = Traces.function("def g(x):\n    return x\n", "g");
        TraceParser parser = TraceParser.of(Traces.F).withCodes(Map.of("f", Traces.F, "g", g));
        String text = "r0 = input(0)\nguard_nonnull(r0) [f pc=3 l=(r0,-,-,-) s=() | g pc=1 l=(r0) s=(r0)]\njump(r0)\n";
        Trace t = parser.parse(text);
        assertSame(g, t.ops.get(1).snapshot().innermost().code());
        assertRoundTrip(parser, text);
        assertThrows(IllegalArgumentException.class, () -> parser.parse(text.replace("g pc", "h pc")));
    }

    @Test
    void anInlinedInitFrameIsMarked() {
        CodeObject init = Traces.function("def __init__(self, x):\n    self.x = x\n", "__init__");
        TraceParser parser = TraceParser.of(Traces.F).withCodes(Map.of("f", Traces.F, "__init__", init));
        String text = "r0 = input(0)\n"
                + "guard_nonnull(r0) [f pc=3 l=(r0,-,-,-) s=(r0) | __init__ pc=1 l=(r0,r0) s=() init]\n"
                + "jump(r0)\n";
        Trace t = parser.parse(text);
        assertSame(CallKind.INIT, t.ops.get(1).snapshot().innermost().callKind());
        assertSame(CallKind.CALL, t.ops.get(1).snapshot().frames().get(0).callKind());
        assertRoundTrip(parser, text);
    }

    @Test
    void anInlinedOperatorMethodFrameIsMarked() {
        CodeObject add = Traces.function("def __add__(self, o):\n    return self\n", "__add__");
        TraceParser parser = TraceParser.of(Traces.F).withCodes(Map.of("f", Traces.F, "__add__", add));
        String text = "r0 = input(0)\n"
                + "guard_nonnull(r0) [f pc=3 l=(r0,-,-,-) s=(r0,r0) | __add__ pc=1 l=(r0,r0) s=() binop]\n"
                + "jump(r0)\n";
        Trace t = parser.parse(text);
        assertSame(CallKind.BINARY_OP, t.ops.get(1).snapshot().innermost().callKind());
        assertRoundTrip(parser, text);
    }

    @Test
    void namedReferencesAndClasses() {
        Object fn = new Object();
        TraceParser parser = PARSER.withRefs(Map.of("<Object>", fn)).withClasses(Map.of("Object", Object.class));
        Trace t = parser.parse("""
                r0 = input(0)
                guard_class(r0, Object) [f pc=0 l=(r0,None,-,-) s=()]
                guard_value(r0, <Object>) [f pc=0 l=(r0,-,-,-) s=()]
                jump(r0)
                """);
        assertSame(Object.class, t.ops.get(1).descr);
        assertSame(fn, ((Const) t.ops.get(2).arg(1)).refValue());
        assertSame(PyNone.NONE, ((Const) t.ops.get(1).snapshot().innermost().locals()[1]).refValue());
    }

    @Test
    void lineCommentsGiveOpsTheirLine() {
        Trace t = PARSER.parse("# line 7: x = 1\nr0 = input(0)\n# line 9\njump(r0)\n");
        assertEquals(7, t.ops.get(0).line);
        assertEquals(9, t.ops.get(1).line);
    }

    @Test
    void badTextIsRejectedWithItsLine() {
        assertError("line 2: i9 is not defined", "r0 = input(0)\ni1 = int_add(i9, 1)\n");
        assertError("line 1: name i0 does not fit a REF value", "i0 = input(0)\n");
        assertError("line 1: unknown op int_pow", "i0 = int_pow(1, 2)\n");
        assertError("line 2: unknown helper nope", "r0 = input(0)\ni1 = call(nope, r0)\n");
        assertError("line 2: unknown class Nope", "r0 = input(0)\nguard_class(r0, Nope) [f pc=0 l=() s=()]\n");
        assertError("line 2: r0 defined twice", "r0 = input(0)\nr0 = input(1)\n");
        assertError("line 1: the op needs a name", "input(0)\n");
    }

    private static void assertError(String prefix, String text) {
        var e = assertThrows(IllegalArgumentException.class, () -> PARSER.parse(text));
        assertTrue(e.getMessage().startsWith(prefix), e.getMessage());
    }
}
