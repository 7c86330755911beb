package org.pyjit.codegen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pyjit.codegen.Fixtures.at;
import static org.pyjit.codegen.Fixtures.build;
import static org.pyjit.codegen.Fixtures.io;
import static org.pyjit.codegen.Fixtures.run;
import static org.pyjit.optimizer.ir.OpCode.*;

import java.lang.ref.WeakReference;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.pyjit.codegen.elsewhere.PackagePrivateHelper;
import org.pyjit.interp.runtime.PyException;
import org.pyjit.optimizer.ir.Const;
import org.pyjit.optimizer.ir.DeoptException;
import org.pyjit.optimizer.ir.Op;
import org.pyjit.optimizer.ir.Trace;
import org.pyjit.optimizer.ir.Value;
import org.pyjit.optimizer.ir.TraceBuilder;
import org.pyjit.optimizer.ir.TraceInterpreter;

class TraceCompilerTest {
    /**
     * {@code while k < n: k += step}, before peeling (the loop re-checks and unboxes its inputs):
     * <pre>
     * r0 = input(0)
     * r1 = input(1)
     * guard_class(r0, Long) [f l=(r0,r1)]                exit 0
     * guard_class(r1, Long) [f l=(r0,r1)]                exit 1
     * i2 = unbox_int(r0)
     * i3 = unbox_int(r1)
     * b4 = int_lt(i2, i3)
     * guard_true(b4) [f l=(i2,i3)] [expected]            exit 2
     * i5 = int_add_ovf(i2, step) [f l=(i2,i3)]           exit 3
     * r6 = box_int(i5)
     * jump(r6, r1)
     * </pre>
     */
    static Trace countingLoop(long step) {
        TraceBuilder b = new TraceBuilder().atLine(2);
        Op k = b.input(0);
        Op n = b.input(1);
        b.guardClass(k, Long.class, at(k, n));
        b.guardClass(n, Long.class, at(k, n));
        Op ki = b.op(UNBOX_INT, k);
        Op ni = b.op(UNBOX_INT, n);
        Op lt = b.op(INT_LT, ki, ni);
        b.guard(GUARD_TRUE, at(ki, ni), lt).expectedExit = true;
        b.atLine(3);
        Op next = b.guard(INT_ADD_OVF, at(ki, ni), ki, Const.ofLong(step));
        Op boxed = b.op(BOX_INT, next);
        b.op(JUMP, boxed, n);
        return build(b);
    }

    /**
     * The same loop peeled: the preamble checks and unboxes once, the loop runs on longs.
     * <pre>
     * r0 = input(0)
     * r1 = input(1)
     * guard_class(r0, Long) [f l=(r0,r1)]                exit 0
     * guard_class(r1, Long) [f l=(r0,r1)]                exit 1
     * i2 = unbox_int(r0)
     * i3 = unbox_int(r1)
     * label(i2, i3)
     * b4 = int_lt(i2, i3)
     * guard_true(b4) [f l=(i2,i3)] [expected]            exit 2
     * i5 = int_add_ovf(i2, 1) [f l=(i2,i3)]              exit 3
     * jump(i5, i3)
     * </pre>
     */
    static Trace peeledCountingLoop() {
        TraceBuilder b = new TraceBuilder().atLine(2);
        Op k = b.input(0);
        Op n = b.input(1);
        b.guardClass(k, Long.class, at(k, n));
        b.guardClass(n, Long.class, at(k, n));
        Op ki = b.op(UNBOX_INT, k);
        Op ni = b.op(UNBOX_INT, n);
        b.op(LABEL, ki, ni);
        Op lt = b.op(INT_LT, ki, ni);
        b.guard(GUARD_TRUE, at(ki, ni), lt).expectedExit = true;
        b.atLine(3);
        Op next = b.guard(INT_ADD_OVF, at(ki, ni), ki, Const.ofLong(1));
        b.op(JUMP, next, ni);
        return build(b);
    }

