package org.pyjit.optimizer.ir;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.pyjit.optimizer.ir.OpCode.*;

import org.junit.jupiter.api.Test;
import org.pyjit.interp.compile.CodeObject;
import org.pyjit.interp.exec.Interpreter;
import org.pyjit.interp.runtime.PyException;

class TraceInterpreterTest {
    private static final CodeObject F = function();

    private static CodeObject function() {
        CodeObject module = new Interpreter(System.out, System.err, new String[0])
                .compile("def f(k, n):\n    while k < n:\n        k += 1\n", "t.py", false);
        for (Object c : module.consts) if (c instanceof CodeObject code) return code;
        throw new IllegalStateException("no function");
    }

    private static Snapshot at(Value... locals) { return new Snapshot(new FrameState(F, 0, locals, new Value[0])); }

    /**
     * <pre>
     * r0 = input(0)
     * r1 = input(1)
     * guard_class(r0, Long) [f l=(r0,r1)]          exit 0
     * i2 = unbox_int(r0)
     * i3 = unbox_int(r1)
     * label(i2, i3)
     * b4 = int_lt(i2, i3)
     * guard_true(b4) [f l=(i2,i3)] [expected]      exit 1
     * i5 = int_add_ovf(i2, step) [f l=(i2,i3)]     exit 2
     * jump(i5, i3)
     * </pre>
     */
    private static Trace countingLoop(long step) {
        TraceBuilder b = new TraceBuilder();
        Op k = b.input(0);
        Op n = b.input(1);
        b.guardClass(k, Long.class, at(k, n));
        Op ki = b.op(UNBOX_INT, k);
        Op ni = b.op(UNBOX_INT, n);
        b.op(LABEL, ki, ni);
        b.guard(GUARD_TRUE, at(ki, ni), b.op(INT_LT, ki, ni)).expectedExit = true;
        b.op(JUMP, b.guard(INT_ADD_OVF, at(ki, ni), ki, Const.ofLong(step)), ni);
        return b.build(F, 0);
    }

    @Test
    void loopsUntilItsExpectedExit() {
        TraceInterpreter.Exit exit = TraceInterpreter.run(countingLoop(1), new Object[] {0L, 5L}, 10);
        assertEquals(1, exit.exitId());
        assertArrayEquals(new Object[] {5L, 5L}, exit.values());
        assertNull(exit.pending());
    }

    @Test
    void leavesThroughAFailedGuard() {
        assertEquals(0, TraceInterpreter.run(countingLoop(1), new Object[] {0.5, 5L}, 10).exitId());
        TraceInterpreter.Exit overflow = TraceInterpreter.run(countingLoop(2),
                new Object[] {Long.MAX_VALUE - 3, Long.MAX_VALUE}, 10);
        assertEquals(2, overflow.exitId());
        assertArrayEquals(new Object[] {Long.MAX_VALUE - 1, Long.MAX_VALUE}, overflow.values());
    }

    @Test
    void aRaisingCallLeavesWithItsException() {
        TraceBuilder b = new TraceBuilder();
        Op k = b.input(0);
        Op ki = b.op(UNBOX_INT, k);
        b.op(LABEL, ki);
        CallDescr div = CallDescr.of("div", TraceInterpreterTest.class, "div", true, true, long.class, long.class);
        b.call(div, at(ki), Const.ofLong(12), ki);
        b.op(JUMP, b.op(INT_SUB, ki, Const.ofLong(1)));
        TraceInterpreter.Exit exit = TraceInterpreter.run(b.build(F, 0), new Object[] {3L}, 10);
        assertEquals(0, exit.exitId());
        assertArrayEquals(new Object[] {0L}, exit.values());
        assertInstanceOf(PyException.class, exit.pending());
    }

    @Test
    void aLoopThatNeverExitsHitsTheIterationLimit() {
        TraceBuilder b = new TraceBuilder();
        Op k = b.input(0);
        b.op(JUMP, k);
        Trace t = b.build(F, 0);
        assertThrows(IllegalStateException.class, () -> TraceInterpreter.run(t, new Object[] {1L}, 100));
    }

    public static long div(long a, long b) {
        if (b == 0) throw org.pyjit.interp.runtime.PyErr.zeroDivisionError("integer division or modulo by zero");
        return a / b;
    }
}
