package org.pyjit.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.pyjit.interp.exec.Interpreter;
import org.pyjit.profiling.JitLog;
import org.pyjit.profiling.JitStats;
import org.pyjit.tracer.JitParams;
import org.pyjit.tracer.TracingJit;

/**
 * The JIT's command-line options, and what they do to a run: attach the JIT (unless --jit=off), write the
 * JIT log, print statistics when the program ends.
 */
final class JitOptions {
    static final String HELP = """
              --jit=on|off       use the tracing JIT (default on)
              --jit-threshold=N  loop iterations before a loop is compiled, calls before a function is
                                 (default 1000; 1 compiles at once)
              --jit-functions=on|off  compile hot functions from their entry, not only loops (default on)
              --jit-log=FILE     write every trace, before and after optimization, to FILE
              --jit-stats        print JIT statistics to stderr when the program ends
              --jit-stress=N     test mode: make every N-th guard check fail on purpose
              --jit-param=NAME=N tuning: set one of the JIT's budgets (threshold, traceLimit, inlineDepth,
                                 exitHotness, blacklistAfter, maxBridges, inlineBridges, bridgeTries, minTrips,
                                 mergePoints: 1 on, 0 off)
            """;

    private boolean enabled = true;
    private JitParams params = JitParams.DEFAULTS;
    private Path logFile;
    private boolean stats;
    private PrintWriter log;
    private JitStats counters;

    /** Consumes a --jit option; false if arg is not one. Throws IllegalArgumentException for bad values. */
    boolean parse(String arg) {
        if (arg.equals("--jit=off") || arg.equals("--jit=on")) {
            enabled = arg.endsWith("on");
        } else if (arg.startsWith("--jit-threshold=")) {
            params = params.withThreshold(positive(arg, "--jit-threshold="));
        } else if (arg.equals("--jit-functions=off") || arg.equals("--jit-functions=on")) {
            params = params.withFunctionTraces(arg.endsWith("on"));
        } else if (arg.startsWith("--jit-stress=")) {
            params = params.withStressPeriod(positive(arg, "--jit-stress="));
        } else if (arg.startsWith("--jit-log=")) {
            String f = arg.substring("--jit-log=".length());
            if (f.isEmpty()) throw new IllegalArgumentException("--jit-log needs a file name");
            logFile = Path.of(f);
        } else if (arg.startsWith("--jit-param=")) {
            String spec = arg.substring("--jit-param=".length());
            int eq = spec.indexOf('=');
            if (eq <= 0) throw new IllegalArgumentException("--jit-param needs NAME=N, not '" + spec + "'");
            String value = spec.substring(eq + 1);
            int n;
            try {
                n = Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--jit-param " + spec.substring(0, eq) + " needs an integer, not '"
                        + value + "'");
            }
            params = params.with(spec.substring(0, eq), n);
        } else if (arg.equals("--jit-stats")) {
            stats = true;
        } else {
            return false;
        }
        return true;
    }

    private static int positive(String arg, String prefix) {
        String v = arg.substring(prefix.length());
        try {
            int n = Integer.parseInt(v);
            if (n >= 1) return n;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(prefix.substring(0, prefix.length() - 1) + " needs a positive integer, not '"
                + v + "'");
    }

    /** Opens the log file; an IOException is the user's problem to see (bad path). */
    void open() throws IOException {
        if (logFile != null) {
            log = new PrintWriter(Files.newBufferedWriter(logFile, StandardCharsets.UTF_8));
        }
    }

    /** What to do to each new interpreter: attach the JIT and its listeners. */
    Consumer<Interpreter> setup() {
        if (!enabled) return interp -> { };
        return interp -> {
            TracingJit jit = TracingJit.attach(interp, params);
            if (log != null) jit.addListener(new JitLog(log, interp::sourceOf));
            if (stats) {
                counters = new JitStats();
                jit.addListener(counters);
            }
        };
    }

    /** After the run: statistics to err, the log closed. */
    void finish(PrintStream err) {
        if (counters != null) counters.print(err);
        if (stats && !enabled) err.println("pyjit JIT statistics: the JIT is off (--jit=off)");
        if (log != null) log.close();
    }
}
