package org.pyjit.interp.runtime;

import org.pyjit.interp.compile.CodeObject;

/** A traceback object as __exit__ and __traceback__ see it: the innermost-first chain of frames passed. */
public final class PyTraceback implements PyValue {
    private static final PyType TYPE = PyType.builtin("traceback", Types.OBJECT, PyType.Layout.BUILTIN);

    public final TracebackEntry entry;
    public final PyTraceback next;

    private PyTraceback(TracebackEntry entry, PyTraceback next) {
        this.entry = entry;
        this.next = next;
    }

    /** The traceback of e, outermost frame first as CPython links them; None if it has not been raised. */
    public static Object of(PyBaseException e) {
        PyTraceback tb = null;
        for (TracebackEntry t : e.traceback) tb = new PyTraceback(t, tb);
        return tb == null ? PyNone.NONE : tb;
    }

    @Override
    public PyType type() { return TYPE; }

    public long lineno() {
        CodeObject c = entry.code();
        return c.lines[entry.pc()];
    }
}
