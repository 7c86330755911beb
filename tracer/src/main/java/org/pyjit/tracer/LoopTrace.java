package org.pyjit.tracer;

import java.util.Map;
import org.pyjit.interp.compile.CodeObject;
import org.pyjit.interp.runtime.Assumption;
import org.pyjit.interp.runtime.PyDict;
import org.pyjit.optimizer.ir.Trace;

/**
 * A recorded loop with what the JIT needs beside the IR: which frame slot each INPUT reads (locals first,
 * then stack slots), the globals of every code object in it (to rebuild inlined frames on deopt), and the
 * assumptions it and its bridges rely on (one flag for all, see Recorder.checkAssumptions).
 */
record LoopTrace(Trace trace, int[] inputSlots, Map<CodeObject, PyDict> globalsOf, Assumption assumptions) {
    LoopTrace withTrace(Trace t) { return new LoopTrace(t, inputSlots, globalsOf, assumptions); }
}