    /**
     * A side trace: it receives an exit's live values (k boxed, n) and finishes with the loop's next inputs.
     * <pre>
     * r0 = input(0)
     * r1 = input(1)
     * i2 = unbox_int(r0)
     * b3 = int_gt(i2, 100)
     * guard_false(b3) [f l=(i2,r1)]                      exit 0
     * i4 = int_mul(i2, 3)
     * r5 = box_int(i4)
     * finish(r5, r1)
     * </pre>
     */
    private static Trace tripling() {
        TraceBuilder b = new TraceBuilder().atLine(3);
        Op k = b.input(0);
        Op n = b.input(1);
        Op ki = b.op(UNBOX_INT, k);
        b.guard(GUARD_FALSE, at(ki, n), b.op(INT_GT, ki, Const.ofLong(100)));
        b.op(FINISH, b.op(BOX_INT, b.op(INT_MUL, ki, Const.ofLong(3))), n);
        return build(b);
    }

    @Test
    void aSideTraceFinishesWithTheLoopsNextInputsInIo() throws Throwable {
        Trace side = tripling();
        assertTrue(side.isSide());
        CompiledLoop code = TraceCompiler.compile(side);
        assertEquals("bridge@L3", code.methodName());
        Object[] io = io(code, 7L, 50L);
        assertEquals(CompiledLoop.REJOIN, run(code, io));
        assertEquals(21L, io[0]);
        assertEquals(50L, io[1]);
        DeoptException e = assertThrows(DeoptException.class, () -> run(code, io(code, 101L, 50L)));
        assertEquals(0, e.exitId);
        assertArrayEquals(new Object[] {101L, 50L}, e.values());
    }

    /** The counting loop with the tripling side trace linked to its expected exit (exit 2). */
    @Test
    void anExitLinkedToASideTraceRunsItAndReturnsRejoinedWithTheNextInputs() throws Throwable {
        CompiledLoop loop = TraceCompiler.compile(countingLoop(1));
        CompiledLoop side = TraceCompiler.compile(tripling(), loop.exits().size());
        assertEquals(4, side.exitBase());
        loop.link(2, side, null, 2);
        Object[] io = io(loop, 0L, 10L);
        // k counts to 10, the side trace triples it (30), and the caller enters the loop again...
        assertEquals(ExitLinks.REJOINED, run(loop, io));
        assertEquals(30L, io[0]);
        assertEquals(10L, io[1]);
        assertEquals(ExitLinks.REJOINED, run(loop, io));
        assertEquals(ExitLinks.REJOINED, run(loop, io));
        assertEquals(270L, io[0]);
        // ...until the side trace's own guard fails: its exit comes out with its global id.
        DeoptException e = assertThrows(DeoptException.class, () -> run(loop, io));
        assertEquals(4, e.exitId);
        assertArrayEquals(new Object[] {270L, 10L}, e.values());
        assertSame(side.exits().get(0), side.exit(4));
    }

    /**
     * A side trace that also takes a frame slot the loop does not carry (input 2, a running total) and writes
     * it back: the link reads it before the side trace runs and writes it when it finishes.
     */
    @Test
    void aLinkedSideTracePassesFrameSlotsThroughItsFrameSlots() throws Throwable {
        TraceBuilder b = new TraceBuilder().atLine(3);
        Op k = b.input(0);
        Op n = b.input(1);
        Op total = b.input(2);
        Op sum = b.op(INT_ADD, b.op(UNBOX_INT, total), b.op(UNBOX_INT, k));
        b.op(FINISH, b.op(BOX_INT, b.op(INT_ADD, b.op(UNBOX_INT, n), Const.ofLong(5))), n, b.op(BOX_INT, sum));
        CompiledLoop side = TraceCompiler.compile(build(b), 4);
        Object[] frame = {100L};
        ExitLinks.FrameSlots slots = oneFrameSlot(frame);
        CompiledLoop loop = TraceCompiler.compile(countingLoop(1));
        loop.link(2, side, slots, 2);
        Object[] io = io(loop, 0L, 10L);
        assertEquals(ExitLinks.REJOINED, run(loop, io));
        assertEquals(15L, io[0]);
        assertEquals(10L, io[1]);
        assertEquals(110L, frame[0]);
    }

    /**
     * A side trace that leaves where its function returns, unless k < 5:
     * <pre>
     * r0 = input(0)
     * r1 = input(1)
     * i2 = unbox_int(r0)
     * b3 = int_ge(i2, 5)
     * guard_true(b3) [f l=(r0,r1)]                       exit 0
     * return() [f l=(r0)] [expected]                     exit 1
     * </pre>
     */
    private static Trace returningUnlessSmall() { return returningUnlessSmall(false); }

