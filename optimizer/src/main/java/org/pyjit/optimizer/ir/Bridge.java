package org.pyjit.optimizer.ir;

import java.util.List;

/**
 * A side path of a compiled loop: what the program did when guard failed, recorded from that guard's exit
 * and compiled into the loop's method, where the guard's failure branch now runs it instead of leaving.
 * Its ops may use any value defined before the guard (the parent's values are live there: no inputs, no
 * boxing); it ends with a JUMP to the loop's LABEL, whose operands match the LABEL's. So a branch that goes
 * both ways becomes a diamond in the JVM method, and C2 compiles both sides.
 *
 * <p>A bridge that cannot rejoin at the LABEL (it leaves from the preamble, whose later values the loop
 * needs, or it changes a value the loop holds invariant) jumps to the trace's start instead, with the
 * boxed next values of the INPUTs: the preamble then runs again for the new values.
 *
 * <p>A function trace's bridge ends with a RETURN, as the function trace does (it runs to the function's end).
 * So may a loop's bridge compiled into it that reaches the return of the loop's function (a {@code return}
 * inside the loop): the RETURN leaves for the interpreter, which returns the value. A bridge of a loop in a
 * generator may end likewise with a YIELD where the generator yields: the interpreter yields the value.
 * Either may become a side trace (see {@link Trace#isSide()}), as a bridge to the start does.
 *
 * <p>A bridge that reaches a MERGE of its trace after its guard (the join of the {@code if} whose other side
 * the trace took) ends there instead, with a MERGE_JUMP giving the MERGE's params their values.
 *
 * @param guard   the guard whose failure runs this bridge
 * @param ops     the bridge's ops, ending with the JUMP (or RETURN, YIELD, MERGE_JUMP)
 * @param toStart whether the JUMP goes to the start (operands match the INPUTs) rather than the LABEL
 */
public record Bridge(Op guard, List<Op> ops, boolean toStart) {
    /** Whether the bridge ends by jumping to a MERGE of its trace. */
    public boolean merges() { return ops.get(ops.size() - 1).opcode == OpCode.MERGE_JUMP; }

    /** Whether the bridge ends by leaving for the interpreter (a RETURN or a YIELD). */
    public boolean leaves() { return ops.get(ops.size() - 1).opcode.leavesForInterpreter(); }

    public Bridge {
        ops = List.copyOf(ops);
        OpCode end = ops.isEmpty() ? null : ops.get(ops.size() - 1).opcode;
        if (end != OpCode.JUMP && end != OpCode.MERGE_JUMP && (end == null || !end.leavesForInterpreter())) {
            throw new IllegalArgumentException("a bridge ends with a jump, a return, a yield or a merge jump");
        }
        if (toStart && end != OpCode.JUMP) {
            throw new IllegalArgumentException("only a bridge that ends with a jump goes to the start");
        }
    }
}
