package org.pyjit.interp.runtime;

/**
 * The calling convention shared by everything callable: positional arguments first, then the values of the
 * keyword arguments named by kwnames (null when there are none), as CPython's vectorcall.
 */
public interface PyCallable {
    Object call(Object[] args, String[] kwnames);
}
