package org.pyjit.interp.exec;

import org.pyjit.interp.compile.Opcode;
import org.pyjit.interp.runtime.ExceptionTypes;
import org.pyjit.interp.runtime.PyBaseException;
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
    /** The exception its except block was handling when it yielded there (see {@link #resume}), or null. */
    private PyBaseException handledInside;
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
        if (finished) {
            // Only the step that ended it reports the return value (to StopIteration, or yield from).
            returnValue = PyNone.NONE;
            return null;
        }
        if (running) throw PyErr.valueError("generator already executing");
        if (!started) {
            if (value != PyNone.NONE) {
                throw PyErr.typeError("can't send non-None value to a just-started generator");
            }
            started = true;
        } else {
            frame.stack[frame.sp++] = value;
        }
        return resume(null);
    }

    /**
     * generator.throw(exc): raises exc where the generator is suspended (at its yield); returns the next value
     * it yields, or null when it returned. A generator that has not started, or has finished, just raises it.
     * One suspended in a {@code yield from} passes it on to the generator it delegates to, as CPython does.
     */
    public Object throwIn(PyException exc) {
        if (running) throw PyErr.valueError("generator already executing");
        if (!started || finished) {
            finished = true;
            throw exc;
        }
        // In a yield from, the frame waits at its YIELD_FROM (run again on resume) with the delegate on the stack.
        if (frame.code.ops[frame.pc] == Opcode.YIELD_FROM) return throwThroughYieldFrom(exc);
        // Otherwise it is suspended after its YIELD_VALUE: the exception is raised by the yield.
        frame.pc--;
        return resume(exc);
    }

    /**
     * throw() of a generator suspended in a yield from: a GeneratorExit closes the delegate first; another
     * exception goes to the delegate's throw(), whose next value is this generator's, and whose return ends the
     * yield from (this generator goes on after it). Whatever the delegate raises, or an exception for a
     * delegate that is not a generator, is raised by the yield from.
     */
    private Object throwThroughYieldFrom(PyException exc) {
        PyException raise = exc;
        if (frame.stack[frame.sp - 1] instanceof PyGenerator delegate) {
            Object r = null;
            // This generator runs its yield from meanwhile: resuming it from the delegate is an error.
            running = true;
            try {
                if (exc.isInstance(ExceptionTypes.GENERATOR_EXIT)) {
                    delegate.close();
                } else {
                    r = delegate.throwIn(exc);
                    if (r == null) {
                        frame.stack[frame.sp - 1] = delegate.returnValue;
                        frame.pc++;
                        raise = null;
                    }
                }
            } catch (PyException e) {
                raise = e;
            } finally {
                running = false;
            }
            if (r != null) return r;
        }
        return resume(raise);
    }

    /** generator.throw(exc): exc is an exception class or instance, as for raise; StopIteration at the end. */
    public Object throwValue(Object exc) {
        Object r = throwIn(Instructions.toException(exc).asThrowable());
        if (r == null) throw PyErr.stopIteration(returnValue);
        return r;
    }

    /**
     * generator.close(): raises GeneratorExit at its yield, so that its finally blocks run; an exception other
     * than GeneratorExit or StopIteration comes out, and a generator that yields again is a RuntimeError.
     */
    public void close() {
        if (!started || finished) {
            finished = true;
            return;
        }
        Object r;
        try {
            r = throwIn(PyErr.of(ExceptionTypes.GENERATOR_EXIT, null));
        } catch (PyException e) {
            if (e.isInstance(ExceptionTypes.GENERATOR_EXIT)) return;
            throw e;
        }
        if (r != null) throw PyErr.runtimeError("generator ignored GeneratorExit");
    }

    /** Runs the frame from its pc, raising pending there first if given, to its next yield or its end. */
    private Object resume(PyException pending) {
        running = true;
        PyBaseException outer = interp.handledException;
        if (handledInside != null) interp.handledException = handledInside;
        try {
            Object r = pending == null ? interp.resumeFrame(frame) : interp.resumeRebuiltFrame(frame, pending);
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
            // Suspended inside an except block: that exception is the one being handled when it resumes, not
            // while its caller runs (CPython keeps it in the generator's exception state).
            PyBaseException now = interp.handledException;
            handledInside = !finished && now != outer ? now : null;
            interp.handledException = outer;
        }
    }

    /** generator.send(value): like next() but raising StopIteration at the end. */
    public Object send(Object value) {
        Object r = step(value);
        if (r == null) throw PyErr.stopIteration(returnValue);
        return r;
    }
}
