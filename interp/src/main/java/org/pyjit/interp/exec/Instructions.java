package org.pyjit.interp.exec;

import org.pyjit.interp.compile.CodeObject;
import org.pyjit.interp.compile.Opcode;
import org.pyjit.interp.runtime.Attributes;
import org.pyjit.interp.runtime.Compare;
import org.pyjit.interp.runtime.ExceptionTypes;
import org.pyjit.interp.runtime.Ops;
import org.pyjit.interp.runtime.PyBaseException;
import org.pyjit.interp.runtime.PyBuiltinFunction;
import org.pyjit.interp.runtime.PyCell;
import org.pyjit.interp.runtime.PyDict;
import org.pyjit.interp.runtime.PyErr;
import org.pyjit.interp.runtime.PyException;
import org.pyjit.interp.runtime.PyFunction;
import org.pyjit.interp.runtime.PyIterator;
import org.pyjit.interp.runtime.PyList;
import org.pyjit.interp.runtime.PyNone;
import org.pyjit.interp.runtime.PyObject;
import org.pyjit.interp.runtime.PySet;
import org.pyjit.interp.runtime.PySlice;
import org.pyjit.interp.runtime.PySuper;
import org.pyjit.interp.runtime.PyTuple;
import org.pyjit.interp.runtime.PyType;
import org.pyjit.interp.runtime.Sequences;
import org.pyjit.interp.runtime.Formatting;

/** The less frequent instructions and the slow paths of the frequent ones, out of the loop method. */
final class Instructions {
    private Instructions() {}

    static PyException unboundLocal(CodeObject code, int slot) {
        return PyErr.of(ExceptionTypes.UNBOUND_LOCAL_ERROR, "cannot access local variable '" + code.slotName(slot)
                + "' where it is not associated with a value");
    }

    static PyException unboundDeref(CodeObject code, int slot) {
        String name = code.slotName(slot);
        if (slot >= code.varnames.length + code.cellvars.length) {
            return PyErr.nameError("cannot access free variable '" + name
                    + "' where it is not associated with a value in enclosing scope");
        }
        return unboundLocal(code, slot);
    }

    static PyException internalError(RuntimeException e, CodeObject code, int pc) {
        String where = code.filename + ":" + (pc >= 0 && pc < code.lines.length ? code.lines[pc] : 0);
        if (System.getenv("PYJIT_DEBUG") != null) e.printStackTrace();
        return PyErr.systemError("pyjit internal error at " + where + ": " + e);
    }

    static boolean compareLongs(long x, long y, int op) {
        switch (op) {
            case Compare.LT: return x < y;
            case Compare.LE: return x <= y;
            case Compare.EQ: return x == y;
            case Compare.NE: return x != y;
            case Compare.GT: return x > y;
            default: return x >= y;
        }
    }

    static boolean is(Object a, Object b) { return Ops.isSame(a, b); }

    static boolean inChain(PyBaseException handled, PyBaseException exc) {
        int n = 0;
        for (PyBaseException c = handled; c != null && n < 1000; c = c.context, n++) {
            if (c == exc) return true;
        }
        return false;
    }

    static Object loadBuiltin(Frame f, String name) {
        Object v = f.builtins.get(name);
        if (v == null) throw PyErr.nameError("name '" + name + "' is not defined");
        return v;
    }

    static Object loadName(Frame f, String name) {
        Object v = f.namespace.get(name);
        if (v != null) return v;
        v = f.globals.get(name);
        if (v != null) return v;
        return loadBuiltin(f, name);
    }

    static Object loadClassDeref(Frame f, int slot) {
        String name = f.code.slotName(slot);
        Object v = f.namespace.get(name);
        if (v != null) return v;
        v = ((PyCell) f.locals[slot]).value;
        if (v == null) throw unboundDeref(f.code, slot);
        return v;
    }

