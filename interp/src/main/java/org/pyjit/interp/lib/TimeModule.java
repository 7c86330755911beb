package org.pyjit.interp.lib;

import org.pyjit.interp.runtime.Ops;
import org.pyjit.interp.runtime.PyBuiltinFunction;
import org.pyjit.interp.runtime.PyErr;
import org.pyjit.interp.runtime.PyModule;
import org.pyjit.interp.runtime.PyNone;

/** time: perf_counter, time, sleep. */
final class TimeModule {
    private TimeModule() {}

    static PyModule create() {
        PyModule m = new PyModule("time");
        m.define("perf_counter", PyBuiltinFunction.of0("perf_counter", () -> System.nanoTime() / 1e9));
        m.define("time", PyBuiltinFunction.of0("time", () -> System.currentTimeMillis() / 1e3));
        m.define("sleep", PyBuiltinFunction.of1("sleep", s -> {
            double secs = Ops.toDouble(s);
            if (secs < 0) throw PyErr.valueError("sleep length must be non-negative");
            try {
                Thread.sleep((long) (secs * 1000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return PyNone.NONE;
        }));
        return m;
    }
}
