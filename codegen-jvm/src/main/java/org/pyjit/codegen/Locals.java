package org.pyjit.codegen;

import static org.objectweb.asm.Opcodes.ACONST_NULL;
import static org.objectweb.asm.Opcodes.DCONST_0;
import static org.objectweb.asm.Opcodes.DCONST_1;
import static org.objectweb.asm.Opcodes.ICONST_0;
import static org.objectweb.asm.Opcodes.ILOAD;
import static org.objectweb.asm.Opcodes.ISTORE;
import static org.objectweb.asm.Opcodes.LCONST_0;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.MethodVisitor;
import org.pyjit.optimizer.ir.Const;
import org.pyjit.optimizer.ir.Kind;
import org.pyjit.optimizer.ir.Op;
import org.pyjit.optimizer.ir.Value;
import org.pyjit.optimizer.ir.Virtual;

/**
 * One JVM local per SSA value of the loop method (slot 0 is the io array; a long or double takes two
 * slots; the most used values have the low slots). Locals are never shared: C2 builds SSA from them and allocates registers itself, so reuse would
 * only make the bytecode harder to read. Constants are pushed as literals or class-data constants.
 */
final class Locals {
    private final Map<Op, Integer> slots = new IdentityHashMap<>();
    private final Map<Op, Integer> uses = new IdentityHashMap<>();
    /** A value left on the operand stack for the next op, which loads it first (see {@link #passOnStack}). */
    private Op deferred;
    private Op onStack;
    private final ClassData classData;
    private int next;

    /**
     * Slots for every value-defining op, after {@code reserved} leading slots (the method's parameters). The
     * most used values get the lowest slots: a load from a slot below 256 takes 2 bytes, above it 4.
     */
    Locals(List<Op> ops, int reserved, ClassData classData) {
        this.classData = classData;
        this.next = reserved;
        List<Op> values = new ArrayList<>();
        for (Op op : ops) {
            if (op.kind() != Kind.VOID) values.add(op);
            for (int i = 0; i < op.argCount(); i++) if (op.arg(i) instanceof Op a) uses.merge(a, 1, Integer::sum);
            if (op.hasExit()) for (Op live : op.snapshot().liveOps()) uses.merge(live, 1, Integer::sum);
        }
        // Most used first (stable). A class, not Comparator.comparingInt(lambda).reversed(): lambdas are linked
        // through invokedynamic at their first use, 2-3 ms of the first trace's compile.
        values.sort(new Comparator<Op>() {
            @Override
            public int compare(Op a, Op b) { return Integer.compare(uses(b), uses(a)); }
        });
        for (Op op : values) slots.put(op, allocate(op.kind()));
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
