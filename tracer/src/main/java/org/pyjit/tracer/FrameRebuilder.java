package org.pyjit.tracer;

import java.util.Map;
import org.pyjit.interp.compile.CodeObject;
import org.pyjit.interp.compile.Opcode;
import org.pyjit.interp.exec.Frame;
import org.pyjit.interp.exec.Interpreter;
import org.pyjit.interp.runtime.PyDict;
import org.pyjit.interp.runtime.Ops;
import org.pyjit.interp.runtime.PyErr;
import org.pyjit.interp.runtime.PyException;
import org.pyjit.interp.runtime.PyNone;
import org.pyjit.interp.runtime.PyNotImplemented;
import org.pyjit.optimizer.ir.CallKind;

/**
 * Turns a trace exit back into interpreter state in two steps ({@link #frames}, then {@link #run}: a bridge
 * starts recording in between). The objects the trace did not allocate are allocated first. The frame that
 * entered the trace gets its slots written
 * from the exit's plan; each inlined call that had not returned gets a new Frame, which runs to its return
 * in the interpreter (innermost first), its result handed to its caller as the instruction that called it
 * would (see {@link CallKind}), or its exception raised at the caller's call instruction. The entering frame
 * then continues in the interpreter.
 */
final class FrameRebuilder {
    private final Interpreter interp;

    FrameRebuilder(Interpreter interp) { this.interp = interp; }

    /** The frames of an exit, written but not run: the entering one first, then one per inlined call. */
    Frame[] frames(Frame f, ExitPlan plan, Object[] values, Map<CodeObject, PyDict> globalsOf) {
        Frame[] frames = new Frame[plan.frames.length];
        Object[] objects = plan.allocate(values);
        frames[0] = f;
        write(f, plan.frames[0], plan, values, objects, true);
        for (int i = 1; i < frames.length; i++) {
            ExitPlan.FramePlan fp = plan.frames[i];
            frames[i] = new Frame(fp.code(), globalsOf.get(fp.code()), interp.builtins, null);
            write(frames[i], fp, plan, values, objects, false);
        }
        return frames;
    }

    /**
     * Runs the inlined frames innermost first; the entering frame is left for the interpreter to continue at
     * f.pc. A pending exception (a helper raised it) is raised where the snapshot resumes; an exception that
     * escapes the inlined frames is thrown with the entering frame's pc on the raising call.
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
            Frame caller = frames[i - 1];
            CallKind kind = plan.frames[i].callKind();
            if (exc == null) {
                exc = complete(caller, kind, result);
            } else if (kind == CallKind.INIT) {
                // The call raised: the instance it made is not its result after all.
                caller.stack[--caller.sp] = null;
            }
            if (exc != null) caller.pc--;
        }
        if (exc != null) throw exc;
    }

    /**
     * Finishes the caller's instruction with the callee's result, as the interpreter does: a call pushes it;
     * an inlined {@code __init__} must return None, as {@code Instantiation} checks, and returns nothing (the
     * stack holds the instance); an operator's method replaces the two operands, unless it returned
     * NotImplemented: a trace inlines one only when the interpreter would then raise the TypeError.
     * The exception to raise at the caller's instruction, or null.
     */
    private static RuntimeException complete(Frame caller, CallKind kind, Object result) {
        switch (kind) {
            case CALL -> caller.stack[caller.sp++] = result;
            case INIT -> {
                if (result != PyNone.NONE) {
                    return PyErr.typeError("__init__() should return None, not '" + Ops.typeName(result) + "'");
                }
            }
            case DISCARD -> { }
            case LEN -> {
                try {
                    caller.stack[caller.sp++] = Ops.lenResult(result);
                } catch (PyException e) {
                    return e;
                }
            }
            case BINARY_OP -> {
                Object b = caller.stack[--caller.sp];
                caller.stack[caller.sp] = null;
                Object a = caller.stack[--caller.sp];
                caller.stack[caller.sp] = null;
                if (result == PyNotImplemented.NOT_IMPLEMENTED) {
                    int arg = caller.code.args[caller.pc - 1];
                    return Ops.unsupportedOperands(a, b, arg & ~Opcode.INPLACE, arg >= Opcode.INPLACE);
                }
                caller.stack[caller.sp++] = result;
            }
        }
        return null;
    }

    private static void write(Frame f, ExitPlan.FramePlan fp, ExitPlan plan, Object[] values, Object[] objects,
                              boolean entering) {
        int[] ls = fp.locals();
        for (int i = 0; i < ls.length; i++) if (ls[i] != ExitPlan.LEAVE) f.locals[i] = plan.value(ls[i], values, objects);
        int[] ss = fp.stack();
        for (int i = 0; i < ss.length; i++) if (ss[i] != ExitPlan.LEAVE) f.stack[i] = plan.value(ss[i], values, objects);
        if (entering) for (int i = ss.length; i < f.stack.length; i++) f.stack[i] = null;
        f.sp = ss.length;
        f.pc = fp.pc();
    }
}