    static void deleteGlobal(Frame f, String name) {
        if (f.globals.remove(name) == null) throw PyErr.nameError("name '" + name + "' is not defined");
    }

    static void deleteName(Frame f, String name) {
        if (f.namespace.remove(name) == null) throw PyErr.nameError("name '" + name + "' is not defined");
    }

    /**
     * LOAD_METHOD: replaces TOS by (function, self) for a plain method (an instance's, or one super() finds),
     * or (bound attribute, null).
     */
    static void loadMethod(Object[] stack, int sp, String name) {
        Object obj = stack[sp - 1];
        if (obj instanceof PyObject p) {
            Object d = p.type.lookup(name);
            if (Attributes.callsAsMethod(p, d) && p.getOwn(name) == null) {
                stack[sp - 1] = d;
                stack[sp] = p;
                return;
            }
        } else if (obj instanceof PySuper sup && sup.self instanceof PyObject self
                && PySuper.lookupAfter(self.type, sup.start, name) instanceof PyFunction d) {
            // super().m(...): the function and self, as for an instance's own method; no bound method made.
            stack[sp - 1] = d;
            stack[sp] = self;
            return;
        } else if (!(obj instanceof PyType) && !(obj instanceof org.pyjit.interp.runtime.PyModule)
                && !(obj instanceof PySuper)) {
            Object d = Ops.type(obj).lookup(name);
            if (d instanceof PyBuiltinFunction b && b.isMethod()) {
                stack[sp - 1] = d;
                stack[sp] = obj;
                return;
            }
        }
        stack[sp - 1] = Ops.getAttr(obj, name);
        stack[sp] = null;
    }

    static int callMethod(Interpreter interp, Object[] stack, int sp, int argc) {
        int base = sp - argc - 2;
        Object fn = stack[base];
        Object self = stack[base + 1];
        if (self != null && fn instanceof PyFunction pf && pf.code.simpleArgs && pf.code.argCount == argc + 1) {
            Object r = interp.callSimple(pf, stack, base + 1, argc + 1);
            for (int i = base; i < sp; i++) stack[i] = null;
            stack[base] = r;
            return base + 1;
        }
        Object[] a;
        if (self != null) {
            a = new Object[argc + 1];
            a[0] = self;
            System.arraycopy(stack, base + 2, a, 1, argc);
        } else {
            a = new Object[argc];
            System.arraycopy(stack, base + 2, a, 0, argc);
        }
        Object r = fn instanceof PyFunction pf ? interp.callFunction(pf, a, null) : Ops.call(fn, a, null);
        for (int i = base; i < sp; i++) stack[i] = null;
        stack[base] = r;
        return base + 1;
    }

    static int callKw(Object[] stack, int sp, int argc) {
        PyTuple names = (PyTuple) stack[sp - 1];
        String[] kw = new String[names.items.length];
        for (int i = 0; i < kw.length; i++) kw[i] = (String) names.items[i];
        int base = sp - 1 - argc;
        Object[] a = new Object[argc];
        System.arraycopy(stack, base, a, 0, argc);
        Object r = Ops.call(stack[base - 1], a, kw);
        for (int i = base - 1; i < sp; i++) stack[i] = null;
        stack[base - 1] = r;
        return base;
    }

    static int callEx(Object[] stack, int sp, int flags) {
        Object kw = (flags & 1) != 0 ? stack[--sp] : null;
        Object positional = stack[--sp];
        PyDict kwargs = (flags & Opcode.KWARGS_AS_WRITTEN) != 0
                ? StarArguments.mapping(stack[sp - 1], kw) : (PyDict) kw;
        Object r = StarArguments.call(stack[sp - 1], positional, kwargs);
        stack[sp] = null;
        stack[sp + 1] = null;
        stack[sp - 1] = r;
        return sp;
    }

