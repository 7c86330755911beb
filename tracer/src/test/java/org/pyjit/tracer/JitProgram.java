package org.pyjit.tracer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.pyjit.interp.exec.ProgramRunner;

/** Runs a small program in-process with the JIT attached and a listener subscribed, for the JIT's unit tests. */
final class JitProgram {
    private JitProgram() {}

    /** The program's stdout; fails the test if it does not exit with status 0. */
    static String run(String source, JitParams params, JitEvents listener) {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        int status = ProgramRunner.runSource(source, "test.py", new String[] {"test.py"}, Path.of("."), Path.of("."),
                new PrintStream(stdout, true, StandardCharsets.UTF_8), new PrintStream(stderr, true, StandardCharsets.UTF_8),
                interp -> TracingJit.attach(interp, params).addListener(listener));
        assertEquals(0, status, stderr.toString(StandardCharsets.UTF_8));
        return stdout.toString(StandardCharsets.UTF_8);
    }
}