    /** withFrameSlot: with a third input, a frame slot the side trace takes and does not use. */
    private static Trace returningUnlessSmall(boolean withFrameSlot) {
        TraceBuilder b = new TraceBuilder().atLine(4);
        Op k = b.input(0);
        Op n = b.input(1);
        if (withFrameSlot) b.input(2);
        Op ki = b.op(UNBOX_INT, k);
        b.guard(GUARD_TRUE, at(k, n), b.op(INT_GE, ki, Const.ofLong(5)));
        Op ret = b.op(RETURN);
        ret.setSnapshot(at(k));
        ret.expectedExit = true;
        Trace t = build(b);
        return Trace.side(t.code, t.headerPc, t.ops);
    }

    /**
     * The counting loop's end (exit 2) linked to a side trace that returns (exits 4 and 5), whose guard (exit 4)
     * is linked to the tripling side trace: the return comes out as its exit, returned with its values in the
     * loop's io as the loop's own expected exit is (not thrown), and the tripling side trace rejoins the loop
     * through the returning one, which has no FINISH of its own to say how many inputs the loop takes.
     */
    @Test
    void aSideTraceThatReturnsLeavesByItsExitAndTheSideTracesOfItsExitsRejoinThroughIt() throws Throwable {
        CompiledLoop loop = TraceCompiler.compile(countingLoop(1));
        CompiledLoop returning = TraceCompiler.compile(returningUnlessSmall(), 4);
        assertEquals(0, returning.finishValues());
        assertEquals("bridge@L4", returning.methodName());
        CompiledLoop tripling = TraceCompiler.compile(tripling(), 6);
        loop.link(2, returning, null, 2);
        returning.link(4, tripling, null, 2);
        Object[] returned = io(loop, 0L, 10L);
        assertEquals(5, run(loop, returned));
        assertEquals(RETURN, returning.exit(5).opcode);
        assertEquals(10L, returned[0]);
        // With more values than the loop's io holds (here: a frame slot the loop does not carry), the exit is
        // thrown with them instead.
        CompiledLoop withSlot = TraceCompiler.compile(returningUnlessSmall(true), 4);
        loop.link(2, withSlot, oneFrameSlot(new Object[] {7L}), 2);
        DeoptException e = assertThrows(DeoptException.class, () -> run(loop, io(loop, 0L, 10L)));
        assertEquals(5, e.exitId);
        assertEquals(10L, e.values()[0]);
        loop.link(2, returning, null, 2);
        Object[] io = io(loop, 0L, 3L);
        assertEquals(ExitLinks.REJOINED, run(loop, io));
        assertEquals(9L, io[0]);
        assertEquals(3L, io[1]);
    }

    /** One frame slot, held in frame[0]. */
    private static ExitLinks.FrameSlots oneFrameSlot(Object[] frame) {
        return new ExitLinks.FrameSlots() {
            @Override
            public int count() { return 1; }

            @Override
            public void read(Object[] io, int at) { io[at] = frame[0]; }

            @Override
            public void write(Object[] io, int at) { frame[0] = io[at]; }
        };
    }

    @Test
    void onlyASideTraceCanBeLinked() throws Throwable {
        CompiledLoop loop = TraceCompiler.compile(countingLoop(1));
        CompiledLoop other = TraceCompiler.compile(countingLoop(2), 4);
        assertThrows(IllegalArgumentException.class, () -> loop.link(2, other, null, 2));
        assertEquals(2, run(loop, io(loop, 0L, 10L)));
    }

    @Test
    void aSideTraceMustFinishWithBoxedValues() {
        TraceBuilder b = new TraceBuilder().atLine(3);
        Op ki = b.op(UNBOX_INT, b.input(0));
        b.op(FINISH, ki);
        CodegenException e = assertThrows(CodegenException.class, () -> TraceCompiler.compile(build(b)));
        assertTrue(e.getMessage().contains("finish passes an unboxed value"), e.getMessage());
    }

    @Test
    void countingLoopReturnsItsExpectedExitWithTheLiveValuesInIo() throws Throwable {
        CompiledLoop loop = TraceCompiler.compile(countingLoop(1));
        Object[] io = io(loop, 0L, 10L);
        assertEquals(2, run(loop, io));
        assertArrayEquals(new Object[] {10L, 10L}, io);
        assertEquals(2, loop.ioSize());
        assertTrue(loop.exits().get(2).expectedExit);
    }

