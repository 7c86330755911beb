package org.pyjit.optimizer.ir;

/**
 * An operand of an op: the result of another op, or a constant; in a snapshot also a {@link Virtual}, an object
 * the trace did not allocate.
 */
public sealed interface Value permits Op, Const, Virtual {
    Kind kind();
}
