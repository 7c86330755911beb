package org.pyjit.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Runs {@code java OPTIONS -version} with the JVM running the tests, for tests of the options the launcher passes. */
final class JvmVersionRun {
    private JvmVersionRun() {}

    /** What the JVM printed (stdout and stderr); fails the test unless it exited with 0. */
    static String output(List<String> options) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElseThrow());
        command.addAll(options);
        command.add("-version");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), UTF_8);
        assertEquals(0, p.waitFor(), out);
        return out;
    }
}
