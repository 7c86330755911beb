package org.pyjit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pyjit.cli.ChildJvm.Exit;

/**
 * Main.main in a JVM of its own: a program that ends well returns from main (no System.exit) and the JVM still
 * ends with status 0 and all output written; other statuses still reach the process.
 */
class MainExitTest {
    @TempDir
    Path dir;

    private static Exit run(String program, String... jvmOptions) throws IOException, InterruptedException {
        List<String> arguments = new ArrayList<>(List.of(jvmOptions));
        arguments.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName(), "--jit=off", "-c",
                program));
        return ChildJvm.run(arguments);
    }

    @Test
    void aProgramThatEndsWellExitsWithZeroAndItsOutput() throws Exception {
        assertEquals(new Exit(0, "0\n1\n2\n"), run("for i in range(3): print(i)"));
    }

    @Test
    void aProgramThatEndsWellDoesNotGoThroughSystemExit() throws Exception {
        // Runtime.exit logs itself to the System.Logger "java.lang.Runtime" at debug level: with that level
        // printed, a System.exit(0) would add its log record to the output.
        Path config = dir.resolve("logging.properties");
        Files.writeString(config, """
                handlers=java.util.logging.ConsoleHandler
                java.util.logging.ConsoleHandler.level=ALL
                java.lang.Runtime.level=ALL
                """);
        assertEquals(new Exit(0, "done\n"), run("print('done')", "-Djava.util.logging.config.file=" + config));
        Exit failed = run("import sys\nsys.exit(2)", "-Djava.util.logging.config.file=" + config);
        assertEquals(2, failed.status());
        assertTrue(failed.output().contains("Runtime.exit"), "the logging setup shows System.exit: " + failed.output());
    }

    @Test
    void sysExitStatusReachesTheProcess() throws Exception {
        assertEquals(new Exit(3, "before\n"), run("import sys\nprint('before')\nsys.exit(3)"));
        assertEquals(new Exit(0, "zero\n"), run("import sys\nprint('zero')\nsys.exit(0)"));
    }

    @Test
    void anUncaughtExceptionExitsWithOne() throws Exception {
        Exit e = run("raise ValueError('v')");
        assertEquals(1, e.status(), e.output());
        assertTrue(e.output().endsWith("ValueError: v\n"), e.output());
    }
}
