package org.pyjit.interp.builtins;

import org.pyjit.interp.runtime.PyErr;

/** Parses a builtin's arguments against named parameters, as CPython's argument clinic does. */
final class Args {
    private Args() {}

    /**
     * Returns one slot per name (null when not given). The first positional slots come from positional
     * arguments (at most maxPositional of them); the rest only by keyword.
     */
    static Object[] parse(String fname, Object[] args, String[] kwnames, String[] names, int required,
                          int maxPositional) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        if (npos > maxPositional) {
            throw PyErr.typeError(fname + "() takes at most " + maxPositional + " argument"
                    + (maxPositional == 1 ? "" : "s") + " (" + npos + " given)");
        }
        Object[] out = new Object[names.length];
        System.arraycopy(args, 0, out, 0, npos);
        for (int k = 0; k < nkw; k++) {
            int slot = -1;
            for (int i = 0; i < names.length; i++) {
                if (names[i].equals(kwnames[k])) slot = i;
            }
            if (slot < 0) {
                throw PyErr.typeError(fname + "() got an unexpected keyword argument '" + kwnames[k] + "'");
            }
            if (out[slot] != null) {
                throw PyErr.typeError("argument for " + fname + "() given by name ('" + names[slot]
                        + "') and position (" + (slot + 1) + ")");
            }
            out[slot] = args[npos + k];
        }
        for (int i = 0; i < required; i++) {
            if (out[i] == null) {
                throw PyErr.typeError(fname + "() missing required argument '" + names[i] + "' (pos " + (i + 1) + ")");
            }
        }
        return out;
    }
}
