package org.pyjit.interp.exec;

import org.pyjit.interp.compile.CodeObject;
import org.pyjit.interp.compile.Opcode;
import org.pyjit.interp.runtime.Compare;
import org.pyjit.interp.runtime.IntOps;
import org.pyjit.interp.runtime.Ops;
import org.pyjit.interp.runtime.PyBaseException;
import org.pyjit.interp.runtime.PyCell;
import org.pyjit.interp.runtime.PyErr;
import org.pyjit.interp.runtime.PyException;
import org.pyjit.interp.runtime.PyFunction;
import org.pyjit.interp.runtime.PyIterator;
import org.pyjit.interp.runtime.PyList;
import org.pyjit.interp.runtime.PyTuple;
import org.pyjit.interp.runtime.TracebackEntry;

/**
 * The bytecode loop. pc and sp live in Java locals while the loop runs and are written back to the frame
 * whenever control leaves it (yield, return, exception). The loop method is kept well under HotSpot's
 * 8000-byte limit for compiling a method: anything longer than a few lines is a call to {@link Instructions}.
 */
final class Evaluator {
    private Evaluator() {}

    static Object run(Interpreter interp, Frame f) { return run(interp, f, null); }

    /**
     * Runs f from f.pc until it returns or yields. With a pending exception (a deoptimized trace's helper
     * raised it), the instruction at f.pc raises it first, exactly as if the interpreter had run it.
     */
    static Object run(Interpreter interp, Frame f, RuntimeException pending) {
        final CodeObject code = f.code;
        final byte[] ops = code.ops;
        final int[] args = code.args;
        final Object[] locals = f.locals;
        final Object[] stack = f.stack;
        int sp = f.sp;
        int pc = f.pc;
        // True while a loop is being recorded: then every instruction is shown to the recorder first.
        boolean tracing = interp.tracing;
        if (pending != null) {
            pc = raisePending(interp, f, pending);
            sp = f.sp;
        }
        while (true) {
            try {
                while (true) {
                    final int op = ops[pc];
                    final int arg = args[pc];
                    if (tracing) tracing = observe(interp, f, pc, sp);
                    pc++;
                    switch (op) {
                        case Opcode.NOP -> { }
                        case Opcode.POP_TOP, Opcode.END_FOR -> stack[--sp] = null;
                        case Opcode.COPY -> {
                            stack[sp] = stack[sp - arg];
                            sp++;
                        }
                        case Opcode.SWAP -> {
                            Object t = stack[sp - 1];
                            stack[sp - 1] = stack[sp - arg];
                            stack[sp - arg] = t;
                        }
                        case Opcode.LOAD_CONST -> stack[sp++] = code.consts[arg];
                        case Opcode.LOAD_FAST -> {
                            Object v = locals[arg];
                            if (v == null) throw Instructions.unboundLocal(code, arg);
                            stack[sp++] = v;
                        }
                        case Opcode.STORE_FAST -> locals[arg] = stack[--sp];
                        case Opcode.DELETE_FAST -> {
                            if (locals[arg] == null) throw Instructions.unboundLocal(code, arg);
                            locals[arg] = null;
                        }
                        case Opcode.LOAD_DEREF -> {
                            Object v = ((PyCell) locals[arg]).value;
                            if (v == null) throw Instructions.unboundDeref(code, arg);
                            stack[sp++] = v;
                        }
                        case Opcode.STORE_DEREF -> ((PyCell) locals[arg]).value = stack[--sp];
                        case Opcode.DELETE_DEREF -> {
                            PyCell c = (PyCell) locals[arg];
                            if (c.value == null) throw Instructions.unboundDeref(code, arg);
                            c.value = null;
                        }
                        case Opcode.LOAD_CLOSURE -> stack[sp++] = locals[arg];
                        case Opcode.LOAD_CLASSDEREF -> stack[sp++] = Instructions.loadClassDeref(f, arg);
                        case Opcode.LOAD_GLOBAL -> stack[sp++] = InlineCaches.loadGlobal(f, pc - 1, code.names[arg]);
                        case Opcode.STORE_GLOBAL -> f.globals.put(code.names[arg], stack[--sp]);
                        case Opcode.DELETE_GLOBAL -> Instructions.deleteGlobal(f, code.names[arg]);
                        case Opcode.LOAD_NAME -> stack[sp++] = Instructions.loadName(f, code.names[arg]);
                        case Opcode.STORE_NAME -> f.namespace.put(code.names[arg], stack[--sp]);
                        case Opcode.DELETE_NAME -> Instructions.deleteName(f, code.names[arg]);
                        case Opcode.LOAD_ATTR -> stack[sp - 1] = InlineCaches.loadAttr(code, pc - 1, stack[sp - 1],
                                code.names[arg]);
                        case Opcode.STORE_ATTR -> {
                            InlineCaches.storeAttr(code, pc - 1, stack[sp - 1], code.names[arg], stack[sp - 2]);
                            stack[--sp] = null;
                            stack[--sp] = null;
                        }
                        case Opcode.DELETE_ATTR -> Ops.delAttr(stack[--sp], code.names[arg]);
                        case Opcode.LOAD_METHOD -> {
                            if (!InlineCaches.loadMethod(code, pc - 1, stack, sp, code.names[arg])) {
                                Instructions.loadMethod(stack, sp, code.names[arg]);
                            }
                            sp++;
                        }
                        case Opcode.CALL_METHOD -> {
                            sp = Instructions.callMethod(interp, stack, sp, arg);
                        }
                        case Opcode.CALL -> {
                            sp -= arg;
                            Object fn = stack[sp - 1];
                            Object r;
                            if (fn instanceof PyFunction pf && pf.code.simpleArgs && pf.code.argCount == arg) {
                                r = interp.callSimple(pf, stack, sp, arg);
                            } else {
                                Object[] a = new Object[arg];
                                System.arraycopy(stack, sp, a, 0, arg);
                                r = fn instanceof PyFunction pf ? interp.callFunction(pf, a, null) : Ops.call(fn, a, null);
                            }
                            stack[sp - 1] = r;
                            for (int i = 0; i < arg; i++) stack[sp + i] = null;
                        }
                        case Opcode.CALL_KW -> sp = Instructions.callKw(stack, sp, arg);
                        case Opcode.CALL_FUNCTION_EX -> sp = Instructions.callEx(stack, sp, arg);
                        case Opcode.BINARY_OP -> {
                            Object b = stack[--sp];
                            Object a = stack[sp - 1];
                            Object r;
                            if (a instanceof Long x && b instanceof Long y) {
                                long xv = x;
                                long yv = y;
                                int o = arg & 15;
                                if (o == 0) {
                                    long s = xv + yv;
                                    r = ((xv ^ s) & (yv ^ s)) < 0 ? IntOps.add(xv, yv) : (Object) s;
                                } else if (o == 1) {
                                    long s = xv - yv;
                                    r = ((xv ^ yv) & (xv ^ s)) < 0 ? IntOps.sub(xv, yv) : (Object) s;
                                } else {
                                    r = IntOps.binaryLong(xv, yv, o);
                                }
                            } else if (arg >= Opcode.INPLACE) {
                                r = Ops.inplaceOp(a, b, arg - Opcode.INPLACE);
                            } else {
                                r = Ops.binaryOp(a, b, arg);
                            }
                            stack[sp - 1] = r;
                            stack[sp] = null;
                        }
                        case Opcode.BINARY_SUBSCR -> {
                            Object k = stack[--sp];
                            stack[sp - 1] = Ops.getItem(stack[sp - 1], k);
                            stack[sp] = null;
                        }
                        case Opcode.STORE_SUBSCR -> {
                            Ops.setItem(stack[sp - 2], stack[sp - 1], stack[sp - 3]);
                            sp -= 3;
                        }
                        case Opcode.DELETE_SUBSCR -> {
                            Ops.delItem(stack[sp - 2], stack[sp - 1]);
                            sp -= 2;
                        }
                        case Opcode.UNARY_NEGATIVE -> stack[sp - 1] = Ops.negative(stack[sp - 1]);
                        case Opcode.UNARY_POSITIVE -> stack[sp - 1] = Ops.positive(stack[sp - 1]);
                        case Opcode.UNARY_INVERT -> stack[sp - 1] = Ops.invert(stack[sp - 1]);
                        case Opcode.UNARY_NOT -> stack[sp - 1] = !Ops.isTrue(stack[sp - 1]);
                        case Opcode.COMPARE_OP -> {
                            Object b = stack[--sp];
                            Object a = stack[sp - 1];
                            stack[sp - 1] = a instanceof Long x && b instanceof Long y
                                    ? (Object) Instructions.compareLongs(x, y, arg) : Compare.richCompare(a, b, arg);
                            stack[sp] = null;
                        }
                        case Opcode.IS_OP -> {
                            Object b = stack[--sp];
                            stack[sp - 1] = (Instructions.is(stack[sp - 1], b)) != (arg == 1);
                        }
                        case Opcode.CONTAINS_OP -> {
                            Object b = stack[--sp];
                            stack[sp - 1] = Ops.contains(b, stack[sp - 1]) != (arg == 1);
                        }
                        case Opcode.JUMP -> {
                            if (arg < pc && interp.jit != null) {
                                f.sp = sp;
                                f.pc = arg;
                                try {
                                    // No branch on the result: a branch C2 never saw taken (no loop compiled
                                    // yet) is an uncommon trap, and taking it recompiles this whole method.
                                    interp.jit.onBackEdge(f);
                                    sp = f.sp;
                                } catch (RuntimeException e) {
                                    pc = f.pc + 1;
                                    throw e;
                                }
                                pc = f.pc;
                                tracing = interp.tracing;
                            } else {
                                pc = arg;
                            }
                        }
                        case Opcode.LOOP_ENTRY -> {
                            if (interp.jit != null) {
                                f.sp = sp;
                                f.pc = pc;
                                try {
                                    // As at a back edge: no branch on the result (see JUMP).
                                    interp.jit.onLoopEntry(f);
                                    sp = f.sp;
                                } catch (RuntimeException e) {
                                    pc = f.pc + 1;
                                    throw e;
                                }
                                pc = f.pc;
                                tracing = interp.tracing;
                            }
                        }
                        case Opcode.COMPARE_AND_JUMP -> {
                            Object b = stack[--sp];
                            Object a = stack[--sp];
                            stack[sp] = null;
                            stack[sp + 1] = null;
                            int cmp = (arg >>> 24) & 7;
                            boolean r;
                            if (a instanceof Long x && b instanceof Long y) {
                                r = Instructions.compareLongs(x, y, cmp);
                            } else if (a instanceof Double x && b instanceof Double y) {
                                r = Compare.compareDoubles(x, y, cmp);
                            } else {
                                r = Ops.isTrue(Compare.richCompare(a, b, cmp));
                            }
                            if (r == ((arg & Opcode.JUMP_IF_TRUE) != 0)) pc = arg & Opcode.TARGET_MASK;
                        }
                        case Opcode.POP_JUMP_IF_FALSE -> {
                            Object v = stack[--sp];
                            stack[sp] = null;
                            if (v == Boolean.FALSE || (v != Boolean.TRUE && !Ops.isTrue(v))) pc = arg;
                        }
                        case Opcode.POP_JUMP_IF_TRUE -> {
                            Object v = stack[--sp];
                            stack[sp] = null;
                            if (v == Boolean.TRUE || (v != Boolean.FALSE && Ops.isTrue(v))) pc = arg;
                        }
                        case Opcode.JUMP_IF_FALSE_OR_POP -> {
                            if (!Ops.isTrue(stack[sp - 1])) pc = arg;
                            else stack[--sp] = null;
                        }
                        case Opcode.JUMP_IF_TRUE_OR_POP -> {
                            if (Ops.isTrue(stack[sp - 1])) pc = arg;
                            else stack[--sp] = null;
                        }
                        case Opcode.GET_ITER -> stack[sp - 1] = Ops.iterate(stack[sp - 1]);
                        case Opcode.FOR_ITER -> {
                            Object v = ((PyIterator) stack[sp - 1]).next();
                            if (v != null) {
                                stack[sp++] = v;
                            } else {
                                stack[--sp] = null;
                                pc = arg;
                            }
                        }
                        case Opcode.BUILD_TUPLE -> {
                            Object[] items = new Object[arg];
                            sp -= arg;
                            System.arraycopy(stack, sp, items, 0, arg);
                            stack[sp++] = PyTuple.of(items);
                        }
                        case Opcode.BUILD_LIST -> {
                            Object[] items = new Object[Math.max(arg, 4)];
                            sp -= arg;
                            System.arraycopy(stack, sp, items, 0, arg);
                            stack[sp++] = new PyList(items, arg);
                        }
                        case Opcode.LIST_APPEND -> {
                            Object v = stack[--sp];
                            ((PyList) stack[sp - arg]).append(v);
                        }
                        case Opcode.RETURN_VALUE -> {
                            f.pc = -1;
                            f.sp = 0;
                            return stack[--sp];
                        }
                        case Opcode.YIELD_VALUE -> {
                            f.pc = pc;
                            f.sp = sp - 1;
                            Object v = stack[sp - 1];
                            stack[sp - 1] = null;
                            return v;
                        }
                        default -> {
                            f.pc = pc;
                            sp = Instructions.slow(interp, f, op, arg, sp);
                            if (sp < 0) return Instructions.takeYielded(f);
                            pc = f.pc;
                        }
                    }
                }
            } catch (PyException e) {
                int at = pc - 1;
                if (tracing) tracing = stopObserving(interp, f, at);
                int handler = handle(interp, f, e.value, at);
                if (handler < 0) {
                    f.pc = -1;
                    throw e;
                }
                sp = f.sp;
                pc = handler;
            } catch (StackOverflowError e) {
                if (tracing) tracing = stopObserving(interp, f, pc - 1);
                PyException re = PyErr.recursionError("maximum recursion depth exceeded");
                int handler = handle(interp, f, re.value, pc - 1);
                if (handler < 0) {
                    f.pc = -1;
                    throw re;
                }
                sp = f.sp;
                pc = handler;
            } catch (RuntimeException e) {
                if (tracing) tracing = stopObserving(interp, f, pc - 1);
                PyException se = Instructions.internalError(e, code, pc - 1);
                int handler = handle(interp, f, se.value, pc - 1);
                if (handler < 0) {
                    f.pc = -1;
                    throw se;
                }
                sp = f.sp;
                pc = handler;
            }
        }
    }

