package org.pyjit.interp.exec;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.pyjit.interp.compile.CodeObject;
import org.pyjit.interp.runtime.PyException;
import org.pyjit.interp.runtime.PyModule;

/**
 * Runs a whole program as {@code python script.py} does: as __main__, on a thread with a large Java stack (so
 * deep Python recursion reaches RecursionError, not StackOverflowError), printing an uncaught exception's
 * traceback to stderr and turning SystemExit into the exit status.
 */
public final class ProgramRunner {
    private ProgramRunner() {}

    /** Java stack for the program's thread: room for far more Python frames than the default limit. */
    private static final long STACK_BYTES = 1L << 30;

    public static int runFile(Path script, String[] argv, PrintStream out, PrintStream err) {
        return runFile(script, argv, out, err, NO_SETUP);
    }

    /** Nothing to prepare: the interpreter alone. */
    public static final Consumer<Interpreter> NO_SETUP = interp -> { };

    /** Runs a script; setup prepares the new interpreter first (attaching a JIT, for instance). */
    public static int runFile(Path script, String[] argv, PrintStream out, PrintStream err,
            Consumer<Interpreter> setup) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(script);
        } catch (IOException | RuntimeException e) {
            err.println("pyjit: can't open file '" + script + "': [Errno 2] No such file or directory");
            return 2;
        }
        String source;
        try {
            source = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            err.println(nonUtf8Message(bytes, script));
            return 1;
        }
        // As CPython 3.11: argv[0] as given, but the code (and tracebacks) name the script by its absolute path.
        Path absolute = script.toAbsolutePath().normalize();
        return runSource(source, absolute.toString(), argv, absolute.getParent(), Path.of("").toAbsolutePath(), out,
                err, setup);
    }

    /** CPython's complaint about source that is not UTF-8 (pyjit reads no coding declarations). */
    private static String nonUtf8Message(byte[] bytes, Path script) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CoderResult r = d.decode(in, CharBuffer.allocate(bytes.length + 1), true);
        int bad = r.isError() ? in.position() : 0;
        int line = 1;
        for (int i = 0; i < bad; i++) {
            if (bytes[i] == '\n') line++;
        }
        return "SyntaxError: Non-UTF-8 code starting with '\\x" + String.format("%02x", bytes[bad] & 0xff)
                + "' in file " + script.toAbsolutePath().normalize() + " on line " + line
                + ", but no encoding declared; see https://peps.python.org/pep-0263/ for details";
    }

    /**
     * Runs source as __main__. scriptDir is where its sibling modules are imported from; workingDir is what
     * relative file names resolve against.
     */
    public static int runSource(String source, String filename, String[] argv, Path scriptDir, Path workingDir,
                                PrintStream out, PrintStream err) {
        return runSource(source, filename, argv, scriptDir, workingDir, out, err, NO_SETUP);
    }

    /** As {@link #runSource(String, String, String[], Path, Path, PrintStream, PrintStream)}, with a setup. */
    public static int runSource(String source, String filename, String[] argv, Path scriptDir, Path workingDir,
                                PrintStream out, PrintStream err, Consumer<Interpreter> setup) {
        AtomicInteger status = new AtomicInteger();
        Thread t = new Thread(null,
                () -> status.set(runHere(source, filename, argv, scriptDir, workingDir, out, err, setup)),
                "python-main", STACK_BYTES);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
        return status.get();
    }

    private static int runHere(String source, String filename, String[] argv, Path scriptDir, Path workingDir,
                               PrintStream out, PrintStream err, Consumer<Interpreter> setup) {
        Interpreter interp = new Interpreter(out, err, argv);
        interp.setScriptDir(scriptDir);
        interp.setWorkingDir(workingDir);
        setup.accept(interp);
        try {
            CodeObject code = interp.compile(source, filename, false);
            PyModule main = interp.newMainModule(filename);
            interp.runModuleCode(code, main);
            out.flush();
            return 0;
        } catch (PyException e) {
            out.flush();
            if (Interpreter.isSystemExit(e.value)) return interp.systemExitStatus(e.value);
            err.print(interp.formatException(e.value));
            err.flush();
            return 1;
        } catch (StackOverflowError e) {
            out.flush();
            err.println("RecursionError: maximum recursion depth exceeded");
            return 1;
        } catch (RuntimeException e) {
            out.flush();
            if (System.getenv("PYJIT_DEBUG") != null) e.printStackTrace();
            err.println("SystemError: pyjit internal error: " + e);
            return 1;
        }
    }
}
