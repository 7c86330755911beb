package org.pyjit.codegen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.pyjit.optimizer.ir.DeoptException;
import org.pyjit.optimizer.ir.Trace;
import org.pyjit.optimizer.ir.TraceInterpreter;

/** Generated code and the TraceInterpreter leave random traces through the same exit with the same values. */
class DifferentialTest {
    private static final int TRACES = 400;
    private static final int RUNS_PER_TRACE = 4;

    @Test
    void randomTracesLeaveThroughTheSameExitWithTheSameValues() throws Throwable {
        RandomTraces gen = new RandomTraces(20250611L);
        int[] taken = new int[2];
        for (int i = 0; i < TRACES; i++) {
            Trace t = gen.next();
            CompiledLoop loop = TraceCompiler.compile(t);
            for (int r = 0; r < RUNS_PER_TRACE; r++) {
                Object[] inputs = gen.inputs();
                String where = "trace " + i + " on " + Arrays.toString(inputs) + ":\n" + t;
                TraceInterpreter.Exit expected = TraceInterpreter.run(t, inputs.clone(), 1000);
                Object[] io = Fixtures.io(loop, inputs);
                try {
                    int id = Fixtures.run(loop, io);
                    assertEquals(expected.exitId(), id, where);
                    assertArrayEquals(expected.values(), Arrays.copyOf(io, expected.values().length), where);
                    taken[0]++;
                } catch (DeoptException e) {
                    assertEquals(expected.exitId(), e.exitId, where);
                    assertArrayEquals(expected.values(), e.values(), where);
                    taken[1]++;
                } catch (RuntimeException e) {
                    fail(where, e);
                }
            }
        }
        assertTrue(taken[0] > TRACES / 10 && taken[1] > TRACES / 10, "expected exits " + taken[0] + ", deopts " + taken[1]);
    }
}
