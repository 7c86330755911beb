package org.pyjit.optimizer.ir;

import org.pyjit.interp.compile.CodeObject;

/**
 * One interpreter frame as a snapshot describes it: the code, the pc to resume at, and for every local and
 * stack slot the value it must hold. A null slot means "leave it as it is": in the outermost frame (the real
 * frame that entered the trace) the slot still holds what it held on entry; in an inlined frame it is empty.
 *
 * @param code         the frame's code object
 * @param pc           the instruction the interpreter executes next
 * @param locals       one value per locals slot (plain locals, cells, free variables)
 * @param stack        the value stack, bottom first
 * @param callKind how the frame was called (what its caller does with its result); CALL for the outermost
 */
public record FrameState(CodeObject code, int pc, Value[] locals, Value[] stack, CallKind callKind) {
    /** A frame whose result its caller pushes (the outermost frame, and every ordinary inlined call). */
    public FrameState(CodeObject code, int pc, Value[] locals, Value[] stack) {
        this(code, pc, locals, stack, CallKind.CALL);
    }

    /** The same frame with every value passed through a mapping (used when ops are replaced). */
    public FrameState map(java.util.function.UnaryOperator<Value> f) {
        Value[] l = new Value[locals.length];
        for (int i = 0; i < l.length; i++) l[i] = locals[i] == null ? null : f.apply(locals[i]);
        Value[] s = new Value[stack.length];
        for (int i = 0; i < s.length; i++) s[i] = stack[i] == null ? null : f.apply(stack[i]);
        return withSlots(l, s);
    }

    /** The same frame (code, pc, kind) with other slot values. */
    public FrameState withSlots(Value[] newLocals, Value[] newStack) {
        return new FrameState(code, pc, newLocals, newStack, callKind);
    }

    /** The Python source line of the resume pc. */
    public int line() { return pc < code.lines.length ? code.lines[pc] : code.firstLine; }
}
