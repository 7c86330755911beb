package org.pyjit.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.pyjit.interp.runtime.PyTuple;

/**
 * Each benchmark's Python and Java versions compute the same result, to the bit, at a small size: the ratio
 * between them then compares the same work. (JMH itself never runs in the build.)
 */
class SameResultTest {
    @Test
    void pi() {
        PiBenchmark b = new PiBenchmark();
        b.exponent = 4;
        b.load();
        PyTuple py = (PyTuple) b.pyjit();
        PiBenchmark.Leibniz java = b.java();
        assertEquals(java.total(), (Double) py.get(0));
        assertEquals(java.k(), (Long) py.get(1));
    }

    @Test
    void nbody() {
        NbodyBenchmark b = new NbodyBenchmark();
        b.steps = 2000;
        b.load();
        assertEquals(b.java(), (Double) b.pyjit());
    }

    @Test
    void spectralNorm() {
        SpectralNormBenchmark b = new SpectralNormBenchmark();
        b.n = 30;
        b.load();
        assertEquals(b.java(), (Double) b.pyjit());
    }
}
