package org.pyjit.interp.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Checks the test corpus itself: every program has its recorded expected output, and (when CPython is on the
 * machine) running it under python3 reproduces exactly the recorded stdout, stderr and exit status. The
 * interpreter's own corpus runner compares against these same files, so they must be right.
 */
class CorpusRecordingTest {
    private static final Path ROOT = Path.of("..", "tests", "python");
    private static final boolean HAVE_PYTHON = python3Works();

    private static boolean python3Works() {
        try {
            Process p = new ProcessBuilder("python3", "-c", "import sys; print(sys.version_info[:2])")
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0 && out.equals("(3, 11)");
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    static List<Path> programs() throws IOException {
        try (Stream<Path> s = Files.walk(ROOT)) {
            return s.filter(p -> p.toString().endsWith(".py"))
                    .filter(p -> !p.getFileName().toString().startsWith("mod_"))
                    .sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyProgramHasItsRecordedOutput() throws IOException {
        List<Path> programs = programs();
        assertTrue(programs.size() >= 300, "corpus too small: " + programs.size());
        return programs.stream().map(p -> DynamicTest.dynamicTest(ROOT.relativize(p).toString(), () -> check(p)));
    }

    private static String read(Path p) throws IOException {
        return Files.exists(p) ? Files.readString(p, StandardCharsets.UTF_8) : "";
    }

    private static void check(Path program) throws Exception {
        String base = program.getFileName().toString().replaceAll("\\.py$", "");
        Path dir = program.getParent();
        Path out = dir.resolve(base + ".out");
        assertTrue(Files.exists(out), "missing " + out);
        if (!HAVE_PYTHON) return;
        Process p = new ProcessBuilder("python3", base + ".py").directory(dir.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        byte[] stdout = p.getInputStream().readAllBytes();
        byte[] stderr = p.getErrorStream().readAllBytes();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "timed out: " + program);
        String expectedCode = read(dir.resolve(base + ".code")).trim();
        assertEquals(expectedCode.isEmpty() ? 0 : Integer.parseInt(expectedCode), p.exitValue(), "exit status");
        assertEquals(read(out), new String(stdout, StandardCharsets.UTF_8), "stdout");
        // record.sh shows files in the program's directory by bare name (CPython prints absolute paths).
        String shown = new String(stderr, StandardCharsets.UTF_8)
                .replace("File \"" + dir.toAbsolutePath().normalize() + "/", "File \"");
        assertEquals(read(dir.resolve(base + ".err")), shown, "stderr");
    }
}
