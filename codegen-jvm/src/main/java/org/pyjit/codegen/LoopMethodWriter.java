package org.pyjit.codegen;

import static org.objectweb.asm.Opcodes.*;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.pyjit.optimizer.ir.Bridge;
import org.pyjit.optimizer.ir.Kind;
import org.pyjit.optimizer.ir.Op;
import org.pyjit.optimizer.ir.OpCode;
import org.pyjit.optimizer.ir.Trace;
import org.pyjit.optimizer.ir.Value;

/**
 * Writes {@code static int loop@L<line>(Object[] io)}, the trace as a real JVM loop over locals: the inputs
 * are read from io once; ops before the LABEL run once (the preamble); the loop header is at the LABEL, or
 * right after the inputs when there is none; the JUMP is a parallel move into the header's locals and a
 * {@code goto}. Guards branch forward to exit stubs placed after the loop, so the loop body is one straight
 * block that C2 compiles (through OSR on first entry) into a register-allocated machine loop. The line
 * table maps each op to its Python line. A side trace (see {@link Trace#isSide()}) is written the same way; its
 * FINISH stores the loop's next inputs to io and returns {@link CompiledLoop#REJOIN} (one that ends with a RETURN
 * or a YIELD leaves through that exit's stub instead). A function trace (see
 * {@link Trace#isFunction()}) has no loop: it runs once, and its RETURN leaves through its (expected) exit stub.
 * A MERGE is a label inside the loop, preceded by the moves of its operands into its params' locals; a bridge's
 * MERGE_JUMP moves its values there and jumps to it, so both sides of a branch join as in compiled Java.
 */
final class LoopMethodWriter {
    private static final String DESCRIPTOR = "([Ljava/lang/Object;)I";

    private final MethodVisitor mv;
    private final Locals locals;
    private final ExitStubs exits;
    private final Label header = new Label();
    /** Right after the inputs are read: where bridges that restart the trace jump to. */
    private final Label start = new Label();
    /** Where each bridge's code starts: its guard's failure branch goes there instead of to an exit stub. */
    private final Map<Op, Label> bridgeStarts = new IdentityHashMap<>();
    /** Each MERGE's label, and its params (the ops right after it). */
    private final Map<Op, Label> mergeLabels = new IdentityHashMap<>();
    private final Map<Op, List<Op>> mergeParams = new IdentityHashMap<>();
    private int line;

    private LoopMethodWriter(MethodVisitor mv, Locals locals, ExitStubs exits) {
        this.mv = mv;
        this.locals = locals;
        this.exits = exits;
    }

    /** Writes the method; returns its bytecode size. */
    static int write(ClassVisitor cv, String name, Trace t, Locals locals, ExitStubs exits) throws CodegenException {
        MethodVisitor mv = cv.visitMethod(ACC_STATIC, name, DESCRIPTOR, null, null);
        mv.visitCode();
        new LoopMethodWriter(mv, locals, exits).body(t);
        exits.emitStubs(mv, locals);
        Label end = new Label();
        mv.visitLabel(end);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        return end.getOffset();
    }

    private void body(Trace t) throws CodegenException {
        Op label = t.label();
        List<? extends Value> targets = jumpTargets(t, false);
        checkDistinct(targets);
        for (Bridge b : t.bridges) bridgeStarts.put(b.guard(), new Label());
        for (int i = 0; i < t.ops.size(); i++) {
            Op op = t.ops.get(i);
            if (op.opcode != OpCode.MERGE) continue;
            mergeLabels.put(op, new Label());
            mergeParams.put(op, mergeParams(t, i));
        }
        int inputs = 0;
        while (inputs < t.ops.size() && t.ops.get(inputs).opcode == OpCode.INPUT) {
            emit(t.ops.get(inputs++), targets, header);
        }
        mv.visitLabel(start);
        if (label == null) mv.visitLabel(header);
        emitAll(t.ops.subList(inputs, t.ops.size()), targets, header);
        // Bridges after the loop: each runs from its guard's failure branch and jumps back to the header
        // (or to the start, with new inputs).
        for (Bridge b : t.bridges) {
            mv.visitLabel(bridgeStarts.get(b.guard()));
            line = -1;
            if (b.toStart()) emitAll(b.ops(), jumpTargets(t, true), start); else emitAll(b.ops(), targets, header);
        }
    }

