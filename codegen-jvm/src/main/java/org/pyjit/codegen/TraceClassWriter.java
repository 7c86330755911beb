package org.pyjit.codegen;

import static org.objectweb.asm.Opcodes.ACC_FINAL;
import static org.objectweb.asm.Opcodes.ACC_PUBLIC;
import static org.objectweb.asm.Opcodes.ACC_SUPER;
import static org.objectweb.asm.Opcodes.ALOAD;
import static org.objectweb.asm.Opcodes.INVOKESPECIAL;
import static org.objectweb.asm.Opcodes.INVOKESTATIC;
import static org.objectweb.asm.Opcodes.IRETURN;
import static org.objectweb.asm.Opcodes.RETURN;
import static org.objectweb.asm.Opcodes.V21;

import java.util.List;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.pyjit.optimizer.ir.Trace;

/**
 * The bytes of a trace's class: {@code final class py$<file>$<function> extends TraceCode} with the loop
 * method, one cold method per group of exits, {@code run} (which calls the loop method) and the static final
 * fields of its objects ({@link ClassData}); its SourceFile the Python file. Stack map frames are computed by ASM; every merge point
 * joins only primitives and Objects, so the common superclass is always Object and no class is loaded.
 */
final class TraceClassWriter {
    /**
     * The longest method written. HotSpot never JIT-compiles a method longer than 8000 bytes unless it runs with
     * -XX:-DontCompileHugeMethods: a JVM run with it may raise this with {@code -Dpyjit.maxMethodBytes}, and a
     * bigger trace (a loop that inlines many calls and operator methods) is then compiled by C1 and C2 instead
     * of being recorded again with less inlined. The launcher sets neither.
     */
    static final int MAX_METHOD_BYTES = Integer.getInteger("pyjit.maxMethodBytes", 8000);

    /** The class file, its class data, and the loop method's bytecode size. */
    record Result(byte[] bytes, List<Object> classData, int loopBytes) {}

    private static final String TRACE_CODE = org.objectweb.asm.Type.getInternalName(TraceCode.class);

    private TraceClassWriter() {}

    /** exitBase: the global id of the trace's first exit; links: the side traces its exits call. */
    static Result write(Trace t, LoopNames names, int exitBase, ExitLinks links) throws CodegenException {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
            @Override
            protected String getCommonSuperClass(String type1, String type2) { return "java/lang/Object"; }
        };
        cw.visit(V21, ACC_FINAL | ACC_SUPER, names.internalClassName(), null, TRACE_CODE, null);
        cw.visitSource(names.sourceFile(), null);
        ClassData data = new ClassData(names.internalClassName());
        ExitStubs exits = new ExitStubs(names.internalClassName(), t.exits(), exitBase, data, links);
        Locals locals = new Locals(t, 1, data);
        int loopBytes = LoopMethodWriter.write(cw, names.methodName(), t, locals, exits);
        writeEntry(cw, names);
        checkSize("loop method", loopBytes);
        checkSize("an exit method", exits.writeMethods(cw));
        data.writeFields(cw);  // last: the methods above add the constants they load
        cw.visitEnd();
        return new Result(cw.toByteArray(), data.values(), loopBytes);
    }

    /** A constructor, and TraceCode.run calling the loop method. */
    private static void writeEntry(ClassWriter cw, LoopNames names) {
        MethodVisitor init = cw.visitMethod(0, "<init>", "()V", null, null);
        init.visitCode();
        init.visitVarInsn(ALOAD, 0);
        init.visitMethodInsn(INVOKESPECIAL, TRACE_CODE, "<init>", "()V", false);
        init.visitInsn(RETURN);
        init.visitMaxs(0, 0);
        init.visitEnd();
        MethodVisitor run = cw.visitMethod(ACC_PUBLIC, "run", "([Ljava/lang/Object;)I", null, null);
        run.visitCode();
        run.visitVarInsn(ALOAD, 1);
        run.visitMethodInsn(INVOKESTATIC, names.internalClassName(), names.methodName(), "([Ljava/lang/Object;)I", false);
        run.visitInsn(IRETURN);
        run.visitMaxs(0, 0);
        run.visitEnd();
    }

    private static void checkSize(String what, int bytes) throws CodegenException {
        if (bytes > MAX_METHOD_BYTES) {
            throw CodegenException.tooLarge(what + " is " + bytes + " bytes, over the " + MAX_METHOD_BYTES + "-byte limit",
                    null, (double) bytes / MAX_METHOD_BYTES);
        }
    }
}
