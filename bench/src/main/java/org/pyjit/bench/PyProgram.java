package org.pyjit.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.pyjit.interp.compile.CodeObject;
import org.pyjit.interp.exec.Interpreter;
import org.pyjit.interp.runtime.PyDict;
import org.pyjit.interp.runtime.PyFunction;
import org.pyjit.interp.runtime.PyModule;
import org.pyjit.tracer.JitParams;
import org.pyjit.tracer.TracingJit;

/**
 * A corpus program (bench/programs, packaged into the jar) loaded as __main__ into its own interpreter with
 * the tracing JIT attached, but without running it: the module-level {@code main()} call that ends every
 * corpus program is dropped, so loading only defines the functions and classes. A benchmark then calls one of
 * them per invocation; the JIT compiles its loops during JMH's warm-up, so the measurement is the steady state.
 *
 * <p>Python runs on JMH's worker thread, not on a thread of its own as in {@code ProgramRunner}: the benchmarks
 * fork their JVM with {@code -Xss1g}, which gives every thread the stack ProgramRunner gives the program's.
 */
final class PyProgram {
    /**
     * The collector and young generation bin/pyjit runs programs with, for the benchmarks' forks (both sides):
     * with the parallel collector's adaptive sizing, nbody's pyjit iterations ran 4-5 times slower (22 ms
     * instead of 4.4) in phases that doubled in length as the young generation grew, faulting in fresh pages
     * (254 of 800 calls of its simulate(20000) in one JVM; 9 with these, all in the warm-up).
     */
    static final String COLLECTOR = "-XX:+UseSerialGC";
    static final String YOUNG_GENERATION = "-Xmn16m";

    private final Interpreter interp;
    private final PyDict globals;

    private PyProgram(Interpreter interp, PyDict globals) {
        this.interp = interp;
        this.globals = globals;
    }

    /**
     * Loads programs/{name}.py with extra appended (Python source defining an entry point, or "").
     * The program's output, if any, is discarded.
     */
    static PyProgram load(String name, String extra) {
        String file = name + ".py";
        String source = withoutMainCall(file, read(file)) + extra;
        PrintStream discard = new PrintStream(OutputStream.nullOutputStream());
        Interpreter interp = new Interpreter(discard, System.err, new String[] {file});
        TracingJit.attach(interp, JitParams.DEFAULTS);
        CodeObject code = interp.compile(source, file, false);
        PyModule main = interp.newMainModule(file);
        interp.runModuleCode(code, main);
        return new PyProgram(interp, main.globals);
    }

    /** Calls the module-level function name with positional arguments (Java Long, Double, ... as Python sees them). */
    Object call(String name, Object... args) {
        if (!(globals.get(name) instanceof PyFunction fn)) {
            throw new IllegalArgumentException("no function " + name + " in the program");
        }
        return interp.callFunction(fn, args, null);
    }

    private static String read(String file) {
        try (InputStream in = PyProgram.class.getResourceAsStream("/programs/" + file)) {
            if (in == null) throw new IllegalArgumentException("no program " + file + " in the jar");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The source minus its last line, which must be the call {@code main()}. */
    private static String withoutMainCall(String file, String source) {
        String body = source.stripTrailing();
        int start = body.lastIndexOf('\n') + 1;
        if (!body.substring(start).equals("main()")) {
            throw new IllegalStateException(file + " no longer ends with the line main()");
        }
        return body.substring(0, start);
    }
}
