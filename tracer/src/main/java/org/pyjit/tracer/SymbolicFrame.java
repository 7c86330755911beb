package org.pyjit.tracer;

import java.util.Arrays;
import org.pyjit.interp.compile.CodeObject;
import org.pyjit.interp.exec.Frame;
import org.pyjit.optimizer.ir.CallKind;
import org.pyjit.optimizer.ir.FrameState;
import org.pyjit.optimizer.ir.Value;

/**
 * The recorder's picture of one interpreter frame: for every local and stack slot, the IR value that holds it
 * (null: in the loop's own frame, "what the frame held on entry", read lazily as an INPUT; in an inlined
 * frame, an empty slot). It mirrors the real frame instruction by instruction.
 */
final class SymbolicFrame {
    /** The real frame; null for an inlined call until its first instruction shows it. */
    Frame frame;
    final CodeObject code;
    final Value[] locals;
    final Value[] stack;
    int sp;
    /** Where this frame continues after the inlined call it is making (the instruction after the CALL). */
    int returnPc;
    /** How this frame was called: what its caller does with its result (see {@link CallKind}). */
    CallKind callKind = CallKind.CALL;

    SymbolicFrame(Frame frame, CodeObject code, int sp) {
        this.frame = frame;
        this.code = code;
        this.locals = new Value[code.frameSize()];
        this.stack = new Value[code.stackSize + 1];
        this.sp = sp;
    }

    void push(Value v) { stack[sp++] = v; }

    Value pop() {
        Value v = stack[--sp];
        stack[sp] = null;
        return v;
    }

    /** The frame as a snapshot sees it, resuming at pc. */
    FrameState state(int pc) {
        return new FrameState(code, pc, locals.clone(), Arrays.copyOf(stack, sp), callKind);
    }
}
