package org.pyjit.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Runs a JVM of its own (the java running the tests), for tests of JVM options and of how Main ends. */
final class ChildJvm {
    private ChildJvm() {}

    /** A finished JVM: its exit status and what it printed (stdout and stderr together). */
    record Exit(int status, String output) {}

    static Exit run(List<String> arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElseThrow());
        command.addAll(arguments);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), UTF_8);
        return new Exit(p.waitFor(), out);
    }

    /** What {@code java OPTIONS -version} printed; fails the test unless it exited with 0. */
    static String versionOutput(List<String> options) throws IOException, InterruptedException {
        List<String> arguments = new ArrayList<>(options);
        arguments.add("-version");
        Exit e = run(arguments);
        assertEquals(0, e.status(), e.output());
        return e.output();
    }
}
