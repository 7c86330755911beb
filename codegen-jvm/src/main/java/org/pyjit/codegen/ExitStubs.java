package org.pyjit.codegen;

import static org.objectweb.asm.Opcodes.*;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
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
 * The cold side of the exits. Exits that pass the same live values (in {@code liveOps()} order) the same way
 * share one group: each exit's stub after the loop only pushes its id and jumps to its group's code, which
 * loads the live values and calls {@code exits<g>(id, live...)}, a private static method that boxes them. A
 * guard's method hands them to {@link ExitLinks#leave}, which runs the side trace linked to the exit or else
 * throws the guard's DeoptException; the expected exit's writes them to io and asks
 * {@link ExitLinks#leaveExpected}, which runs the linked side trace or else returns the exit's id. The group
 * returns what they return (the exit id, or REJOINED when a side trace finished).
 * A raising call's stub is its exception handler: it parks the exception, and the exit method passes a
 * DeoptException of nested code through unchanged and makes any other exception the exit's pending one, which
 * the group throws. Consecutive guards mostly see the same live values, so sharing keeps the loop method (and
 * its 8000-byte budget) small; C2 compiles a stub as an uncommon trap until it is taken. Exit ids are global:
 * the trace's exit base plus the index in its exits.
 */
final class ExitStubs {
    private static final Type OBJECT_ARRAY = Type.getType(Object[].class);
    private static final Type DEOPT = Type.getType(DeoptException.class);
    /** The JVM limit on a method's parameter slots. */
    private static final int MAX_PARAMETER_SLOTS = 255;

    private enum Way { GUARD, EXPECTED, RAISING }

    private record Exit(int id, Op op, Label stub, Group group) {}

    /** Exits that leave the same way with the same live values; code is where the group's code starts. */
    private record Group(int index, Way way, List<Op> live, Label code) {}

    /** Op has identity equality, so lists compare by identity. */
    private record Key(Way way, List<Op> live) {
        // equals and hashCode written out: a record's own are linked through an invokedynamic bootstrap
        // (ObjectMethods) at their first call, 10-15 ms of the first trace's compile.
        @Override
        public boolean equals(Object other) { return other instanceof Key k && k.way == way && k.live.equals(live); }

        @Override
        public int hashCode() { return way.hashCode() * 31 + live.hashCode(); }
    }

    private static final Type LINKS = Type.getType(ExitLinks.class);

    private final String owner;
    private final ClassData classData;
    private final ExitLinks links;
    private final Map<Op, Integer> ids = new IdentityHashMap<>();
    private final List<Exit> used = new ArrayList<>();
    private final Map<Key, Group> groups = new LinkedHashMap<>();
    private int pendingSlot = -1;

    ExitStubs(String owner, List<Op> exits, int exitBase, ClassData classData, ExitLinks links) {
        this.owner = owner;
        this.classData = classData;
        this.links = links;
        for (int i = 0; i < exits.size(); i++) ids.put(exits.get(i), exitBase + i);
    }

    /** The label of op's stub, which {@link #emitStubs} places after the loop. */
    Label stubFor(Op op, boolean raising) throws CodegenException {
        Integer id = ids.get(op);
        if (id == null) throw new CodegenException(op + " leaves the trace but has no snapshot");
        if (raising && op.expectedExit) throw new CodegenException(op + ": a raising call cannot be the expected exit");
        Way way = raising ? Way.RAISING : op.expectedExit ? Way.EXPECTED : Way.GUARD;
        List<Op> live = op.snapshot().liveOps();
        if (slots(live) + 2 > MAX_PARAMETER_SLOTS) {
            throw new CodegenException("exit " + id + " has " + live.size() + " live values, over the JVM's "
                    + MAX_PARAMETER_SLOTS + " parameter slots");
        }
        Group g = groups.computeIfAbsent(new Key(way, live), k -> new Group(groups.size(), way, live, new Label()));
        Exit e = new Exit(id, op, new Label(), g);
        used.add(e);
        return e.stub;
    }

    /** The stubs and the groups' code, at the end of the loop method. */
    void emitStubs(MethodVisitor mv, Locals locals) {
        for (Exit e : used) {
            mv.visitLabel(e.stub);
            if (e.op.line > 0) mv.visitLineNumber(e.op.line, e.stub);
            if (e.group.way() == Way.RAISING) {
                // Entered with the exception on the stack.
                if (pendingSlot < 0) pendingSlot = locals.allocate(Kind.REF);
                mv.visitVarInsn(ASTORE, pendingSlot);
            }
            JvmKinds.pushInt(mv, e.id);
            mv.visitJumpInsn(GOTO, e.group.code());
        }
        for (Group g : groups.values()) {
            mv.visitLabel(g.code());
            for (Op live : g.live()) locals.load(mv, live);
            mv.visitVarInsn(ALOAD, g.way() == Way.RAISING ? pendingSlot : 0);
            mv.visitMethodInsn(INVOKESTATIC, owner, name(g), descriptor(g), false);
            mv.visitInsn(g.way() == Way.RAISING ? ATHROW : IRETURN);
        }
    }

    /** Writes the groups' exit methods; returns the largest one's bytecode size. */
    int writeMethods(ClassVisitor cv) {
        int largest = 0;
        for (Group g : groups.values()) {
            MethodVisitor mv = cv.visitMethod(ACC_PRIVATE | ACC_STATIC, name(g), descriptor(g), null, null);
            mv.visitCode();
            int afterLive = 1 + slots(g.live());  // the io array or the pending exception
            if (g.way() == Way.RAISING) {
                mv.visitVarInsn(ILOAD, 0);
                boxedArray(mv, g.live());
                mv.visitVarInsn(ALOAD, afterLive);
                mv.visitMethodInsn(INVOKESTATIC, DEOPT.getInternalName(), "raised", Type.getMethodDescriptor(
                        DEOPT, Type.INT_TYPE, OBJECT_ARRAY, JvmKinds.OBJECT), false);
                mv.visitInsn(ARETURN);
            } else if (g.way() == Way.EXPECTED) {
                boxInto(mv, g.live(), afterLive);
                loadLinks(mv);
                mv.visitVarInsn(ILOAD, 0);
                JvmKinds.pushInt(mv, g.live().size());
                mv.visitVarInsn(ALOAD, afterLive);
                mv.visitMethodInsn(INVOKESTATIC, LINKS.getInternalName(), "leaveExpected", Type.getMethodDescriptor(
                        Type.INT_TYPE, LINKS, Type.INT_TYPE, Type.INT_TYPE, OBJECT_ARRAY), false);
                mv.visitInsn(IRETURN);
            } else {
                // The values go to an array with room for the inputs of the side trace linked to the exit,
                // if it has one, which then runs on it as it is.
                loadLinks(mv);
                mv.visitInsn(DUP);
                mv.visitVarInsn(ILOAD, 0);
                JvmKinds.pushInt(mv, g.live().size());
                mv.visitMethodInsn(INVOKESTATIC, LINKS.getInternalName(), "valuesArray", Type.getMethodDescriptor(
                        OBJECT_ARRAY, LINKS, Type.INT_TYPE, Type.INT_TYPE), false);
                mv.visitVarInsn(ASTORE, afterLive + 1);
                boxInto(mv, g.live(), afterLive + 1);
                mv.visitVarInsn(ILOAD, 0);
                JvmKinds.pushInt(mv, g.live().size());
                mv.visitVarInsn(ALOAD, afterLive + 1);
                mv.visitVarInsn(ALOAD, afterLive);
                mv.visitMethodInsn(INVOKESTATIC, LINKS.getInternalName(), "leave", Type.getMethodDescriptor(
                        Type.INT_TYPE, LINKS, Type.INT_TYPE, Type.INT_TYPE, OBJECT_ARRAY, OBJECT_ARRAY), false);
                mv.visitInsn(IRETURN);
            }
            Label end = new Label();
            mv.visitLabel(end);
            mv.visitMaxs(0, 0);
            mv.visitEnd();
            largest = Math.max(largest, end.getOffset());
        }
        return largest;
    }

    private void loadLinks(MethodVisitor mv) {
        classData.load(mv, links);
        mv.visitTypeInsn(CHECKCAST, LINKS.getInternalName());
    }

    /** Pushes a new Object[] holding the boxed live values (the method's parameters after the exit id). */
    private static void boxedArray(MethodVisitor mv, List<Op> live) {
        JvmKinds.pushInt(mv, live.size());
        mv.visitTypeInsn(ANEWARRAY, JvmKinds.OBJECT.getInternalName());
        boxEach(mv, live, () -> mv.visitInsn(DUP));
    }

    /** The boxed live values to the array in local arraySlot (the expected exit's io). */
    private static void boxInto(MethodVisitor mv, List<Op> live, int arraySlot) {
        boxEach(mv, live, () -> mv.visitVarInsn(ALOAD, arraySlot));
    }

    /** array[i] = box(live value i) for every live value (parameters after the exit id); pushArray pushes the array. */
    private static void boxEach(MethodVisitor mv, List<Op> live, Runnable pushArray) {
        int slot = 1;
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

    private static String name(Group g) { return "exits" + g.index(); }

    /** {@code (int id, live values, Object[] io | Object pending)} returning the exit id or a DeoptException. */
    private static String descriptor(Group g) {
        List<Type> params = new ArrayList<>();
        params.add(Type.INT_TYPE);
        for (Op live : g.live()) params.add(JvmKinds.type(live.kind()));
        params.add(g.way() == Way.RAISING ? JvmKinds.OBJECT : OBJECT_ARRAY);
        return Type.getMethodDescriptor(g.way() == Way.RAISING ? DEOPT : Type.INT_TYPE, params.toArray(new Type[0]));
    }

    private static int slots(List<Op> live) {
        int n = 0;
        for (Op op : live) n += JvmKinds.type(op.kind()).getSize();
        return n;
    }
}
