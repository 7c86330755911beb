package org.pyjit.interp.exec;

/**
 * All the interpreter knows of a JIT. The interpreter calls {@link #onBackEdge} at every backward jump
 * (the loop header is the jump's target); the JIT counts, records, and runs compiled loops from there.
 * While a loop is being recorded the JIT also sets an {@link InstructionListener} on the interpreter,
 * which then sees every instruction before it executes. Without a JIT (the default) the interpreter pays
 * one null check per backward jump and per call.
 */
public interface JitHooks {
    /**
     * A backward jump in f has just been taken: f.pc is the loop header and f.sp the stack depth there.
     * Returns true when the JIT ran compiled code that changed the frame: the interpreter then continues at
     * f.pc with f.sp (locals and stack were rewritten in place). May throw a PyException, which the
     * interpreter treats as raised by the instruction at f.pc.
     */
    boolean onBackEdge(Frame f);

    /**
     * Control has reached a loop from before it (a LOOP_ENTRY): f.pc is the loop header and f.sp the stack depth
     * there. Returns, and may throw, as {@link #onBackEdge}; a JIT runs the loop's compiled code here if it has
     * some, and counts nothing.
     */
    default boolean onLoopEntry(Frame f) { return false; }

    /**
     * A function call's frame f is about to run from its first instruction, its arguments bound (not for
     * generators, module code or class bodies). Returns the function's result when the JIT ran its compiled
     * code to its return (the frame is then done, as after RETURN_VALUE), else {@link #INTERPRET}: the
     * interpreter runs the frame from f.pc with f.sp, which compiled code that left early rewrote, as after
     * {@link #onBackEdge}. May throw, as that does.
     */
    default Object onFunctionEntry(Frame f) { return INTERPRET; }

    /** What {@link #onFunctionEntry} answers when the interpreter is to run the frame (never a Python value). */
    Object INTERPRET = new Object() {
        @Override
        public String toString() { return "INTERPRET"; }
    };

    /** Whether the JIT wants {@link #onFunctionEntry} calls; asked once, when it is attached. */
    default boolean tracesFunctions() { return false; }

    /** Sees each instruction before the interpreter executes it, while a loop is being recorded. */
    interface InstructionListener {
        /** The instruction at pc of frame f is about to run; the stack holds sp values. */
        void before(Frame f, int pc, int sp);

        /** An exception was raised at pc of frame f (the recording cannot follow it). */
        void onException(Frame f, int pc);
    }
}
