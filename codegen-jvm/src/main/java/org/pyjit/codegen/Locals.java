package org.pyjit.codegen;

import static org.objectweb.asm.Opcodes.ACONST_NULL;
import static org.objectweb.asm.Opcodes.DCONST_0;
import static org.objectweb.asm.Opcodes.DCONST_1;
import static org.objectweb.asm.Opcodes.ICONST_0;
import static org.objectweb.asm.Opcodes.ILOAD;
import static org.objectweb.asm.Opcodes.ISTORE;
import static org.objectweb.asm.Opcodes.LCONST_0;

import java.util.IdentityHashMap;
import java.util.Map;
import org.objectweb.asm.MethodVisitor;
import org.pyjit.optimizer.ir.Bridge;
import org.pyjit.optimizer.ir.Const;
import org.pyjit.optimizer.ir.Kind;
import org.pyjit.optimizer.ir.Op;
import org.pyjit.optimizer.ir.Trace;
import org.pyjit.optimizer.ir.Value;

/**
 * The JVM locals of the loop method's values (slot 0 is the io array; a long or double takes two slots): values
 * never live at once share one ({@link SlotSharing}), and the most used have the low slots. Constants are pushed
 * as literals or class-data constants.
 */
final class Locals {
    private final Map<Op, Integer> slots;
    private final Map<Op, Integer> uses = new IdentityHashMap<>();
    /** A value left on the operand stack for the next op, which loads it first (see {@link #passOnStack}). */
    private Op deferred;
    private Op onStack;
    private final ClassData classData;
    private int next;

    /** Slots for the values of the trace and its bridges, after {@code reserved} leading slots (the parameters). */
    Locals(Trace t, int reserved, ClassData classData) {
        this.classData = classData;
        for (Op op : t.ops) countUses(op);
        for (Bridge b : t.bridges) for (Op op : b.ops()) countUses(op);
        SlotSharing.Slots s = SlotSharing.assign(t, reserved, uses);
        this.slots = s.slots();
        this.next = s.end();
    }

    private void countUses(Op op) {
        for (int i = 0; i < op.argCount(); i++) if (op.arg(i) instanceof Op a) uses.merge(a, 1, Integer::sum);
        if (op.hasExit()) for (Op live : op.snapshot().liveOps()) uses.merge(live, 1, Integer::sum);
    }

    /** How often op's value is read: as an operand, or as a live value of an exit. */
    int uses(Op op) { return uses.getOrDefault(op, 0); }

    /** A fresh slot outside the SSA values (the pending exception of a raising call). */
    int allocate(Kind k) {
        int slot = next;
        next += JvmKinds.type(k).getSize();
        return slot;
    }

    /**
     * The next store of op leaves it on the operand stack instead, and the next load of it takes it from
     * there: for a value whose one use is the very next op, loading it first (2 to 8 bytes saved).
     */
    void passOnStack(Op op) { deferred = op; }

    /** Fails if a value passed on the stack was not consumed (the next op did not load it first). */
    void checkStackPassed() {
        if (deferred != null || onStack != null) throw new IllegalStateException("value left on the stack: " + onStack);
    }

    void load(MethodVisitor mv, Value v) {
        if (onStack != null) {
            if (v != onStack) throw new IllegalStateException("expected " + onStack + " on the stack, loading " + v);
            onStack = null;
            return;
        }
        if (v instanceof Op op) mv.visitVarInsn(JvmKinds.type(op.kind()).getOpcode(ILOAD), slot(op));
        else if (v instanceof Const c) push(mv, c);
        else throw new IllegalStateException(v + " is not an operand");
    }

    void store(MethodVisitor mv, Op op) {
        if (op == deferred) {
            deferred = null;
            onStack = op;
            return;
        }
        mv.visitVarInsn(JvmKinds.type(op.kind()).getOpcode(ISTORE), slot(op));
    }

    private int slot(Op op) {
        Integer s = slots.get(op);
        if (s == null) throw new IllegalStateException("no local for " + op);
        return s;
    }

    private void push(MethodVisitor mv, Const c) {
        switch (c.kind()) {
            case I64 -> {
                long v = c.longValue();
                if (v == 0 || v == 1) mv.visitInsn(LCONST_0 + (int) v); else mv.visitLdcInsn(v);
            }
            case F64 -> {
                double d = c.doubleValue();
                if (Double.doubleToRawLongBits(d) == 0L) mv.visitInsn(DCONST_0);
                else if (d == 1.0) mv.visitInsn(DCONST_1);
                else mv.visitLdcInsn(d);
            }
            case BOOL -> mv.visitInsn(ICONST_0 + (c.boolValue() ? 1 : 0));
            case REF -> {
                if (c.refValue() == null) mv.visitInsn(ACONST_NULL); else classData.load(mv, c.refValue());
            }
            case VOID -> throw new IllegalArgumentException("void constant");
        }
    }
}
