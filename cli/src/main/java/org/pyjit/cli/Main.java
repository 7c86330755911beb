package org.pyjit.cli;

import java.io.BufferedReader;
import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import org.pyjit.interp.exec.ProgramRunner;

/**
 * {@code pyjit [options] script.py [args]}, {@code pyjit -c code}, {@code pyjit -} (program from stdin), with
 * CPython's conventions for sys.argv and exit statuses.
 */
public final class Main {
    private Main() {}

    static final String VERSION = "pyjit 0.1.0 (Python 3.11 subset)";

    static final String USAGE = """
            usage: pyjit [option] ... [-c cmd | file | -] [arg] ...
            Options:
              -c cmd     program passed in as string (terminates option list)
              -h, --help print this help message and exit
              -V, --version  print the version and exit
            """ + JitOptions.HELP + """
            Arguments:
              file       program read from script file
              -          program read from stdin
              arg ...    arguments passed to the program in sys.argv[1:]
            """;

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int status = run(args, out, err);
        out.flush();
        err.flush();
        // A program that ended well just returns: the JVM ends once the program's threads have (they are joined
        // by now). System.exit first sets up the JDK's System.Logger to log the exit, ~10 ms of every run.
        if (status != 0) System.exit(status);
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        JitOptions jit = new JitOptions();
        int i = 0;
        try {
            while (i < args.length && jit.parse(args[i])) i++;
            jit.open();
        } catch (IllegalArgumentException | java.io.IOException e) {
            err.println("pyjit: " + (e instanceof java.io.IOException ? "cannot write the JIT log: " : "")
                    + e.getMessage());
            err.print(USAGE);
            return 2;
        }
        try {
            return runProgram(args, i, jit, out, err);
        } finally {
            out.flush();
            jit.finish(err);
        }
    }

    private static int runProgram(String[] args, int first, JitOptions jit, PrintStream out, PrintStream err) {
        int i = first;
        while (i < args.length) {
            String a = args[i];
            switch (a) {
                case "-h", "--help" -> {
                    out.print(USAGE);
                    return 0;
                }
                case "-V", "--version" -> {
                    // The JDK the launcher picked: what a benchmark or a bug report needs to say.
                    out.println(VERSION + " on Java " + Runtime.version() + " (" + System.getProperty("java.vm.name") + ")");
                    return 0;
                }
                case "-c" -> {
                    if (i + 1 >= args.length) {
                        err.println("Argument expected for the -c option");
                        err.print(USAGE);
                        return 2;
                    }
                    String[] argv = concat("-c", Arrays.copyOfRange(args, i + 2, args.length));
                    return ProgramRunner.runSource(args[i + 1], "<string>", argv, cwd(), cwd(), out, err, jit.setup());
                }
                case "-" -> {
                    String src = readStdin();
                    return ProgramRunner.runSource(src, "<stdin>", concat("-", Arrays.copyOfRange(args, i + 1,
                            args.length)), cwd(), cwd(), out, err, jit.setup());
                }
                default -> {
                    if (a.startsWith("-")) {
                        err.println("Unknown option: " + a);
                        err.print(USAGE);
                        return 2;
                    }
                    String[] argv = Arrays.copyOfRange(args, i, args.length);
                    return ProgramRunner.runFile(Path.of(a), argv, out, err, jit.setup());
                }
            }
        }
        if (System.console() == null) {
            return ProgramRunner.runSource(readStdin(), "<stdin>", new String[] {""}, cwd(), cwd(), out, err,
                    jit.setup());
        }
        return interactive(out, err);
    }

    /** Runs the prompt on a thread with a large stack, like programs. */
    private static int interactive(PrintStream out, PrintStream err) {
        int[] status = new int[1];
        Thread t = new Thread(null, () -> {
            try {
                BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
                status[0] = new Repl(in, out, err).run();
            } catch (IOException e) {
                err.println("pyjit: " + e.getMessage());
                status[0] = 1;
            }
        }, "python-main", 1L << 30);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
        return status[0];
    }

    private static Path cwd() { return Path.of("").toAbsolutePath(); }

    private static String[] concat(String first, String[] rest) {
        String[] r = new String[rest.length + 1];
        r[0] = first;
        System.arraycopy(rest, 0, r, 1, rest.length);
        return r;
    }

    private static String readStdin() {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            StringBuilder sb = new StringBuilder();
            char[] buf = new char[8192];
            for (int n; (n = r.read(buf)) > 0;) sb.append(buf, 0, n);
            return sb.toString();
        } catch (IOException e) {
            return "";
        }
    }
}
