package org.pyjit.codegen;

import static org.objectweb.asm.Opcodes.*;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Type;
import org.pyjit.optimizer.ir.DeoptException;
import org.pyjit.optimizer.ir.Kind;
import org.pyjit.optimizer.ir.Op;

/**
 * The cold side of the exits. In the loop method each exit is a stub after the loop that loads the live
 * values of the exit's snapshot (in {@code liveOps()} order) and calls {@code exit<id>}, a private static
 * method that boxes them: the loop's expected exit writes them to io and returns its id; every other exit
 * returns a new DeoptException that the stub throws. A raising call's stub is its exception handler: a
 * DeoptException from a nested trace passes through unchanged, any other exception becomes the pending
 * exception of the exit. Boxing out of line keeps the loop method small and its hot part dense; C2 compiles
 * a stub as an uncommon trap until the exit is first taken.
 */
final class ExitStubs {
    private static final Type OBJECT_ARRAY = Type.getType(Object[].class);
    private static final Type RUNTIME_EXCEPTION = Type.getType(RuntimeException.class);
    private static final Type DEOPT = Type.getType(DeoptException.class);
    /** The JVM limit on a method's parameter slots. */
    private static final int MAX_PARAMETER_SLOTS = 255;

    private record Exit(int id, Op op, Label stub, boolean raising) {}

    private final String owner;
    private final Map<Op, Integer> ids = new IdentityHashMap<>();
    private final List<Exit> used = new ArrayList<>();
    private int pendingSlot = -1;

    ExitStubs(String owner, List<Op> exits) {
        this.owner = owner;
        for (int i = 0; i < exits.size(); i++) ids.put(exits.get(i), i);
    }

    /** The label of op's stub, which {@link #emitStubs} places after the loop. */
    Label stubFor(Op op, boolean raising) throws CodegenException {
        Integer id = ids.get(op);
        if (id == null) throw new CodegenException(op + " leaves the trace but has no snapshot");
        if (raising && op.expectedExit) throw new CodegenException(op + ": a raising call cannot be the expected exit");
        if (slots(op, raising) > MAX_PARAMETER_SLOTS) {
            throw new CodegenException("exit " + id + " has " + op.snapshot().liveOps().size()
                    + " live values, over the JVM's " + MAX_PARAMETER_SLOTS + " parameter slots");
        }
        Exit e = new Exit(id, op, new Label(), raising);
        used.add(e);
        return e.stub;
    }

    /** The stubs, at the end of the loop method: load the live values, call the exit method, leave. */
    void emitStubs(MethodVisitor mv, Locals locals) {
        for (Exit e : used) {
            mv.visitLabel(e.stub);
            if (e.op.line > 0) mv.visitLineNumber(e.op.line, e.stub);
            if (e.raising) {
                // Entered with the exception on the stack: rethrow deopts of nested code, park the rest.
                Label pending = new Label();
                mv.visitInsn(DUP);
                mv.visitTypeInsn(INSTANCEOF, DEOPT.getInternalName());
                mv.visitJumpInsn(IFEQ, pending);
                mv.visitInsn(ATHROW);
                mv.visitLabel(pending);
                if (pendingSlot < 0) pendingSlot = locals.allocate(Kind.REF);
                mv.visitVarInsn(ASTORE, pendingSlot);
            }
            for (Op live : e.op.snapshot().liveOps()) locals.load(mv, live);
            if (e.op.expectedExit) mv.visitVarInsn(ALOAD, 0);
            if (e.raising) mv.visitVarInsn(ALOAD, pendingSlot);
            mv.visitMethodInsn(INVOKESTATIC, owner, name(e), descriptor(e), false);
            mv.visitInsn(e.op.expectedExit ? IRETURN : ATHROW);
        }
    }

    /** Writes the exit methods; returns the largest one's bytecode size. */
    int writeMethods(ClassVisitor cv) {
        int largest = 0;
        for (Exit e : used) {
            MethodVisitor mv = cv.visitMethod(ACC_PRIVATE | ACC_STATIC, name(e), descriptor(e), null, null);
            mv.visitCode();
            Label start = new Label();
            mv.visitLabel(start);
            if (e.op.line > 0) mv.visitLineNumber(e.op.line, start);
            List<Op> live = e.op.snapshot().liveOps();
            int afterLive = slots(live);  // the io array or the pending exception
            if (e.op.expectedExit) {
                boxInto(mv, live, () -> mv.visitVarInsn(ALOAD, afterLive));
                JvmKinds.pushInt(mv, e.id);
                mv.visitInsn(IRETURN);
            } else {
                mv.visitTypeInsn(NEW, DEOPT.getInternalName());
                mv.visitInsn(DUP);
                JvmKinds.pushInt(mv, e.id);
                JvmKinds.pushInt(mv, live.size());
                mv.visitTypeInsn(ANEWARRAY, JvmKinds.OBJECT.getInternalName());
                boxInto(mv, live, () -> mv.visitInsn(DUP));
                if (e.raising) mv.visitVarInsn(ALOAD, afterLive); else mv.visitInsn(ACONST_NULL);
                mv.visitMethodInsn(INVOKESPECIAL, DEOPT.getInternalName(), "<init>",
                        Type.getMethodDescriptor(Type.VOID_TYPE, Type.INT_TYPE, OBJECT_ARRAY, RUNTIME_EXCEPTION), false);
                mv.visitInsn(ARETURN);
            }
            Label end = new Label();
            mv.visitLabel(end);
            mv.visitMaxs(0, 0);
            mv.visitEnd();
            largest = Math.max(largest, end.getOffset());
        }
        return largest;
    }

    /** array[i] = box(parameter i) for every live value; {@code pushArray} pushes the array. */
    private static void boxInto(MethodVisitor mv, List<Op> live, Runnable pushArray) {
        int slot = 0;
        for (int i = 0; i < live.size(); i++) {
            Kind k = live.get(i).kind();
            Type t = JvmKinds.type(k);
            pushArray.run();
            JvmKinds.pushInt(mv, i);
            mv.visitVarInsn(t.getOpcode(ILOAD), slot);
            JvmKinds.box(mv, k);
            mv.visitInsn(AASTORE);
            slot += t.getSize();
        }
    }

    private static String name(Exit e) { return "exit" + e.id; }

    /** {@code (live values[, Object[] io][, RuntimeException pending])} returning int or DeoptException. */
    private static String descriptor(Exit e) {
        List<Type> params = new ArrayList<>();
        for (Op live : e.op.snapshot().liveOps()) params.add(JvmKinds.type(live.kind()));
        if (e.op.expectedExit) params.add(OBJECT_ARRAY);
        if (e.raising) params.add(RUNTIME_EXCEPTION);
        return Type.getMethodDescriptor(e.op.expectedExit ? Type.INT_TYPE : DEOPT, params.toArray(new Type[0]));
    }

    private static int slots(List<Op> live) {
        int n = 0;
        for (Op op : live) n += JvmKinds.type(op.kind()).getSize();
        return n;
    }

    private static int slots(Op op, boolean raising) {
        return slots(op.snapshot().liveOps()) + (op.expectedExit || raising ? 1 : 0);
    }
}
