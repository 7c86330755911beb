package org.pyjit.tracer;

import java.util.Map;
import org.pyjit.interp.compile.CodeObject;
import org.pyjit.interp.exec.Frame;
import org.pyjit.interp.exec.Interpreter;
import org.pyjit.interp.runtime.PyDict;
import org.pyjit.interp.runtime.Ops;
import org.pyjit.interp.runtime.PyErr;
import org.pyjit.interp.runtime.PyException;
import org.pyjit.interp.runtime.PyNone;

/**
 * Turns a trace exit back into interpreter state in two steps ({@link #frames}, then {@link #run}: a bridge
 * starts recording in between). The frame that entered the trace gets its slots written
 * from the exit's plan; each inlined call that had not returned gets a new Frame, which runs to its return
 * in the interpreter (innermost first), its result pushed onto its caller's stack, or its exception raised
 * at the caller's call instruction. The entering frame then continues in the interpreter.
 */
final class FrameRebuilder {
    private final Interpreter interp;

    FrameRebuilder(Interpreter interp) { this.interp = interp; }

    /** The frames of an exit, written but not run: the entering one first, then one per inlined call. */
    Frame[] frames(Frame f, ExitPlan plan, Object[] values, Map<CodeObject, PyDict> globalsOf) {
        Frame[] frames = new Frame[plan.frames.length];
        frames[0] = f;
        write(f, plan.frames[0], plan, values, true);
        for (int i = 1; i < frames.length; i++) {
            ExitPlan.FramePlan fp = plan.frames[i];
            frames[i] = new Frame(fp.code(), globalsOf.get(fp.code()), interp.builtins, null);
            write(frames[i], fp, plan, values, false);
        }
        return frames;
    }

    /**
     * Runs the inlined frames innermost first; the entering frame is left for the interpreter to continue at
     * f.pc. A pending exception (a helper raised it) is raised where the snapshot resumes; an exception that
     * escapes the inlined frames is thrown with the entering frame's pc on the raising call. An inlined
     * {@code __init__} returns nothing to its caller, whose stack already holds the instance; it must return
     * None, as {@code Instantiation} checks in the interpreter.
     */
    void run(Frame[] frames, ExitPlan plan, RuntimeException pending) {
        RuntimeException exc = pending;
        for (int i = frames.length - 1; i >= 1; i--) {
            Object result = null;
            try {
                result = interp.resumeRebuiltFrame(frames[i], exc);
                exc = null;
            } catch (PyException e) {
                exc = e;
            }
            boolean constructing = plan.frames[i].constructing();
            if (exc == null && constructing && result != PyNone.NONE) {
                exc = PyErr.typeError("__init__() should return None, not '" + Ops.typeName(result) + "'");
            }
            Frame caller = frames[i - 1];
            if (exc == null) {
                if (!constructing) caller.stack[caller.sp++] = result;
            } else {
                caller.pc--;
                // The call raised: the instance it made is not its result after all.
                if (constructing) caller.stack[--caller.sp] = null;
            }
        }
        if (exc != null) throw exc;
    }

    private static void write(Frame f, ExitPlan.FramePlan fp, ExitPlan plan, Object[] values, boolean entering) {
        int[] ls = fp.locals();
        for (int i = 0; i < ls.length; i++) if (ls[i] != ExitPlan.LEAVE) f.locals[i] = plan.value(ls[i], values);
        int[] ss = fp.stack();
        for (int i = 0; i < ss.length; i++) if (ss[i] != ExitPlan.LEAVE) f.stack[i] = plan.value(ss[i], values);
        if (entering) for (int i = ss.length; i < f.stack.length; i++) f.stack[i] = null;
        f.sp = ss.length;
        f.pc = fp.pc();
    }
}
