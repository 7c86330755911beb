package org.pyjit.tracer;

import java.util.BitSet;
import org.pyjit.interp.compile.CodeObject;
import org.pyjit.interp.compile.Opcode;

/**
 * Where a trace puts its merge points, read off the bytecode of the region it records (a loop's body, or a
 * whole function): the joins, targets of forward jumps (where the two sides of an {@code if} meet; not the
 * exits of inner {@code for} loops), and the locals the region may store, whose values a bridge from the other
 * side of a branch may have changed, so a merge point carries them.
 */
final class JoinPoints {
    final BitSet joins = new BitSet();
    /** The locals the region stores. */
    final BitSet stored = new BitSet();
    /** The locals the whole code stores (for a recording that ran past its region: an inner loop's end). */
    final BitSet storedAnywhere = new BitSet();

    /** The region [from, to] of code (a loop: header to its last back edge; a function: all of it). */
    JoinPoints(CodeObject code, int from, int to) {
        for (int pc = 0; pc < code.ops.length; pc++) {
            int op = code.ops[pc];
            if (op == Opcode.STORE_FAST || op == Opcode.DELETE_FAST) storedAnywhere.set(code.args[pc]);
        }
        for (int pc = from; pc <= to && pc < code.ops.length; pc++) {
            int op = code.ops[pc];
            int arg = code.args[pc];
            if (op == Opcode.STORE_FAST || op == Opcode.DELETE_FAST) stored.set(arg);
            if (!Opcode.isJump(op) || op == Opcode.FOR_ITER) continue;
            int target = op == Opcode.COMPARE_AND_JUMP ? arg & Opcode.TARGET_MASK : arg;
            if (target > pc && target <= to) joins.set(target);
        }
    }
}