    @Test
    void peeledLoopRunsThePreambleOnceAndLoopsOnLongs() throws Throwable {
        Trace t = peeledCountingLoop();
        CompiledLoop loop = TraceCompiler.compile(t);
        Object[] io = io(loop, -5L, 1_000_000L);
        assertEquals(2, run(loop, io));
        assertArrayEquals(new Object[] {1_000_000L, 1_000_000L}, io);
        assertEquals(2, TraceInterpreter.run(t, new Object[] {-5L, 1_000_000L}, 2_000_000).exitId());
    }

    @Test
    void overflowLeavesThroughItsExitWithTheValuesBeforeTheAdd() throws Throwable {
        CompiledLoop loop = TraceCompiler.compile(countingLoop(2));
        Object[] io = io(loop, Long.MAX_VALUE - 3, Long.MAX_VALUE);
        DeoptException e = assertThrows(DeoptException.class, () -> run(loop, io));
        assertEquals(3, e.exitId);
        assertArrayEquals(new Object[] {Long.MAX_VALUE - 1, Long.MAX_VALUE}, e.values());
        assertNull(e.pending);
        assertSame(INT_ADD_OVF, loop.exits().get(e.exitId).opcode);
    }

    @Test
    void subtractionAndMultiplicationOverflowToo() throws Throwable {
        for (var c : new Object[][] {{INT_SUB_OVF, Long.MIN_VALUE + 1, 2L}, {INT_MUL_OVF, 1L << 32, 1L << 31},
                {INT_MUL_OVF, -(1L << 32), 1L << 31}}) {
            TraceBuilder b = new TraceBuilder().atLine(2);
            Op x = b.input(0);
            Op y = b.input(1);
            Op xi = b.op(UNBOX_INT, x);
            Op yi = b.op(UNBOX_INT, y);
            b.op(LABEL, xi, yi);
            Op r = b.guard((org.pyjit.optimizer.ir.OpCode) c[0], at(xi, yi), xi, yi);
            b.op(JUMP, r, yi);
            CompiledLoop loop = TraceCompiler.compile(build(b));
            DeoptException e = assertThrows(DeoptException.class, () -> run(loop, io(loop, c[1], c[2])));
            Object[] expected = TraceInterpreter.run(build(b), new Object[] {c[1], c[2]}, 100).values();
            assertArrayEquals(expected, e.values(), c[0] + " " + c[1] + " " + c[2]);
        }
    }

    @Test
    void classGuardFailsOnEntry() throws Throwable {
        CompiledLoop loop = TraceCompiler.compile(countingLoop(1));
        DeoptException e = assertThrows(DeoptException.class, () -> run(loop, io(loop, 1.5, 10L)));
        assertEquals(0, e.exitId);
        assertArrayEquals(new Object[] {1.5, 10L}, e.values());
        DeoptException unbound = assertThrows(DeoptException.class, () -> run(loop, io(loop, 0L, null)));
        assertEquals(1, unbound.exitId);
    }

    /**
     * Leibniz's series for pi, peeled: k, n, pi, sign.
     * <pre>
     * label(i4, i5, f6, f7)
     * b8 = int_lt(i4, i5)
     * guard_true(b8) [f l=(i4,i5,f6,f7)] [expected]
     * i9 = int_mul(i4, 2)
     * i10 = int_add(i9, 1)
     * f11 = cast_int_to_float(i10)
     * f12 = float_div(f7, f11)
     * f13 = float_add(f6, f12)
     * f14 = float_neg(f7)
     * i15 = int_add(i4, 1)
     * jump(i15, i5, f13, f14)
     * </pre>
     */
    @Test
    void floatLoopMatchesJava() throws Throwable {
        TraceBuilder b = new TraceBuilder().atLine(2);
        Op[] in = {b.input(0), b.input(1), b.input(2), b.input(3)};
        Class<?>[] classes = {Long.class, Long.class, Double.class, Double.class};
        for (int i = 0; i < 4; i++) b.guardClass(in[i], classes[i], at(in));
        Op k = b.op(UNBOX_INT, in[0]);
        Op n = b.op(UNBOX_INT, in[1]);
        Op pi = b.op(UNBOX_FLOAT, in[2]);
        Op sign = b.op(UNBOX_FLOAT, in[3]);
        b.op(LABEL, k, n, pi, sign);
        b.guard(GUARD_TRUE, at(k, n, pi, sign), b.op(INT_LT, k, n)).expectedExit = true;
        Op denominator = b.op(CAST_INT_TO_FLOAT, b.op(INT_ADD, b.op(INT_MUL, k, Const.ofLong(2)), Const.ofLong(1)));
        Op sum = b.op(FLOAT_ADD, pi, b.op(FLOAT_DIV, sign, denominator));
        b.op(JUMP, b.op(INT_ADD, k, Const.ofLong(1)), n, sum, b.op(FLOAT_NEG, sign));
        CompiledLoop loop = TraceCompiler.compile(build(b));

        Object[] io = io(loop, 0L, 1000L, 0.0, 1.0);
        assertEquals(4, run(loop, io));
        double expected = 0.0;
        double s = 1.0;
        for (long i = 0; i < 1000; i++, s = -s) expected += s / (2 * i + 1);
        assertArrayEquals(new Object[] {1000L, 1000L, expected, 1.0}, io);
        assertTrue(loop.bytecodeSize() < 300, "the Leibniz loop method is " + loop.bytecodeSize() + " bytes");
    }

