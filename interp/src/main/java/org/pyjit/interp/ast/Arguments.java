package org.pyjit.interp.ast;

import java.util.List;

/**
 * A def's or lambda's parameters. defaults align with the last positional parameters; kwDefaults has one entry
 * per keyword-only parameter (null when it has none). vararg and kwarg are null when absent. Positional-only
 * parameters (before {@code /}) come first in args, and posOnlyCount says how many there are.
 */
public record Arguments(List<Arg> args, int posOnlyCount, List<Expr> defaults, Arg vararg, List<Arg> kwOnly,
                        List<Expr> kwDefaults, Arg kwarg) {
    /** One parameter; its annotation, if any, is parsed and dropped. */
    public record Arg(Pos pos, String name) {}
}
