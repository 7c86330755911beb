package org.pyjit.optimizer.ir;

/** An operand of an op: the result of another op, or a constant. */
public sealed interface Value permits Op, Const {
    Kind kind();
}