    /** {@code q = floor_div(k, d)} can raise: its exit carries the ZeroDivisionError as pending. */
    @Test
    void raisingCallLeavesWithThePendingException() throws Throwable {
        TraceBuilder b = new TraceBuilder().atLine(2);
        Op k = b.input(0);
        Op d = b.input(1);
        Op ki = b.op(UNBOX_INT, k);
        Op di = b.op(UNBOX_INT, d);
        b.op(LABEL, ki, di);
        b.atLine(3);
        Op q = b.call(Helpers.FLOOR_DIV, at(ki, di), ki, di);
        b.guard(GUARD_TRUE, at(q, di), b.op(INT_NE, q, Const.ofLong(0))).expectedExit = true;
        b.op(JUMP, q, b.op(INT_SUB, di, Const.ofLong(1)));
        Trace t = build(b);
        CompiledLoop loop = TraceCompiler.compile(t);

        DeoptException e = assertThrows(DeoptException.class, () -> run(loop, io(loop, 1000L, 3L)));
        assertEquals(0, e.exitId);
        assertArrayEquals(new Object[] {166L, 0L}, e.values());
        PyException pending = assertInstanceOf(PyException.class, e.pending);
        assertEquals("ZeroDivisionError", pending.typeName());
        TraceInterpreter.Exit reference = TraceInterpreter.run(t, new Object[] {1000L, 3L}, 100);
        assertArrayEquals(reference.values(), e.values());
        assertInstanceOf(PyException.class, reference.pending());

        Object[] io = io(loop, 1L, 3L);
        assertEquals(1, run(loop, io));
        assertArrayEquals(new Object[] {0L, 3L}, io);
    }

    @Test
    void deoptOfNestedCodePassesThroughARaisingCallUnchanged() throws Throwable {
        TraceBuilder b = new TraceBuilder().atLine(2);
        Op k = b.input(0);
        Op ki = b.op(UNBOX_INT, k);
        b.op(LABEL, ki);
        Op r = b.call(Helpers.NESTED, at(ki), ki);
        b.op(JUMP, b.op(INT_SUB, r, Const.ofLong(1)));
        CompiledLoop loop = TraceCompiler.compile(build(b));
        assertSame(Helpers.NESTED_DEOPT, assertThrows(DeoptException.class, () -> run(loop, io(loop, 5L))));
    }

