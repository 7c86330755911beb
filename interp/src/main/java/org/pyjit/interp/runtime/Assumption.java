package org.pyjit.interp.runtime;

/**
 * A fact compiled code takes for granted until it is invalidated, such as a trace's "none of the classes I
 * looked into has changed": each class it relies on holds it ({@link PyType#addDependent}) and invalidates it
 * when its namespace changes. Code that checks this one flag after a call that could have changed a class
 * need not check the version of each class again. Once invalid, never valid again.
 */
public final class Assumption {
    private boolean valid = true;

    public boolean isValid() { return valid; }

    void invalidate() { valid = false; }
}
