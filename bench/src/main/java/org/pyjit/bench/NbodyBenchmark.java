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
 * bench/programs/nbody.py for a number of steps from a fresh system: float arithmetic on attributes of five
 * Body objects, against a Java Body class with double fields. What the JIT must remove to come close: the
 * attribute lookups (guards on the objects' shapes) and the boxing of every stored float.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xss1g", PyProgram.COLLECTOR, PyProgram.YOUNG_GENERATION})
public class NbodyBenchmark {
    @Param("20000")
    public int steps;

    private PyProgram program;

    /** The simulation part of the program's main(), returning the final energy. */
    static final String ENTRY = """

            def simulate(steps):
                bodies = make_system()
                offset_momentum(bodies)
                advance(bodies, pairs_of(bodies), 0.01, steps)
                return energy(bodies)
            """;

    @Setup
    public void load() {
        program = PyProgram.load("nbody", ENTRY);
    }

    /** The Python float energy after the steps. */
    @Benchmark
    public Object pyjit() {
        return program.call("simulate", (long) steps);
    }

    @Benchmark
    public double java() {
        return simulate(steps);
    }

    static double simulate(int steps) {
        Body[] bodies = makeSystem();
        offsetMomentum(bodies);
        advance(bodies, pairsOf(bodies), 0.01, steps);
        return energy(bodies);
    }

    static final double PI = 3.141592653589793;
    static final double SOLAR_MASS = 4.0 * PI * PI;
    static final double DAYS_PER_YEAR = 365.24;

    static final class Body {
        double x, y, z, vx, vy, vz, mass;

        Body(double[] pos, double[] vel, double mass) {
            x = pos[0];
            y = pos[1];
            z = pos[2];
            vx = vel[0] * DAYS_PER_YEAR;
            vy = vel[1] * DAYS_PER_YEAR;
            vz = vel[2] * DAYS_PER_YEAR;
            this.mass = mass * SOLAR_MASS;
        }
    }

    static Body[] makeSystem() {
        return new Body[] {
            new Body(new double[] {0.0, 0.0, 0.0}, new double[] {0.0, 0.0, 0.0}, 1.0),
            new Body(new double[] {4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01},
                     new double[] {1.66007664274403694e-03, 7.69901118419740425e-03, -6.90460016972063023e-05},
                     9.54791938424326609e-04),
            new Body(new double[] {8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01},
                     new double[] {-2.76742510726862411e-03, 4.99852801234917238e-03, 2.30417297573763929e-05},
                     2.85885980666130812e-04),
            new Body(new double[] {1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01},
                     new double[] {2.96460137564761618e-03, 2.37847173959480950e-03, -2.96589568540237556e-05},
                     4.36624404335156298e-05),
            new Body(new double[] {1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01},
                     new double[] {2.68067772490389322e-03, 1.62824170038242295e-03, -9.51592254519715870e-05},
                     5.15138902046611451e-05),
        };
    }

    static void offsetMomentum(Body[] bodies) {
        double px = 0.0, py = 0.0, pz = 0.0;
        for (Body b : bodies) {
            px += b.vx * b.mass;
            py += b.vy * b.mass;
            pz += b.vz * b.mass;
        }
        Body sun = bodies[0];
        sun.vx = -px / SOLAR_MASS;
        sun.vy = -py / SOLAR_MASS;
        sun.vz = -pz / SOLAR_MASS;
    }

    static double energy(Body[] bodies) {
        double e = 0.0;
        int n = bodies.length;
        for (int i = 0; i < n; i++) {
            Body b = bodies[i];
            e += 0.5 * b.mass * (b.vx * b.vx + b.vy * b.vy + b.vz * b.vz);
            for (int j = i + 1; j < n; j++) {
                Body o = bodies[j];
                double dx = b.x - o.x;
                double dy = b.y - o.y;
                double dz = b.z - o.z;
                e -= b.mass * o.mass / Math.sqrt(dx * dx + dy * dy + dz * dz);
            }
        }
        return e;
    }

    static Body[][] pairsOf(Body[] bodies) {
        int n = bodies.length;
        Body[][] result = new Body[n * (n - 1) / 2][];
        int k = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                result[k++] = new Body[] {bodies[i], bodies[j]};
            }
        }
        return result;
    }

    static void advance(Body[] bodies, Body[][] pairs, double dt, int steps) {
        for (int s = 0; s < steps; s++) {
            for (Body[] pair : pairs) {
                Body b1 = pair[0];
                Body b2 = pair[1];
                double dx = b1.x - b2.x;
                double dy = b1.y - b2.y;
                double dz = b1.z - b2.z;
                double d2 = dx * dx + dy * dy + dz * dz;
                double mag = dt / (d2 * Math.sqrt(d2));
                double m1 = b1.mass * mag;
                double m2 = b2.mass * mag;
                b1.vx -= dx * m2;
                b1.vy -= dy * m2;
                b1.vz -= dz * m2;
                b2.vx += dx * m1;
                b2.vy += dy * m1;
                b2.vz += dz * m1;
            }
            for (Body b : bodies) {
                b.x += dt * b.vx;
                b.y += dt * b.vy;
                b.z += dt * b.vz;
            }
        }
    }
}
