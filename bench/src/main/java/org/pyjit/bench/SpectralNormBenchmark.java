package org.pyjit.bench;

import java.util.Arrays;
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
 * bench/programs/spectral_norm.py for an n x n matrix: nested loops over lists of floats with a call to
 * {@code eval_a} in the inner one (inlined into the trace by the JIT), against the same loops over
 * {@code double[]}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xss1g", PyProgram.COLLECTOR, PyProgram.YOUNG_GENERATION})
public class SpectralNormBenchmark {
    @Param("150")
    public int n;

    private PyProgram program;

    /** The body of the program's main() up to the result, as a function. */
    static final String ENTRY = """

            def spectral_norm(n):
                u = [1.0] * n
                v = u
                for _ in range(10):
                    v = times_ata(u)
                    u = times_ata(v)
                vbv = dot(u, v)
                vv = dot(v, v)
                return math.sqrt(vbv / vv)
            """;

    @Setup
    public void load() {
        program = PyProgram.load("spectral_norm", ENTRY);
    }

    /** The Python float result. */
    @Benchmark
    public Object pyjit() {
        return program.call("spectral_norm", (long) n);
    }

    @Benchmark
    public double java() {
        return spectralNorm(n);
    }

    static double spectralNorm(int n) {
        double[] u = new double[n];
        Arrays.fill(u, 1.0);
        double[] v = u;
        for (int k = 0; k < 10; k++) {
            v = timesAtA(u);
            u = timesAtA(v);
        }
        double vbv = dot(u, v);
        double vv = dot(v, v);
        return Math.sqrt(vbv / vv);
    }

    static double evalA(int i, int j) {
        int s = i + j;
        return 1.0 / (s * (s + 1) / 2 + i + 1);
    }

    static double[] timesA(double[] u) {
        int n = u.length;
        double[] result = new double[n];
        for (int i = 0; i < n; i++) {
            double acc = 0.0;
            for (int j = 0; j < n; j++) {
                acc += evalA(i, j) * u[j];
            }
            result[i] = acc;
        }
        return result;
    }

    static double[] timesAt(double[] u) {
        int n = u.length;
        double[] result = new double[n];
        for (int i = 0; i < n; i++) {
            double acc = 0.0;
            for (int j = 0; j < n; j++) {
                acc += evalA(j, i) * u[j];
            }
            result[i] = acc;
        }
        return result;
    }

    static double[] timesAtA(double[] u) {
        return timesAt(timesA(u));
    }

    static double dot(double[] a, double[] b) {
        double acc = 0.0;
        for (int i = 0; i < a.length; i++) {
            acc += a[i] * b[i];
        }
        return acc;
    }
}