    static boolean exceptionMatches(PyBaseException e, Object type) {
        if (type instanceof PyType t) {
            if (!t.isSubtypeOf(ExceptionTypes.BASE_EXCEPTION)) {
                throw PyErr.typeError("catching classes that do not inherit from BaseException is not allowed");
            }
            return e.type.isSubtypeOf(t);
        }
        if (type instanceof PyTuple tu) {
            for (Object o : tu.items) {
                if (exceptionMatches(e, o)) return true;
            }
            return false;
        }
        throw PyErr.typeError("catching classes that do not inherit from BaseException is not allowed");
    }

    /** The exception that {@code raise x} raises: an instance, or a class called with no arguments. */
    static PyBaseException toException(Object x) {
        if (x instanceof PyBaseException e) return e;
        if (x instanceof PyType t && t.isSubtypeOf(ExceptionTypes.BASE_EXCEPTION)) {
            Object e = t.call(new Object[0], null);
            if (e instanceof PyBaseException be) return be;
        }
        throw PyErr.typeError("exceptions must derive from BaseException");
    }

    /** The value a frame that yielded (from YIELD_FROM) hands to its consumer. */
    static Object takeYielded(Frame f) {
        Object v = f.stack[f.sp];
        f.stack[f.sp] = null;
        return v;
    }

