package org.pyjit.interp.lib;

/**
 * collections.deque's operations for compiled code, which cannot name the deque class: a trace guards that
 * an object is an instance of exactly the interpreter's deque type (whose methods are these), then calls
 * them directly instead of through the generic call of a method, after which it could assume nothing.
 */
public final class Deques {
    private Deques() {}

    public static long size(Object deque) { return ((PyDeque) deque).size(); }

    public static void append(Object deque, Object v) { ((PyDeque) deque).append(v); }

    public static Object popLeft(Object deque) { return ((PyDeque) deque).popLeft(); }
}
