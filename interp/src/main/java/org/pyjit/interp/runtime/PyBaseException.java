package org.pyjit.interp.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * An instance of BaseException or a subclass (builtin or defined in Python). Besides ordinary attributes it
 * carries args, the cause/context chain and the traceback, which grows by one entry per frame it leaves.
 */
public final class PyBaseException extends PyObject {
    public PyTuple args = PyTuple.EMPTY;
    public PyBaseException cause;
    public PyBaseException context;
    public boolean suppressContext;
    /** Innermost entry last, as CPython prints them. */
    public final List<TracebackEntry> traceback = new ArrayList<>();
    private PyException throwable;
    /** Java-side detail for printing (a SyntaxError keeps its parser error here); null otherwise. */
    public Object detail;

    public PyBaseException(PyType type) {
        super(type);
    }

    /** The Java throwable that carries this exception (one per exception object, reused on re-raise). */
    public PyException asThrowable() {
        if (throwable == null) throwable = new PyException(this);
        return throwable;
    }

    public boolean isInstance(PyType t) { return type.isSubtypeOf(t); }

    /** str(e): CPython's BaseException_str, with KeyError's special case. */
    public String str() {
        if (args.size() == 0) return "";
        if (args.size() == 1) {
            Object a = args.get(0);
            return type.isSubtypeOf(ExceptionTypes.KEY_ERROR) ? Ops.repr(a) : Ops.str(a);
        }
        return Ops.str(args);
    }

    /** repr(e): {@code ValueError('msg')}. */
    public String repr() {
        if (args.size() == 1) return type.name + "(" + Ops.repr(args.get(0)) + ")";
        return type.name + Ops.repr(args);
    }

    public List<TracebackEntry> tracebackCopy() { return new ArrayList<>(traceback); }
}
