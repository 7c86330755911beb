package org.pyjit.interp.lib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.pyjit.interp.exec.ProgramRunner;

/** Runs Python source through the whole interpreter and checks what it prints. */
final class PythonPrograms {
    private PythonPrograms() {}

    record Result(int status, String stdout, String stderr) {}

    static Result run(String source) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            int status = ProgramRunner.runSource(source, "t.py", new String[] {"t.py"}, Path.of("."), Path.of("."), o, e);
            o.flush();
            e.flush();
            return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }

    /** The program must exit normally, print nothing to stderr and exactly expected to stdout. */
    static void assertOutput(String source, String expected) {
        Result r = run(source);
        assertEquals("", r.stderr(), "stderr");
        assertEquals(0, r.status(), "exit status");
        assertEquals(expected, r.stdout());
    }
}
