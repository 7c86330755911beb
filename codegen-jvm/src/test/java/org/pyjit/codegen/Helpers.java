package org.pyjit.codegen;

import org.pyjit.interp.runtime.PyErr;
import org.pyjit.optimizer.ir.CallDescr;
import org.pyjit.optimizer.ir.DeoptException;

/** Static helpers that test traces call. */
public final class Helpers {
    /** A deopt from "nested code" that a raising call's handler must pass through unchanged. */
    public static final DeoptException NESTED_DEOPT = new DeoptException(99, new Object[0], null);
    private static final StackWalker WALKER = StackWalker.getInstance(
            java.util.Set.of(StackWalker.Option.SHOW_HIDDEN_FRAMES, StackWalker.Option.RETAIN_CLASS_REFERENCE));

    static final CallDescr FLOOR_DIV = CallDescr.of("floor_div", Helpers.class, "floorDiv", true, true, long.class, long.class);
    static final CallDescr NESTED = CallDescr.of("nested", Helpers.class, "nested", false, true, long.class);
    static final CallDescr CALLER = CallDescr.of("caller", Helpers.class, "recordCaller", false, false, long.class);
    static final CallDescr LENGTH = CallDescr.of("length", Helpers.class, "length", true, false, String.class);

    /** The frame that called {@link #recordCaller} last: the generated loop method. */
    static StackWalker.StackFrame lastCaller;

    private Helpers() {}

    /** Python's {@code a // b}, raising ZeroDivisionError. */
    public static long floorDiv(long a, long b) {
        if (b == 0) throw PyErr.zeroDivisionError("integer division or modulo by zero");
        return Math.floorDiv(a, b);
    }

    /** Leaves through a deopt of inner code when a is negative. */
    public static long nested(long a) {
        if (a < 0) throw NESTED_DEOPT;
        return a;
    }

    public static long recordCaller(long a) {
        lastCaller = WALKER.walk(s -> s.skip(1).findFirst()).orElseThrow();
        return a;
    }

    public static long length(String s) { return s.length(); }
}
