package org.pyjit.interp.runtime;

/**
 * Implemented by every runtime object of ours. Java's own classes (Long, BigInteger, Double, Boolean, String)
 * stand for int, float, bool and str and are typed by {@link Ops#type}.
 */
public interface PyValue {
    PyType type();
}
