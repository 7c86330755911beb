package org.pyjit.interp.runtime;

/** Python bytes: an immutable byte string. The array is never modified after construction. */
public final class PyBytes {
    public final byte[] bytes;

    public PyBytes(byte[] bytes) { this.bytes = bytes; }
}
