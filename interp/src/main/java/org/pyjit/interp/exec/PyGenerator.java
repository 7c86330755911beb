package org.pyjit.interp.exec;

import org.pyjit.interp.runtime.ExceptionTypes;
import org.pyjit.interp.runtime.PyErr;
import org.pyjit.interp.runtime.PyException;
import org.pyjit.interp.runtime.PyIterator;
import org.pyjit.interp.runtime.PyNone;
import org.pyjit.interp.runtime.PyType;
import org.pyjit.interp.runtime.Types;

/**
 * A generator: a suspended frame. Each step resumes the frame where its last yield left it, pushing the sent
 * value as the result of that yield; a return ends it and keeps the returned value for {@code yield from}.
 */
public final class PyGenerator extends PyIterator {
    private final Interpreter interp;
    private final Frame frame;
    public final String name;
    public final String qualname;
    private boolean started;
    private boolean finished;
    private boolean running;
    /** The value of the generator's return statement once finished. */
    public Object returnValue = PyNone.NONE;

    PyGenerator(Interpreter interp, Frame frame, String name, String qualname) {
        this.interp = interp;
        this.frame = frame;
        this.name = name;
        this.qualname = qualname;
    }

    @Override
    public PyType type() { return Types.GENERATOR; }

    @Override
    public Object next() { return step(PyNone.NONE); }

    /** Resumes with value; returns the next yielded value, or null when the generator returned. */
    public Object step(Object value) {
        if (finished) return null;
        if (running) throw PyErr.valueError("generator already executing");
        if (!started) {
            if (value != PyNone.NONE) {
                throw PyErr.typeError("can't send non-None value to a just-started generator");
            }
            started = true;
        } else {
            frame.stack[frame.sp++] = value;
        }
        running = true;
        try {
            Object r = interp.resumeFrame(frame);
            if (frame.pc < 0) {
                finished = true;
                returnValue = r;
                return null;
            }
            return r;
        } catch (PyException e) {
            finished = true;
            if (e.isInstance(ExceptionTypes.STOP_ITERATION)) {
                PyException r = PyErr.runtimeError("generator raised StopIteration");
                r.value.cause = e.value;
                r.value.context = e.value;
                r.value.suppressContext = true;
                throw r;
            }
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            finished = true;
            throw e;
        } finally {
            running = false;
        }
    }

    /** generator.send(value): like next() but raising StopIteration at the end. */
    public Object send(Object value) {
        Object r = step(value);
        if (r == null) throw PyErr.stopIteration(returnValue);
        return r;
    }
}