    private static boolean observe(Interpreter interp, Frame f, int pc, int sp) {
        JitHooks.InstructionListener l = interp.listener;
        if (l == null) return false;
        l.before(f, pc, sp);
        return true;
    }

    private static boolean stopObserving(Interpreter interp, Frame f, int pc) {
        JitHooks.InstructionListener l = interp.listener;
        if (l != null) l.onException(f, pc);
        return interp.listener != null;
    }

    /** Raises a deoptimized trace's pending exception at f.pc; returns the handler's pc (or rethrows). */
    private static int raisePending(Interpreter interp, Frame f, RuntimeException pending) {
        PyException e = pending instanceof PyException p ? p : Instructions.internalError(pending, f.code, f.pc);
        int handler = handle(interp, f, e.value, f.pc);
        if (handler < 0) {
            f.pc = -1;
            throw e;
        }
        return handler;
    }

    /** Records the traceback entry and finds the handler for an exception raised at pc; -1 if none. */
    private static int handle(Interpreter interp, Frame f, PyBaseException exc, int pc) {
        CodeObject code = f.code;
        int op = code.ops[pc];
        boolean reraise = op == Opcode.RERAISE || op == Opcode.POP_EXCEPT_AND_RERAISE
                || (op == Opcode.RAISE_VARARGS && code.args[pc] == 0);
        if (!reraise) exc.traceback.add(new TracebackEntry(code, pc));
        PyBaseException handled = interp.handledException;
        if (handled != null && handled != exc && exc.context == null && !Instructions.inChain(handled, exc)) {
            exc.context = handled;
        }
        int h = code.findHandler(pc);
        if (h < 0) return -1;
        int depth = code.exceptionTable[h + 3];
        for (int i = depth; i < f.stack.length; i++) f.stack[i] = null;
        f.stack[depth] = exc;
        f.sp = depth + 1;
        return code.exceptionTable[h + 2];
    }
}
