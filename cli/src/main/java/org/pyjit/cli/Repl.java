package org.pyjit.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import org.pyjit.interp.compile.CodeObject;
import org.pyjit.interp.exec.Interpreter;
import org.pyjit.interp.parse.Parser;
import org.pyjit.interp.parse.PySyntaxError;
import org.pyjit.interp.runtime.PyException;
import org.pyjit.interp.runtime.PyModule;

/**
 * The interactive prompt: reads statements (continuing with "... " while the input is incomplete or a block
 * is open), runs each in one __main__ module, prints the value of expression statements and the traceback of
 * errors, and goes on until end of input or SystemExit.
 */
final class Repl {
    private final Interpreter interp;
    private final PyModule main;
    private final BufferedReader in;
    private final PrintStream out;
    private final PrintStream err;

    Repl(BufferedReader in, PrintStream out, PrintStream err) {
        this.in = in;
        this.out = out;
        this.err = err;
        this.interp = new Interpreter(out, err, new String[] {""});
        this.main = interp.newMainModule("<stdin>");
    }

    /** Runs until end of input or SystemExit; returns the exit status. */
    int run() throws IOException {
        err.println(Main.VERSION);
        err.println("Type Ctrl-D to exit.");
        while (true) {
            String source = readStatement();
            if (source == null) {
                err.println();
                return 0;
            }
            if (source.isBlank()) continue;
            try {
                CodeObject code = interp.compile(source, "<stdin>", true);
                interp.runModuleCode(code, main);
            } catch (PyException e) {
                out.flush();
                if (Interpreter.isSystemExit(e.value)) return interp.systemExitStatus(e.value);
                err.print(interp.formatException(e.value));
            }
            out.flush();
        }
    }

    /** One complete statement (several lines for blocks), or null at end of input. */
    private String readStatement() throws IOException {
        StringBuilder buf = new StringBuilder();
        String prompt = ">>> ";
        while (true) {
            out.print(prompt);
            out.flush();
            String line = in.readLine();
            if (line == null) return buf.isEmpty() ? null : buf.toString();
            buf.append(line).append('\n');
            boolean multiLine = buf.indexOf("\n") < buf.length() - 1;
            if (multiLine && !line.isBlank() && blockOpen(buf)) {
                prompt = "... ";
                continue;
            }
            if (incomplete(buf.toString())) {
                prompt = "... ";
                continue;
            }
            if (!multiLine && line.stripTrailing().endsWith(":")) {
                prompt = "... ";
                continue;
            }
            return buf.toString();
        }
    }

    /** A block statement keeps going until an empty line, as in CPython's prompt. */
    private static boolean blockOpen(CharSequence buf) {
        String first = buf.toString().split("\n", 2)[0].stripTrailing();
        return first.endsWith(":") || first.startsWith("@");
    }

    private static boolean incomplete(String source) {
        try {
            Parser.parse(source, "<stdin>");
            return false;
        } catch (PySyntaxError e) {
            return e.incompleteInput();
        }
    }
}