    /**
     * Executes one of the less frequent instructions. f.pc holds the next pc (an instruction that jumps updates
     * it). Returns the new sp, or -1 when the frame yields: then the yielded value sits at stack[f.sp].
     */
    static int slow(Interpreter interp, Frame f, int op, int arg, int sp) {
        Object[] stack = f.stack;
        switch (op) {
            case Opcode.BUILD_SET -> {
                PySet s = new PySet(false);
                for (int i = sp - arg; i < sp; i++) {
                    s.add(stack[i]);
                    stack[i] = null;
                }
                sp -= arg;
                stack[sp++] = s;
            }
            case Opcode.BUILD_MAP -> {
                PyDict d = new PyDict();
                int base = sp - 2 * arg;
                for (int i = base; i < sp; i += 2) d.put(stack[i], stack[i + 1]);
                for (int i = base; i < sp; i++) stack[i] = null;
                sp = base;
                stack[sp++] = d;
            }
            case Opcode.BUILD_SLICE -> {
                Object step = arg == 3 ? stack[--sp] : PyNone.NONE;
                Object stop = stack[--sp];
                Object start = stack[sp - 1];
                stack[sp - 1] = new PySlice(start, stop, step);
            }
            case Opcode.BUILD_STRING -> {
                StringBuilder sb = new StringBuilder();
                for (int i = sp - arg; i < sp; i++) {
                    sb.append((String) stack[i]);
                    stack[i] = null;
                }
                sp -= arg;
                stack[sp++] = sb.toString();
            }
            case Opcode.SET_ADD -> {
                Object v = stack[--sp];
                ((PySet) stack[sp - arg]).add(v);
            }
            case Opcode.MAP_ADD -> {
                Object v = stack[--sp];
                Object k = stack[--sp];
                ((PyDict) stack[sp - arg]).put(k, v);
            }
            case Opcode.LIST_EXTEND -> {
                Object v = stack[--sp];
                int depth = arg & 0xff;
                Object fn = (arg & Opcode.CALL_ARGUMENTS) != 0 ? stack[sp - depth - 1] : null;
                StarArguments.extend((PyList) stack[sp - depth], v, fn);
            }
            case Opcode.SET_UPDATE -> {
                Object v = stack[--sp];
                PySet s = (PySet) stack[sp - arg];
                PyIterator it = Ops.iterate(v);
                for (Object x = it.next(); x != null; x = it.next()) s.add(x);
            }
            case Opcode.DICT_UPDATE -> {
                Object v = stack[--sp];
                if (!(v instanceof PyDict) && Ops.type(v).lookup("keys") == null) {
                    throw PyErr.typeError("'" + Ops.typeName(v) + "' object is not a mapping");
                }
                Sequences.dictUpdate((PyDict) stack[sp - arg], v);
            }
            case Opcode.DICT_MERGE -> {
                Object v = stack[--sp];
                StarArguments.mergeKeywords(stack[sp - arg - 2], (PyDict) stack[sp - arg], v);
            }
            case Opcode.LIST_TO_TUPLE -> stack[sp - 1] = PyTuple.of(((PyList) stack[sp - 1]).toArray());
            case Opcode.UNPACK_SEQUENCE -> sp = Unpacking.unpack(stack, sp, arg);
            case Opcode.UNPACK_EX -> sp = Unpacking.unpackEx(stack, sp, arg & 0xffff, arg >>> 16);
            case Opcode.MAKE_FUNCTION -> sp = makeFunction(interp, f, stack, sp, arg);
            case Opcode.GET_YIELD_FROM_ITER -> stack[sp - 1] = Ops.iter(stack[sp - 1]);
            case Opcode.YIELD_FROM -> {
                Object v = stack[--sp];
                Object sub = stack[sp - 1];
                Object r;
                Object result = null;
                if (sub instanceof PyGenerator g) {
                    r = g.step(v);
                    if (r == null) result = g.returnValue;
                } else if (v == PyNone.NONE) {
                    Object[] stopped = new Object[1];
                    r = nextOrStop(sub, stopped);
                    if (r == null) result = stopped[0];
                } else {
                    r = Ops.callDescriptor1(Ops.getAttr(sub, "send"), sub, v);
                }
                if (r == null) {
                    stack[sp - 1] = result == null ? PyNone.NONE : result;
                    return sp;
                }
                f.pc = f.pc - 1;
                f.sp = sp;
                stack[sp] = r;
                return -1;
            }
            case Opcode.RAISE_VARARGS -> throw raise(interp, stack, sp, arg);
            case Opcode.PUSH_EXC_INFO -> {
                Object exc = stack[sp - 1];
                PyBaseException prev = interp.handledException;
                stack[sp - 1] = prev == null ? PyNone.NONE : prev;
                stack[sp++] = exc;
                interp.handledException = (PyBaseException) exc;
            }
            case Opcode.POP_EXCEPT -> {
                Object prev = stack[--sp];
                stack[sp] = null;
                interp.handledException = prev instanceof PyBaseException e ? e : null;
            }
            case Opcode.RERAISE -> {
                PyBaseException e = (PyBaseException) stack[--sp];
                throw e.asThrowable();
            }
            case Opcode.POP_EXCEPT_AND_RERAISE -> {
                PyBaseException e = (PyBaseException) stack[--sp];
                Object prev = stack[--sp];
                interp.handledException = prev instanceof PyBaseException p ? p : null;
                throw e.asThrowable();
            }
            case Opcode.CHECK_EXC_MATCH -> {
                Object type = stack[sp - 1];
                stack[sp - 1] = exceptionMatches((PyBaseException) stack[sp - 2], type);
            }
            case Opcode.BEFORE_WITH -> sp = With.before(stack, sp);
            case Opcode.WITH_EXCEPT_START -> {
                PyBaseException e = (PyBaseException) stack[sp - 1];
                Object exit = stack[sp - 3];
                stack[sp++] = Ops.call(exit, new Object[] {e.type, e, org.pyjit.interp.runtime.PyTraceback.of(e)}, null);
            }
            case Opcode.WITH_EXIT -> {
                Object exit = stack[--sp];
                stack[sp] = null;
                Ops.call(exit, new Object[] {PyNone.NONE, PyNone.NONE, PyNone.NONE}, null);
            }
            case Opcode.FORMAT_VALUE -> {
                Object spec = (arg & 4) != 0 ? stack[--sp] : "";
                Object v = stack[sp - 1];
                switch (arg & 3) {
                    case 1 -> v = Ops.str(v);
                    case 2, 3 -> v = Ops.repr(v);
                    default -> { }
                }
                stack[sp - 1] = Formatting.format(v, (String) spec);
            }
            case Opcode.IMPORT_NAME -> {
                Object fromlist = stack[--sp];
                Object level = stack[sp - 1];
                stack[sp - 1] = interp.importModule(f.code.names[arg], fromlist, (Long) level, f.globals);
            }
            case Opcode.IMPORT_FROM -> {
                Object module = stack[sp - 1];
                String name = f.code.names[arg];
                Object v = Ops.getAttrOrNull(module, name);
                if (v == null) {
                    String mod = module instanceof org.pyjit.interp.runtime.PyModule m ? m.name : "?";
                    throw PyErr.of(ExceptionTypes.IMPORT_ERROR, "cannot import name '" + name + "' from '" + mod
                            + "' (" + interp.moduleOrigin(mod) + ")");
                }
                stack[sp++] = v;
            }
            case Opcode.IMPORT_STAR -> {
                org.pyjit.interp.runtime.PyModule m = (org.pyjit.interp.runtime.PyModule) stack[--sp];
                for (Object k : m.globals.keysArray()) {
                    if (k instanceof String s && !s.startsWith("_")) f.namespace.put(s, m.globals.get(s));
                }
            }
            case Opcode.LOAD_BUILD_CLASS -> stack[sp++] = interp.buildClassFunction();
            case Opcode.PRINT_EXPR -> {
                Object v = stack[--sp];
                interp.displayHook(v);
            }
            case Opcode.LOAD_ASSERTION_ERROR -> stack[sp++] = ExceptionTypes.ASSERTION_ERROR;
            default -> throw new IllegalStateException("bad opcode " + Opcode.name(op));
        }
        return sp;
    }