    /** REF constants come from the class data, as static final fields; a REF passed to a String parameter is cast. */
    @Test
    void refConstantsAndTypedHelperParameters() throws Throwable {
        Object marker = new Object();
        TraceBuilder b = new TraceBuilder().atLine(2);
        Op s = b.input(0);
        Op m = b.input(1);
        Op none = b.input(2);
        b.guard(GUARD_VALUE, at(s, m), m, Const.ofRef(marker));
        b.guard(GUARD_VALUE, at(s, m), none, Const.ofRef(null));
        b.guard(GUARD_NONNULL, at(s, m), s);
        Op len = b.call(Helpers.LENGTH, null, s);
        b.guard(GUARD_VALUE, at(len), len, Const.ofLong(3)).expectedExit = true;
        b.op(JUMP, s, m, none);
        CompiledLoop loop = TraceCompiler.compile(build(b));

        Object[] io = io(loop, "abcd", marker, null);
        assertEquals(3, run(loop, io));
        assertEquals(4L, io[0]);
        assertEquals(0, assertThrows(DeoptException.class, () -> run(loop, io(loop, "abc", new Object(), null))).exitId);
        assertEquals(1, assertThrows(DeoptException.class, () -> run(loop, io(loop, "abc", marker, marker))).exitId);
        assertEquals(2, assertThrows(DeoptException.class, () -> run(loop, io(loop, null, marker, null))).exitId);

        // Each object is a static final field, set when the class was defined (no dynamic constant to link
        // at the first run): the marker's, and the ExitLinks' the exit methods load.
        java.util.List<Object> fields = new java.util.ArrayList<>();
        for (java.lang.reflect.Field f : loop.entry().getClass().getDeclaredFields()) {
            int mods = f.getModifiers();
            assertTrue(java.lang.reflect.Modifier.isStatic(mods) && java.lang.reflect.Modifier.isFinal(mods), f.toString());
            f.setAccessible(true);
            fields.add(f.get(null));
        }
        assertEquals(2, fields.size(), fields.toString());
        assertTrue(fields.stream().anyMatch(v -> v == marker), fields.toString());
        assertTrue(fields.stream().anyMatch(v -> v == loop.links()), fields.toString());
    }

    @Test
    void namesAndLinesSpeakPython() throws Throwable {
        TraceBuilder b = new TraceBuilder().atLine(2);
        Op k = b.input(0);
        Op ki = b.op(UNBOX_INT, k);
        b.op(LABEL, ki);
        b.atLine(3);
        Op r = b.call(Helpers.CALLER, null, ki);
        b.atLine(2);
        b.guard(GUARD_TRUE, at(r), b.op(INT_LT, r, Const.ofLong(3))).expectedExit = true;
        b.op(JUMP, b.op(INT_ADD, r, Const.ofLong(1)));
        CompiledLoop loop = TraceCompiler.compile(build(b));

        assertTrue(loop.className().startsWith("org.pyjit.codegen.py$t_py$f/"), loop.className());
        assertEquals("loop@L2", loop.methodName());
        assertEquals(0, run(loop, io(loop, 0L)));
        StackWalker.StackFrame frame = Helpers.lastCaller;
        Helpers.lastCaller = null;
        assertEquals("loop@L2", frame.getMethodName());
        assertEquals("t.py", frame.getFileName());
        assertEquals(3, frame.getLineNumber());
        assertTrue(frame.getDeclaringClass().isHidden());
    }

    @Test
    void droppedCodeIsUnloaded() throws Throwable {
        WeakReference<Class<?>> cls = compileRunAndForget();
        for (int i = 0; i < 20 && cls.get() != null; i++) {
            System.gc();
            Thread.sleep(10);
        }
        assertNull(cls.get(), "the hidden class is still loaded");
    }

    private static WeakReference<Class<?>> compileRunAndForget() throws Throwable {
        TraceBuilder b = new TraceBuilder().atLine(2);
        Op k = b.input(0);
        Op r = b.call(Helpers.CALLER, null, b.op(UNBOX_INT, k));
        b.guard(GUARD_TRUE, at(r), b.op(INT_LT, r, Const.ofLong(0))).expectedExit = true;
        b.op(JUMP, k);
        CompiledLoop loop = TraceCompiler.compile(build(b));
        run(loop, io(loop, 0L));
        WeakReference<Class<?>> cls = new WeakReference<>(Helpers.lastCaller.getDeclaringClass());
        Helpers.lastCaller = null;
        return cls;
    }

    @Test
    void aMethodOverTheHugeMethodLimitIsRefused() {
        TraceBuilder b = new TraceBuilder().atLine(2);
        Op k = b.input(0);
        Op v = b.op(UNBOX_INT, k);
        b.op(LABEL, v);
        for (int i = 0; i < 3000; i++) v = b.op(INT_ADD, v, Const.ofLong(i));
        b.guard(GUARD_TRUE, at(v), b.op(INT_LT, v, Const.ofLong(0))).expectedExit = true;
        b.op(JUMP, v);
        String why = refusal(b);
        assertTrue(why.matches("loop method is \\d+ bytes, over the 8000-byte limit"), why);
    }

