package org.pyjit.interp.runtime;

/**
 * A fact compiled code takes for granted until it is invalidated, such as a trace's "none of the classes I
 * looked into and none of the globals I read has changed": each class it relies on holds it
 * ({@link PyType#addDependent}) and invalidates it when its namespace changes, and so does each global's
 * dict for the names relied on ({@link PyDict#addDependent}). Code that checks this one flag after a call
 * that could have changed them need not check each class's version or look up each global again. Once
 * invalid, never valid again.
 */
public final class Assumption {
    private boolean valid = true;

    public boolean isValid() { return valid; }

    /**
     * Makes it invalid for good: what it stands for changed, or the code that relied on it was thrown away (the
     * classes, dicts and shapes that hold it then drop it the next time they clean up).
     */
    public void invalidate() { valid = false; }
}
