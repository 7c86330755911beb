package org.pyjit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line behaves as CPython's: argv, exit statuses, -c, errors to stderr, the prompt. */
class MainTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        return Main.run(args, o, e);
    }

    private String out() { return out.toString(StandardCharsets.UTF_8); }

    private String err() { return err.toString(StandardCharsets.UTF_8); }

    @Test
    void versionAndHelp() {
        assertEquals(0, run("--version"));
        assertTrue(out().startsWith("pyjit "), out());
        assertTrue(out().contains(" on Java " + Runtime.version().feature()), "names the JDK it runs on: " + out());
        assertEquals(0, run("-h"));
        assertTrue(out().contains("usage: pyjit"), out());
    }

    @Test
    void dashCRunsCodeWithArgv() {
        assertEquals(0, run("-c", "import sys; print(sys.argv, 6 * 7)", "a", "b"));
        assertEquals("['-c', 'a', 'b'] 42\n", out());
    }

    @Test
    void scriptGetsArgvAndExitCode(@TempDir Path dir) throws IOException {
        Path script = dir.resolve("prog.py");
        Files.writeString(script, "import sys\nprint(sys.argv[1:])\nsys.exit(3)\n");
        assertEquals(3, run(script.toString(), "x", "--flag"));
        assertEquals("['x', '--flag']\n", out());
    }

    @Test
    void uncaughtExceptionPrintsTracebackAndExits1(@TempDir Path dir) throws IOException {
        Path script = dir.resolve("boom.py");
        Files.writeString(script, "def f():\n    return 1 / 0\nf()\n");
        assertEquals(1, run(script.toString()));
        assertEquals("Traceback (most recent call last):\n"
                + "  File \"" + script + "\", line 3, in <module>\n    f()\n"
                + "  File \"" + script + "\", line 2, in f\n    return 1 / 0\n           ~~^~~\n"
                + "ZeroDivisionError: division by zero\n", err());
    }

    @Test
    void syntaxErrorShowsLineAndCaret() {
        assertEquals(1, run("-c", "x = (1,\n"));
        assertTrue(err().contains("SyntaxError: '(' was never closed"), err());
    }

    @Test
    void binaryGarbageIsASyntaxErrorNotAJavaError(@TempDir Path dir) throws IOException {
        Path script = dir.resolve("garbage.py");
        Files.write(script, new byte[] {'x', '=', '1', '\n', (byte) 0xdc, (byte) 0xff, 0, 7});
        assertEquals(1, run(script.toString()));
        assertEquals("SyntaxError: Non-UTF-8 code starting with '\\xdc' in file " + script.toAbsolutePath()
                + " on line 2, but no encoding declared; see https://peps.python.org/pep-0263/ for details\n", err());
    }

    @Test
    void sysExitWithMessage() {
        assertEquals(1, run("-c", "import sys; sys.exit('bye')"));
        assertEquals("bye\n", err());
    }

    @Test
    void missingScriptAndBadOptionAreUsageErrors() {
        assertEquals(2, run("/nonexistent/x.py"));
        assertTrue(err().contains("can't open file"), err());
        assertEquals(2, run("--bogus"));
    }

    @Test
    void deepRecursionIsRecursionErrorNotAJavaCrash() {
        assertEquals(0, run("-c", "def f(n): return f(n + 1)\ntry:\n    f(0)\nexcept RecursionError as e:\n    print(e)"));
        assertEquals("maximum recursion depth exceeded\n", out());
    }

    @Test
    void functionTracesAreCompiledWhenAskedAndRecursionStillEndsInRecursionError() {
        assertEquals(0, run("--jit-functions=on", "--jit-threshold=1", "--jit-stats", "-c",
                "def sq(x): return x * x\nt = 0\nfor i in range(50): t += sq(i)\nprint(t)"));
        assertEquals("40425\n", out());
        assertTrue(err().matches("(?s).*loops compiled: +[1-9].*"), err());
        out.reset();
        assertEquals(0, run("--jit-functions=on", "--jit-threshold=1", "-c",
                "def f(n): return f(n + 1)\ntry:\n    f(0)\nexcept RecursionError as e:\n    print(e)"));
        assertEquals("maximum recursion depth exceeded\n", out());
    }

    @Test
    void jitParamSetsABudgetAndRejectsUnknownNamesAndBadValues() {
        // maxBridges=0: the loop's other branch never gets a bridge.
        assertEquals(0, run("--jit-threshold=1", "--jit-param=maxBridges=0", "--jit-stats", "-c",
                "t = 0\nfor i in range(500):\n    if i % 3: t += i\nprint(t)"));
        assertEquals("83167\n", out());
        assertTrue(err().matches("(?s).*bridges: +0 .*"), err());
        err.reset();
        assertEquals(2, run("--jit-param=inlineBridge=2", "-c", "pass"));
        assertTrue(err().contains("unknown JIT parameter 'inlineBridge' (known: threshold,"), err());
        err.reset();
        assertEquals(2, run("--jit-param=inlineBridges=two", "-c", "pass"));
        assertTrue(err().contains("--jit-param inlineBridges needs an integer, not 'two'"), err());
        err.reset();
        assertEquals(2, run("--jit-param=threshold=0", "-c", "pass"));
        assertTrue(err().contains("the JIT threshold must be at least 1"), err());
    }

    @Test
    void promptRunsStatementsAndBlocksAndKeepsGoingAfterErrors() throws IOException {
        String input = "x = 5\nx * 2\ndef f(a):\n    return a + 1\n\nf(x)\n1/0\nprint('after')\n";
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        int status = new Repl(new BufferedReader(new StringReader(input)), o, e).run();
        assertEquals(0, status);
        assertEquals(">>> >>> 10\n>>> ... ... >>> 6\n>>> >>> after\n>>> ", out());
        assertTrue(err().contains("ZeroDivisionError: division by zero"), err());
    }
}
