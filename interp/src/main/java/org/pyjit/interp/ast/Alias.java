package org.pyjit.interp.ast;

/** {@code name [as asname]} in an import; name may be dotted in {@code import a.b}. asname may be null. */
public record Alias(String name, String asname) {}
