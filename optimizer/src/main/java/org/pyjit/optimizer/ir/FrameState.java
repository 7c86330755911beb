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
 * @param constructing the frame runs {@code __init__} for a class call: its caller's stack already holds the
 *                     new instance (the call's result), and what the frame returns must be None and is dropped
 */
public record FrameState(CodeObject code, int pc, Value[] locals, Value[] stack, boolean constructing) {
    /** A frame that returns its result to its caller (every frame but an inlined {@code __init__}). */
    public FrameState(CodeObject code, int pc, Value[] locals, Value[] stack) {
        this(code, pc, locals, stack, false);
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
        return new FrameState(code, pc, newLocals, newStack, constructing);
    }

    /** The Python source line of the resume pc. */
    public int line() { return pc < code.lines.length ? code.lines[pc] : code.firstLine; }
}
