package org.pyjit.interp.ast;

/**
 * Where a node stands in the source: 1-based lines, 0-based columns counted in code points, end exclusive.
 * Tracebacks use the full range to draw CPython's {@code ~~^^} markers.
 */
public record Pos(int line, int col, int endLine, int endCol) {
    public static Pos span(Pos start, Pos end) {
        return new Pos(start.line, start.col, end.endLine, end.endCol);
    }
}