    /**
     * 600 float values each live only until the next is made, and one live through the loop: they share
     * a few JVM locals (a local per value, the method had 600 and needed wide loads above slot 255), and the
     * loop still computes what it did.
     */
    @Test
    void valuesNeverLiveAtOnceShareALocal() throws Throwable {
        TraceBuilder b = new TraceBuilder().atLine(2);
        Op k = b.input(0);
        Op x = b.input(1);
        Op ki = b.op(UNBOX_INT, k);
        Op xf = b.op(UNBOX_FLOAT, x);
        b.op(LABEL, ki, xf);
        Op v = xf;
        for (int i = 0; i < 600; i++) v = b.op(FLOAT_ADD, v, Const.ofDouble(0.5));
        Op next = b.op(INT_ADD, ki, Const.ofLong(1));
        Op end = b.guard(GUARD_TRUE, at(ki, v), b.op(INT_LT, next, Const.ofLong(10)));
        end.expectedExit = true;
        b.op(JUMP, next, v);
        Trace t = build(b);
        byte[] bytes = TraceClassWriter.write(t, LoopNames.of(t), 0, new ExitLinks(0, t.exits().size())).bytes();
        int[] maxLocals = {-1};
        new ClassReader(bytes).accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String desc, String sig, String[] ex) {
                if (!name.startsWith("loop@")) return null;
                return new MethodVisitor(Opcodes.ASM9) {
                    @Override
                    public void visitMaxs(int stack, int locals) { maxLocals[0] = locals; }
                };
            }
        }, 0);
        assertTrue(maxLocals[0] > 0 && maxLocals[0] < 16, "locals: " + maxLocals[0]);
        CompiledLoop loop = TraceCompiler.compile(t);
        Object[] io = io(loop, 0L, 1.0);
        assertEquals(loop.exits().indexOf(end), run(loop, io), "the expected exit");
        assertEquals(9L, io[0]);
        assertEquals(1.0 + 10 * 600 * 0.5, (Double) io[1], 1e-9);
    }

    /**
     * 400 guards with the same 24 live values: one stub each would load them all (over 8000 bytes); the
     * guards share one exit group, and each still leaves with its own id.
     */
    @Test
    void guardsWithTheSameLiveValuesShareTheirExitCode() throws Throwable {
        TraceBuilder b = new TraceBuilder().atLine(2);
        Op k = b.input(0);
        Op v = b.op(UNBOX_INT, k);
        b.op(LABEL, v);
        Value[] live = new Value[24];
        for (int i = 0; i < live.length; i++) live[i] = b.op(INT_ADD, v, Const.ofLong(i));
        for (int i = 0; i < 400; i++) b.guard(GUARD_TRUE, at(live), b.op(INT_LT, v, Const.ofLong(1000 - i)));
        b.guard(GUARD_TRUE, at(v), b.op(INT_LT, v, Const.ofLong(0))).expectedExit = true;
        b.op(JUMP, v);
        CompiledLoop loop = TraceCompiler.compile(build(b));
        assertTrue(loop.bytecodeSize() < 8000, loop.bytecodeSize() + " bytes");
        DeoptException e = assertThrows(DeoptException.class, () -> run(loop, io(loop, 850L)));
        assertEquals(loop.exits().indexOf(loop.exits().stream().filter(x -> x.opcode == GUARD_TRUE).toList().get(150)),
                e.exitId, "the 151st guard (850 < 850 fails)");
        assertEquals(850L + 23, e.values()[23]);
    }

    @Test
    void aHelperGeneratedCodeCannotLinkIsRefused() {
        TraceBuilder b = new TraceBuilder().atLine(2);
        Op k = b.input(0);
        b.call(PackagePrivateHelper.descr(), null, b.op(UNBOX_INT, k));
        b.op(JUMP, k);
        String why = refusal(b);
        assertTrue(why.contains("not accessible"), why);
    }

    @Test
    void anInvalidTraceIsRefused() {
        TraceBuilder b = new TraceBuilder().atLine(2);
        Op k = b.input(0);
        b.op(UNBOX_INT, k);
        b.op(JUMP, k, k);
        String why = refusal(b);
        assertTrue(why.startsWith("invalid trace: jump("), why);
    }

    /** The message of the CodegenException compiling the trace must throw. */
    private static String refusal(TraceBuilder b) {
        Trace t = build(b);
        return assertThrows(CodegenException.class, () -> TraceCompiler.compile(t)).getMessage();
    }
}
