package org.pyjit.codegen;

import org.pyjit.interp.compile.CodeObject;
import org.pyjit.interp.exec.Interpreter;
import org.pyjit.optimizer.ir.FrameState;
import org.pyjit.optimizer.ir.Snapshot;
import org.pyjit.optimizer.ir.Trace;
import org.pyjit.optimizer.ir.TraceBuilder;
import org.pyjit.optimizer.ir.Value;

/** The code object hand-built traces claim to come from: {@code f} in {@code t.py}, its loop on line 2. */
final class Fixtures {
    static final CodeObject F = function("def f(k, n):\n    while k < n:\n        k += 1\n");
    static final int HEADER_PC = firstPcOfLine(F, 2);

    private Fixtures() {}

    /** A snapshot resuming f at its loop header with the given locals. */
    static Snapshot at(Value... locals) {
        return new Snapshot(new FrameState(F, HEADER_PC, locals, new Value[0]));
    }

    static Trace build(TraceBuilder b) { return b.build(F, HEADER_PC); }

    /** Runs the loop on io (sized to ioSize, inputs first); returns the expected exit's id. */
    static int run(CompiledLoop loop, Object[] io) throws Throwable {
        return loop.entry().run(io);
    }

    static Object[] io(CompiledLoop loop, Object... inputs) {
        Object[] io = new Object[Math.max(loop.ioSize(), inputs.length)];
        System.arraycopy(inputs, 0, io, 0, inputs.length);
        return io;
    }

    private static CodeObject function(String source) {
        CodeObject module = new Interpreter(System.out, System.err, new String[0]).compile(source, "t.py", false);
        for (Object c : module.consts) {
            if (c instanceof CodeObject code) return code;
        }
        throw new IllegalStateException("no function in " + source);
    }

    private static int firstPcOfLine(CodeObject code, int line) {
        for (int pc = 0; pc < code.lines.length; pc++) {
            if (code.lines[pc] == line) return pc;
        }
        throw new IllegalStateException("no instruction on line " + line);
    }
}