    /**
     * The values whose locals a JUMP moves the next values into: the LABEL's params, or the trace's inputs when
     * it has no LABEL or the jump is a bridge's that restarts the trace (see also {@link SlotSharing}).
     */
    static List<? extends Value> jumpTargets(Trace t, boolean restarts) {
        Op label = t.label();
        return label == null || restarts ? t.inputs() : label.args();
    }

    /** The params of the MERGE at t.ops[i]: the MERGE_PARAM ops right after it, one per operand. */
    static List<Op> mergeParams(Trace t, int i) { return t.ops.subList(i + 1, i + 1 + t.ops.get(i).argCount()); }

    /**
     * The ops in order; a bool that only the next op, a guard, tests is branched on where it is made, and a
     * value that only the next op uses first is passed to it on the operand stack.
     */
    private void emitAll(List<Op> ops, List<? extends Value> targets, Label loopTo) throws CodegenException {
        for (int i = 0; i < ops.size(); i++) {
            Op op = ops.get(i);
            Op next = i + 1 < ops.size() ? ops.get(i + 1) : null;
            boolean passed = false;
            if (next != null && onlyTestedBy(op, next)) {
                guardOn(op, next);
                i++;
            } else {
                passed = next != null && passesOnStack(op, next);
                if (passed) locals.passOnStack(op);
                emit(op, targets, loopTo);
            }
            if (!passed) locals.checkStackPassed();
        }
    }

    /** Ops that load their first operand first, and once: it may come from the operand stack. */
    private static final Set<OpCode> LOAD_FIRST_OPERAND_FIRST = java.util.EnumSet.of(OpCode.GUARD_TRUE,
            OpCode.GUARD_FALSE, OpCode.GUARD_NONNULL, OpCode.GUARD_VALUE, OpCode.INT_ADD, OpCode.INT_SUB,
            OpCode.INT_MUL, OpCode.INT_AND, OpCode.INT_OR, OpCode.INT_XOR, OpCode.INT_FLOORDIV, OpCode.INT_MOD,
            OpCode.INT_RSHIFT, OpCode.INT_LT, OpCode.INT_LE, OpCode.INT_EQ, OpCode.INT_NE, OpCode.INT_GT,
            OpCode.INT_GE, OpCode.FLOAT_ADD, OpCode.FLOAT_SUB, OpCode.FLOAT_MUL, OpCode.FLOAT_DIV, OpCode.FLOAT_NEG,
            OpCode.FLOAT_ABS, OpCode.FLOAT_LT, OpCode.FLOAT_LE, OpCode.FLOAT_GT, OpCode.FLOAT_GE, OpCode.FLOAT_EQ,
            OpCode.FLOAT_NE, OpCode.CAST_INT_TO_FLOAT, OpCode.BOOL_NOT, OpCode.REF_EQ, OpCode.UNBOX_INT,
            OpCode.UNBOX_FLOAT, OpCode.UNBOX_BOOL, OpCode.BOX_INT, OpCode.BOX_FLOAT, OpCode.BOX_BOOL, OpCode.CALL);

    /** A value whose only use is the next op's first operand stays on the operand stack between them. */
    private boolean passesOnStack(Op value, Op next) {
        if (value.kind() == Kind.VOID || value.isGuard() || value.opcode == OpCode.INPUT) return false;
        if (value.opcode != OpCode.CALL && !LOAD_FIRST_OPERAND_FIRST.contains(value.opcode)) return false;
        if (!LOAD_FIRST_OPERAND_FIRST.contains(next.opcode) || next.argCount() == 0 || next.arg(0) != value) return false;
        for (int i = 1; i < next.argCount(); i++) if (next.arg(i) == value) return false;
        return locals.uses(value) == 1;
    }

    private boolean onlyTestedBy(Op value, Op guard) {
        return value.kind() == Kind.BOOL && !value.isGuard() && (guard.opcode == OpCode.GUARD_TRUE
                || guard.opcode == OpCode.GUARD_FALSE) && guard.arg(0) == value && locals.uses(value) == 1;
    }

    /** value and the guard testing it as one branch: no local, and a comparison needs no 0/1 either. */
    private void guardOn(Op value, Op guard) throws CodegenException {
        lineOf(value);
        boolean failWhen = guard.opcode == OpCode.GUARD_FALSE;
        if (ValueOps.isCompare(value)) {
            lineOf(guard);
            ValueOps.branchOnCompare(mv, locals, value, failWhen, failureTarget(guard));
            return;
        }
        if (value.opcode == OpCode.CALL) invoke(value); else ValueOps.emit(mv, locals, value);
        lineOf(guard);
        mv.visitJumpInsn(failWhen ? IFNE : IFEQ, failureTarget(guard));
    }

