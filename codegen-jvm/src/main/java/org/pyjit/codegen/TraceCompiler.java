package org.pyjit.codegen;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import org.pyjit.optimizer.ir.Bridge;
import org.pyjit.optimizer.ir.Op;
import org.pyjit.optimizer.ir.OpCode;
import org.pyjit.optimizer.ir.Trace;
import org.pyjit.optimizer.ir.TraceVerifier;

/**
 * The JVM back end: an optimized trace becomes a hidden class whose {@code loop@L<line>(Object[] io)}
 * runs the loop in JVM locals until an exit. A pure function: nothing is kept between compiles. The class is
 * defined without {@code ClassOption.STRONG}, so it (and its machine code) is unloaded once the returned
 * {@link CompiledLoop} is dropped. Installing costs about 100-250 us; C2's compile of the loop, later, far
 * more.
 */
public final class TraceCompiler {
    private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    private static final MethodType CONSTRUCTOR = MethodType.methodType(void.class);

    private TraceCompiler() {}

    /** The longest loop method a trace may compile to, in bytes of bytecode (see TraceClassWriter). */
    public static int maxMethodBytes() { return TraceClassWriter.MAX_METHOD_BYTES; }

    /** A trace whose exit ids start at 0. */
    public static CompiledLoop compile(Trace t) throws CodegenException { return compile(t, 0); }

    /**
     * A trace whose exits have the ids exitBase, exitBase + 1, ...: a side trace's exits are told apart from
     * its loop's (and the other side traces') when they are thrown or returned through linked code.
     */
    public static CompiledLoop compile(Trace t, int exitBase) throws CodegenException {
        try {
            TraceVerifier.verify(t);
        } catch (IllegalStateException e) {
            throw new CodegenException("invalid trace: " + e.getMessage(), e);
        }
        for (Op op : t.ops) {
            if (op.opcode == OpCode.CALL) HelperCalls.checkLinkable(op.call().method(), LOOKUP);
        }
        for (Bridge b : t.bridges) {
            for (Op op : b.ops()) {
                if (op.opcode == OpCode.CALL) HelperCalls.checkLinkable(op.call().method(), LOOKUP);
            }
        }
        LoopNames names = LoopNames.of(t);
        ExitLinks links = new ExitLinks(exitBase, t.exits().size());
        TraceClassWriter.Result written;
        try {
            written = TraceClassWriter.write(t, names, exitBase, links);
        } catch (RuntimeException e) {
            if (e.getClass().getName().startsWith("org.objectweb.asm.") && e.getClass().getSimpleName().matches(
                    ".*(TooLarge|LimitExceeded).*")) {
                throw CodegenException.tooLarge("the trace is too big for one class: over ASM's limits and the "
                        + TraceClassWriter.MAX_METHOD_BYTES + "-byte limit", e, 2);
            }
            throw new CodegenException("ASM failed on " + names.internalClassName() + "." + names.methodName() + ": " + e, e);
        }
        dump(names, written.bytes());
        try {
            MethodHandles.Lookup hidden = LOOKUP.defineHiddenClassWithClassData(written.bytes(), written.classData(), true);
            int finishValues = t.isSide() ? t.finishValues() : -1;
            return new CompiledLoop(newInstance(hidden), t.exits(), exitBase, ioSize(t), finishValues, links,
                    hidden.lookupClass().getName(), names.methodName(), written.loopBytes());
        } catch (LinkageError | IllegalArgumentException | ReflectiveOperationException e) {
            throw new CodegenException("the JVM rejected " + names.internalClassName() + ": " + e, e);
        }
    }

    /** The one instance of a trace class, through which it is entered (its constructor is empty). */
    private static TraceCode newInstance(MethodHandles.Lookup hidden) throws ReflectiveOperationException {
        MethodHandle constructor = hidden.findConstructor(hidden.lookupClass(), CONSTRUCTOR);
        try {
            return (TraceCode) constructor.invoke();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("the constructor of " + hidden.lookupClass() + " failed", t);
        }
    }

    /**
     * With {@code -Dpyjit.dumpClasses=DIR}, every generated class is also written to DIR (for javap and
     * bytecode viewers when a class is rejected or misbehaves).
     */
    private static void dump(LoopNames names, byte[] bytes) {
        String dir = System.getProperty("pyjit.dumpClasses");
        if (dir == null) return;
        try {
            java.nio.file.Path p = java.nio.file.Path.of(dir, names.internalClassName().replace('/', '.') + "."
                    + System.nanoTime() + ".class");
            java.nio.file.Files.createDirectories(p.getParent());
            java.nio.file.Files.write(p, bytes);
        } catch (java.io.IOException e) {
            System.err.println("pyjit: cannot dump " + names.internalClassName() + ": " + e.getMessage());
        }
    }

    /**
     * The inputs, the live values of the largest expected exit (the loop writes them back to io), or a side
     * trace's next loop inputs.
     */
    private static int ioSize(Trace t) {
        int n = t.inputs().size();
        if (t.isSide()) n = Math.max(n, t.finishValues());
        for (Op exit : t.exits()) {
            if (exit.expectedExit) n = Math.max(n, exit.snapshot().liveOps().size());
        }
        return n;
    }
}
