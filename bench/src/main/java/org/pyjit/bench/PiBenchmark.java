package org.pyjit.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * bench/programs/pi.py's {@code leibniz(tol)}: a tight loop of float division, int modulo and a branch. Under
 * the JIT this is one compiled loop with unboxed locals, so the gap to {@link #leibniz} is what guards, boxing
 * left at the loop's edges and the interpreter round trip per call still cost.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xss1g", PyProgram.COLLECTOR, PyProgram.YOUNG_GENERATION})
public class PiBenchmark {
    /** tol = 10^-exponent; the loop runs about 2 * 10^exponent times. */
    @Param("6")
    public int exponent;

    private double tol;
    private PyProgram program;

    @Setup
    public void load() {
        long power = 1;
        for (int i = 0; i < exponent; i++) power *= 10;
        tol = 1.0 / power;
        program = PyProgram.load("pi", "");
    }

    /** The Python tuple (total, k). */
    @Benchmark
    public Object pyjit() {
        return program.call("leibniz", tol);
    }

    @Benchmark
    public Leibniz java() {
        return leibniz(tol);
    }

    record Leibniz(double total, long k) {}

    /** pi.py's leibniz, line by line. */
    static Leibniz leibniz(double tol) {
        double total = 0.0;
        double term = 1.0;
        long k = 0;
        while (Math.abs(term) > tol) {
            if (k % 2 == 0) {
                term = 4.0 / (2 * k + 1);
            } else {
                term = -4.0 / (2 * k + 1);
            }
            total += term;
            k += 1;
        }
        return new Leibniz(total, k);
    }
}
