package org.pyjit.optimizer.ir;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks the invariants every pass must keep and codegen relies on: each operand is defined before it is
 * used (snapshots included), operand kinds match the op, inputs come first, guards have snapshots, the trace
 * ends with a JUMP whose operands match the LABEL (or the inputs, before peeling) in number and kind, or (a
 * function trace) with a RETURN, as its bridges do; a side trace ends with a FINISH, a RETURN or a YIELD, a
 * loop's bridge may end with a RETURN or a YIELD. After a MERGE the trace uses only its params, values
 * defined after it, and values defined before the loop body (the LABEL, or the inputs): a bridge that jumps to
 * the MERGE has computed nothing else of the trace's. A bridge may end with a MERGE_JUMP to a MERGE after its
 * guard, with values of its params' kinds.
 * Throws IllegalStateException naming the first broken op.
 */
public final class TraceVerifier {
    private TraceVerifier() {}

    public static Trace verify(Trace t) {
        t.renumber();
        // The ops defined so far, by index (sets of them, copied at the LABEL and each MERGE, made verifying a
        // tenth of the JIT's time on the main thread in deltablue).
        Map<Op, Integer> defined = new IdentityHashMap<>();
        boolean pastInputs = false;
        Op label = null;
        List<Op> ops = t.ops;
        // Once past a MERGE (at lastMerge): a value may come from before the loop body (before bodyStart) or
        // from after the MERGE.
        int bodyStart = 0;
        int lastMerge = -1;
        boolean hasLabel = t.label() != null;
        for (int i = 0; i < ops.size(); i++) {
            Op op = ops.get(i);
            if (op.opcode == OpCode.INPUT) {
                if (pastInputs) fail(op, "input after the first non-input op");
            } else {
                if (!pastInputs && !hasLabel) bodyStart = i;
                pastInputs = true;
            }
            for (Value v : op.args()) {
                if (v instanceof Virtual) fail(op, "an operand is an object not allocated");
                if (v instanceof Op d) {
                    Integer at = defined.get(d);
                    if (at == null) fail(op, "uses " + d.name() + " before its definition");
                    if (at <= lastMerge && at >= bodyStart) fail(op, "uses " + d.name() + " across a merge");
                }
            }
            if (op.opcode == OpCode.MERGE) {
                if (hasLabel && label == null) fail(op, "a merge in the preamble");
                if (op.snapshot() == null) fail(op, "a merge without its frame state");
                if (op.mergePoint().slots().length != op.argCount()) fail(op, "a merge carries one value per slot");
                for (int k = 0; k < op.argCount(); k++) {
                    Op param = i + 1 + k < ops.size() ? ops.get(i + 1 + k) : null;
                    if (param == null || param.opcode != OpCode.MERGE_PARAM || ((MergeParam) param.descr).index() != k
                            || param.kind() != op.arg(k).kind()) {
                        fail(op, "param " + k + " does not follow the merge");
                    }
                }
            }
            checkKinds(op);
            if (op.isGuard() && op.snapshot() == null) fail(op, "a guard without a snapshot");
            if (op.opcode == OpCode.CALL && op.call().canRaise() && op.snapshot() == null) {
                fail(op, "a raising call without a snapshot");
            }
            if (op.snapshot() != null) {
                for (Op live : op.snapshot().liveOps()) {
                    // A guard's snapshot may mention values defined before the guard only.
                    Integer at = defined.get(live);
                    if (at == null) fail(op, "snapshot uses " + live.name() + " before its definition");
                    if (at <= lastMerge && at >= bodyStart) fail(op, "snapshot uses " + live.name() + " across a merge");
                }
            }
            if (op.opcode == OpCode.LABEL) {
                if (label != null) fail(op, "two labels");
                label = op;
                bodyStart = i + 1;
            }
            if (op.opcode == OpCode.MERGE) lastMerge = i;
            if ((op.opcode == OpCode.JUMP || op.opcode == OpCode.FINISH || op.opcode.leavesForInterpreter())
                    && i != ops.size() - 1) {
                fail(op, op.opcode.textName() + " before the end");
            }
            defined.put(op, i);
        }
        if (t.isSide()) {
            if (label != null) fail(label, "a side trace has no label");
            if (!t.bridges.isEmpty()) fail(t.bridges.get(0).guard(), "a side trace has no bridges");
            Op end = ops.get(ops.size() - 1);
            if (end.opcode.leavesForInterpreter()) {
                checkReturn(end);
                return t;
            }
            if (end.opcode != OpCode.FINISH) fail(end, "a side trace ends with finish, return or yield");
            for (Value v : end.args()) {
                if (v.kind() != Kind.REF) fail(end, "finish passes an unboxed value");
            }
            return t;
        }
        if (t.isFunction()) {
            if (label != null) fail(label, "a function trace has no label");
            checkReturn(ops.get(ops.size() - 1));
            verifyBridges(t, List.of(), List.copyOf(t.inputs()));
            return t;
        }
        Op jump = t.jump();
        List<Value> targets = label != null ? label.args() : List.copyOf(t.inputs());
        checkJump(jump, targets);
        if (label != null) {
            for (int i = 0; i < targets.size(); i++) {
                if (!(targets.get(i) instanceof Op)) fail(label, "label operand " + i + " is not an op");
            }
        }
        verifyBridges(t, targets, List.copyOf(t.inputs()));
        return t;
    }

