package org.pyjit.codegen;

import static org.objectweb.asm.Opcodes.*;

import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Type;

/**
 * Conditional jumps that C2 never turns into an uncommon trap, for the loop's own end (its expected exit). A loop
 * that runs long from one entry is compiled by C2 (through OSR) before it has ever ended, and C2 makes a branch
 * it has never seen taken a trap: the loop's end then deoptimized the trace method, which C2 compiled again
 * (float_bench's loops three times each, ~100 ms of C2 time apiece). Here the jump is a call of the
 * {@link GuardChecks} test that throws when the jump would be taken, covered by a handler of its own that jumps to
 * the target; the branch is the shared test's, whose profile has seen loops end. The launcher turns off C2's
 * pruning of exception handlers never entered ({@code -XX:-ProfileExceptionHandlers}), which would make the
 * handler the trap instead. Other guards keep plain branches: compiling every guard's failure path made C2's
 * compiles of the traces two to four times longer.
 */
final class CheckedJumps {
    private static final String CHECKS = Type.getInternalName(GuardChecks.class);
    private static final String FAILURE = Type.getInternalName(GuardFailure.class);
    private static final String INT = "(I)V";
    private static final String REF = "(Ljava/lang/Object;)V";
    private static final String TWO_REFS = "(Ljava/lang/Object;Ljava/lang/Object;)V";

    private final MethodVisitor mv;
    /** Each jump's handler and target, written after the method's code by {@link #writeHandlers}. */
    private final List<Label[]> handlers = new ArrayList<>();

    CheckedJumps(MethodVisitor mv) { this.mv = mv; }

    /** What {@code mv.visitJumpInsn(opcode, target)} does, as a call of the test and a handler. */
    void jump(int opcode, Label target) {
        Label start = new Label();
        Label end = new Label();
        Label handler = new Label();
        mv.visitTryCatchBlock(start, end, handler, FAILURE);
        mv.visitLabel(start);
        switch (opcode) {
            case IFEQ -> call("ifeq", INT);
            case IFNE -> call("ifne", INT);
            case IFLT -> call("iflt", INT);
            case IFGE -> call("ifge", INT);
            case IFGT -> call("ifgt", INT);
            case IFLE -> call("ifle", INT);
            case IFNULL -> call("ifnull", REF);
            case IF_ACMPEQ -> call("ifAcmpeq", TWO_REFS);
            case IF_ACMPNE -> call("ifAcmpne", TWO_REFS);
            case IF_ICMPNE -> call("ifIcmpne", "(II)V");
            default -> throw new IllegalArgumentException("no checked form of jump opcode " + opcode);
        }
        mv.visitLabel(end);
        handlers.add(new Label[] {handler, target});
    }

    private void call(String name, String descriptor) {
        mv.visitMethodInsn(INVOKESTATIC, CHECKS, name, descriptor, false);
    }

    /** The handlers: each drops the exception and jumps to its target. */
    void writeHandlers() {
        for (Label[] h : handlers) {
            mv.visitLabel(h[0]);
            mv.visitInsn(POP);
            mv.visitJumpInsn(GOTO, h[1]);
        }
        handlers.clear();
    }
}