    private void emit(Op op, List<? extends Value> targets, Label loopTo) throws CodegenException {
        lineOf(op);
        switch (op.opcode) {
            case INPUT -> {
                mv.visitVarInsn(ALOAD, 0);
                JvmKinds.pushInt(mv, op.inputIndex());
                mv.visitInsn(AALOAD);
                locals.store(mv, op);
            }
            case LABEL -> mv.visitLabel(header);
            case JUMP -> jump(op, targets, loopTo);
            case MERGE -> {
                moveInto(op, mergeParams.get(op));
                mv.visitLabel(mergeLabels.get(op));
            }
            case MERGE_PARAM -> { }
            case MERGE_JUMP -> {
                Op merge = (Op) op.descr;
                Label to = mergeLabels.get(merge);
                if (to == null) throw new CodegenException("a merge jump to a merge that is not in the trace");
                moveInto(op, mergeParams.get(merge));
                mv.visitJumpInsn(GOTO, to);
            }
            case FINISH -> finish(op);
            case RETURN, YIELD -> mv.visitJumpInsn(GOTO, exits.stubFor(op, false));
            case CALL -> call(op);
            default -> {
                Label fail = op.isGuard() ? failureTarget(op) : null;
                if (op.kind() != Kind.VOID) {
                    ValueOps.emit(mv, locals, op);
                    locals.store(mv, op);
                }
                if (fail != null) Guards.branchIfFailed(mv, locals, op, fail);
            }
        }
    }

    /** A failing guard runs its bridge when it has one, else leaves through its exit stub. */
    private Label failureTarget(Op guard) throws CodegenException {
        Label bridge = bridgeStarts.get(guard);
        return bridge != null ? bridge : exits.stubFor(guard, false);
    }

    /** A line table entry whenever the Python line changes. */
    private void lineOf(Op op) {
        if (op.line <= 0 || op.line == line) return;
        line = op.line;
        Label here = new Label();
        mv.visitLabel(here);
        mv.visitLineNumber(line, here);
    }

    private void call(Op op) throws CodegenException {
        invoke(op);
        if (op.kind() != Kind.VOID) locals.store(mv, op);
    }

    /**
     * A call leaving its result on the stack. A raising call's invoke, and only the invoke, is covered by its
     * exit stub as exception handler.
     */
    private void invoke(Op op) throws CodegenException {
        HelperCalls.loadArguments(mv, locals, op);
        if (op.call().canRaise()) {
            Label start = new Label();
            Label end = new Label();
            mv.visitTryCatchBlock(start, end, exits.stubFor(op, true), "java/lang/RuntimeException");
            mv.visitLabel(start);
            HelperCalls.invoke(mv, op);
            mv.visitLabel(end);
        } else {
            HelperCalls.invoke(mv, op);
        }
    }

    /**
     * All new values go on the operand stack before any header local is written (a parallel move: a value
     * may feed another's next value); operands that already are their target's value are not moved.
     */
    private void jump(Op jump, List<? extends Value> targets, Label to) {
        moveInto(jump, targets);
        mv.visitJumpInsn(GOTO, to);
    }

    /** The parallel move of op's operands into the targets' locals. */
    private void moveInto(Op op, List<? extends Value> targets) {
        List<Op> moved = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            if (op.arg(i) == targets.get(i)) continue;
            locals.load(mv, op.arg(i));
            moved.add((Op) targets.get(i));
        }
        Collections.reverse(moved);
        for (Op target : moved) locals.store(mv, target);
    }

    /** A side trace's end: the loop's next inputs to io[0..n), and the REJOIN code. */
    private void finish(Op finish) {
        for (int i = 0; i < finish.argCount(); i++) {
            mv.visitVarInsn(ALOAD, 0);
            JvmKinds.pushInt(mv, i);
            locals.load(mv, finish.arg(i));
            mv.visitInsn(AASTORE);
        }
        JvmKinds.pushInt(mv, CompiledLoop.REJOIN);
        mv.visitInsn(IRETURN);
    }

    private static void checkDistinct(List<? extends Value> targets) throws CodegenException {
        Set<Value> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Value v : targets) {
            if (!seen.add(v)) throw new CodegenException("the loop header carries " + v + " twice");
        }
    }
}