    /** A function trace's end (its own or a bridge's): an expected exit. */
    private static void checkReturn(Op ret) {
        if (ret.snapshot() == null || !ret.expectedExit) fail(ret, ret.opcode.textName() + " is an expected exit with a snapshot");
    }

    private static void checkJump(Op jump, List<Value> targets) {
        if (targets.size() != jump.argCount()) fail(jump, "jump has " + jump.argCount() + " operands, target " + targets.size());
        for (int i = 0; i < targets.size(); i++) {
            if (targets.get(i).kind() != jump.arg(i).kind()) fail(jump, "operand " + i + " kind differs from the target's");
        }
    }

    /**
     * A bridge may use what is defined before its guard (in the loop, or in the bridge it leaves from) and its
     * own earlier ops; its jump matches the LABEL, or the INPUTs when it goes to the start (which a bridge from
     * the preamble must: the loop needs the preamble's later values).
     */
    private static void verifyBridges(Trace t, List<Value> targets, List<Value> inputs) {
        // Where each op is defined, rather than a set of the ops defined before each guard: copying those was
        // quadratic in the trace's length (a third of the verifier's time in deltablue, whose loops take
        // thousands of ops and hundreds of guards).
        Map<Op, Place> places = new IdentityHashMap<>();
        Scope loop = new Scope(null, 0);
        for (int i = 0; i < t.ops.size(); i++) places.put(t.ops.get(i), new Place(loop, i));
        for (Bridge b : t.bridges) {
            Place from = places.get(b.guard());
            if (from == null || !b.guard().isGuard()) {
                fail(b.guard(), "a bridge from a guard that is not in the loop or a bridge before it");
            }
            Scope scope = new Scope(from.scope(), from.index());
            List<Op> ops = b.ops();
            for (int i = 0; i < ops.size(); i++) {
                Op op = ops.get(i);
                for (Value v : op.args()) {
                    if (v instanceof Virtual) fail(op, "an operand is an object not allocated");
                    if (v instanceof Op d && !visible(places, d, scope, i)) {
                        fail(op, "bridge uses " + d.name() + " before its definition");
                    }
                }
                checkKinds(op);
                if (op.snapshot() != null) {
                    for (Op live : op.snapshot().liveOps()) {
                        if (!visible(places, live, scope, i)) {
                            fail(op, "bridge snapshot uses " + live.name() + " before its definition");
                        }
                    }
                }
                if (op.isGuard() && op.snapshot() == null) fail(op, "a guard without a snapshot");
                if (op.opcode == OpCode.LABEL || op.opcode == OpCode.INPUT) fail(op, "not allowed in a bridge");
                places.put(op, new Place(scope, i));
            }
            Op end = ops.get(ops.size() - 1);
            if (end.opcode == OpCode.MERGE_JUMP) {
                checkMergeJump(t, b, end);
                continue;
            }
            if (end.opcode.leavesForInterpreter()) {
                // A function trace's bridges end at its return; a loop's may leave where its function returns
                // or (in a generator) yields.
                if (end.opcode == OpCode.YIELD && t.isFunction()) fail(end, "a function trace does not yield");
                checkReturn(end);
                if (b.toStart()) fail(end, "a bridge that returns goes nowhere in its trace");
                continue;
            }
            if (t.isFunction()) fail(end, "a function trace's bridge ends at its return");
            checkJump(end, b.toStart() ? inputs : targets);
            if (!b.toStart() && t.reachedFromPreamble(b.guard())) {
                fail(b.guard(), "a bridge reached from the preamble must jump to the start");
            }
        }
    }