    /** One step of a non-generator sub-iterator: its next value, or null with its return value in stopped[0]. */
    private static Object nextOrStop(Object it, Object[] stopped) {
        if (it instanceof PyIterator p) {
            Object v = p.next();
            if (v == null) stopped[0] = PyNone.NONE;
            return v;
        }
        Object m = Ops.type(it).lookup("__next__");
        if (m == null) throw PyErr.typeError("'" + Ops.typeName(it) + "' object is not an iterator");
        try {
            return Ops.callDescriptor(m, it, new Object[0]);
        } catch (PyException e) {
            if (e.isInstance(ExceptionTypes.STOP_ITERATION)) {
                stopped[0] = Attributes.get(e.value, "value");
                return null;
            }
            throw e;
        }
    }

    private static PyException raise(Interpreter interp, Object[] stack, int sp, int arg) {
        if (arg == 0) {
            PyBaseException h = interp.handledException;
            if (h == null) return PyErr.runtimeError("No active exception to reraise");
            return h.asThrowable();
        }
        Object cause = arg == 2 ? stack[sp - 1] : null;
        PyBaseException e = toException(stack[sp - arg]);
        if (arg == 2) {
            if (cause == PyNone.NONE) {
                e.cause = null;
            } else if (cause instanceof PyType || cause instanceof PyBaseException) {
                e.cause = toException(cause);
            } else {
                return PyErr.typeError("exception causes must derive from BaseException");
            }
            e.suppressContext = true;
        }
        return e.asThrowable();
    }

    private static int makeFunction(Interpreter interp, Frame f, Object[] stack, int sp, int flags) {
        CodeObject code = (CodeObject) stack[--sp];
        PyTuple closure = (flags & 8) != 0 ? (PyTuple) stack[--sp] : null;
        PyDict kwDefaults = (flags & 2) != 0 ? (PyDict) stack[--sp] : null;
        PyTuple defaults = (flags & 1) != 0 ? (PyTuple) stack[--sp] : null;
        for (int i = sp; i < stack.length && stack[i] != null; i++) stack[i] = null;
        stack[sp++] = PyFunction.define(interp, code, f.globals, defaults, kwDefaults, closure);
        return sp;
    }
}
