package org.pyjit.tracer;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.pyjit.interp.compile.CodeObject;
import org.pyjit.interp.exec.Frame;
import org.pyjit.interp.exec.Interpreter;
import org.pyjit.interp.runtime.PyDict;
import org.pyjit.interp.runtime.PyException;
import org.pyjit.optimizer.ir.Const;
import org.pyjit.optimizer.ir.FrameState;
import org.pyjit.optimizer.ir.Op;
import org.pyjit.optimizer.ir.Snapshot;
import org.pyjit.optimizer.ir.Value;

/**
 * Turns a trace exit back into interpreter state. The frame that entered the trace gets its slots written
 * from the exit's snapshot; each inlined call that had not returned gets a new Frame, which runs to its
 * return in the interpreter (innermost first), its result pushed onto its caller's stack, or its exception
 * raised at the caller's call instruction. The entering frame then continues in the interpreter.
 */
final class FrameRebuilder {
    private final Interpreter interp;

    FrameRebuilder(Interpreter interp) { this.interp = interp; }

    /**
     * Rebuilds from an exit whose live values (boxed, in {@link Snapshot#liveOps()} order) are given; a
     * pending exception is raised where the snapshot resumes. Returns normally when f may continue at f.pc;
     * throws the exception (f.pc then names the raising instruction) otherwise.
     */
    void rebuild(Frame f, Snapshot snapshot, Object[] values, RuntimeException pending,
            Map<CodeObject, PyDict> globalsOf) {
        Map<Op, Object> live = new IdentityHashMap<>();
        List<Op> ops = snapshot.liveOps();
        for (int i = 0; i < ops.size(); i++) live.put(ops.get(i), values[i]);
        List<FrameState> states = snapshot.frames();
        Frame[] frames = new Frame[states.size()];
        frames[0] = f;
        write(f, states.get(0), live, true);
        for (int i = 1; i < frames.length; i++) {
            FrameState st = states.get(i);
            frames[i] = new Frame(st.code(), globalsOf.get(st.code()), interp.builtins, null);
            write(frames[i], st, live, false);
        }
        RuntimeException exc = pending;
        for (int i = frames.length - 1; i >= 1; i--) {
            Object result = null;
            try {
                result = interp.resumeRebuiltFrame(frames[i], exc);
                exc = null;
            } catch (PyException e) {
                exc = e;
            }
            finishCall(frames[i - 1], result, exc);
        }
        if (exc != null) throw exc;
    }

    /** The callee returned result (push it) or raised exc (the caller's call instruction raises it). */
    private static void finishCall(Frame caller, Object result, RuntimeException exc) {
        if (exc == null) {
            caller.stack[caller.sp++] = result;
        } else {
            caller.pc--;
        }
    }

    private static void write(Frame f, FrameState st, Map<Op, Object> live, boolean entering) {
        Value[] ls = st.locals();
        for (int i = 0; i < ls.length; i++) if (ls[i] != null) f.locals[i] = valueOf(ls[i], live);
        Value[] ss = st.stack();
        for (int i = 0; i < ss.length; i++) if (ss[i] != null) f.stack[i] = valueOf(ss[i], live);
        if (entering) for (int i = ss.length; i < f.stack.length; i++) f.stack[i] = null;
        f.sp = ss.length;
        f.pc = st.pc();
    }

    private static Object valueOf(Value v, Map<Op, Object> live) {
        if (v instanceof Const c) return c.boxed();
        Op op = (Op) v;
        if (!live.containsKey(op)) throw new IllegalStateException("exit lacks the value of " + op);
        return live.get(op);
    }
}