    /**
     * The loop's ops, or a bridge's: a bridge sees the ops of its parent scope before the guard it leaves
     * from (at parentIndex there), and what that scope sees.
     */
    private record Scope(Scope parent, int parentIndex) {}

    /** Where an op is defined: its scope, and its index in that scope's ops. */
    private record Place(Scope scope, int index) {}

    /** Whether d is defined before index in scope, or before the guard of each scope the chain leaves from. */
    private static boolean visible(Map<Op, Place> places, Op d, Scope scope, int index) {
        Place p = places.get(d);
        if (p == null) return false;
        for (Scope s = scope; s != null; index = s.parentIndex(), s = s.parent()) {
            if (p.scope() == s) return p.index() < index;
        }
        return false;
    }

    /** A bridge's jump to a MERGE: of its trace, after its guard, with a value of each param's kind. */
    private static void checkMergeJump(Trace t, Bridge b, Op jump) {
        if (!(jump.descr instanceof Op merge) || merge.opcode != OpCode.MERGE) fail(jump, "a merge jump needs its merge");
        Op merge = (Op) jump.descr;
        int at = t.ops.indexOf(merge);
        int from = t.leavesAt(b.guard());
        if (at < 0 || from < 0 || from > at) fail(jump, "a merge jump goes to a merge of its trace after its guard");
        if (merge.argCount() != jump.argCount()) fail(jump, "a merge jump gives every param a value");
        for (int k = 0; k < jump.argCount(); k++) {
            if (jump.arg(k).kind() != merge.arg(k).kind()) fail(jump, "operand " + k + " kind differs from the param's");
        }
    }

    private static void checkKinds(Op op) {
        Kind[] expected = op.opcode == OpCode.CALL ? op.call().operandKinds() : op.opcode.operandKinds();
        if (expected == null) {
            if (op.opcode == OpCode.COPY && (op.argCount() != 1 || op.arg(0).kind() != op.kind())) {
                fail(op, "copy takes one value of its kind");
            }
            if (op.opcode == OpCode.GUARD_VALUE
                    && (op.argCount() != 2 || op.arg(0).kind() != op.arg(1).kind() || !(op.arg(1) instanceof Const))) {
                fail(op, "guard_value takes a value and a constant of its kind");
            }
            return;
        }
        if (expected.length != op.argCount()) fail(op, "expects " + expected.length + " operands");
        for (int i = 0; i < expected.length; i++) {
            if (op.arg(i).kind() != expected[i]) {
                fail(op, "operand " + i + " is " + op.arg(i).kind() + ", expected " + expected[i]);
            }
        }
        if (op.opcode == OpCode.GUARD_CLASS && !(op.descr instanceof Class<?>)) fail(op, "guard_class needs a class");
    }

    private static void fail(Op op, String why) {
        throw new IllegalStateException(TracePrinter.opText(op) + ": " + why);
    }
}
