package org.pyjit.interp.exec;

import java.util.ArrayList;
import java.util.List;
import org.pyjit.interp.compile.CodeObject;
import org.pyjit.interp.runtime.PyCell;
import org.pyjit.interp.runtime.PyDict;
import org.pyjit.interp.runtime.PyErr;
import org.pyjit.interp.runtime.PyFunction;
import org.pyjit.interp.runtime.PyTuple;

/** Binds call arguments to a function's parameters, with CPython's error messages for every mismatch. */
final class ArgBinder {
    private ArgBinder() {}

    static void bind(PyFunction fn, Object[] locals, Object[] args, String[] kwnames) {
        CodeObject code = fn.code;
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        int argCount = code.argCount;
        if (nkw == 0 && npos == argCount && !code.hasVarargs && !code.hasVarkw && code.kwOnlyCount == 0) {
            System.arraycopy(args, 0, locals, 0, npos);
            setupCells(fn, locals);
            return;
        }
        int kwOnly = code.kwOnlyCount;
        int varargsSlot = code.hasVarargs ? argCount + kwOnly : -1;
        int varkwSlot = code.hasVarkw ? argCount + kwOnly + (code.hasVarargs ? 1 : 0) : -1;
        PyDict kwdict = code.hasVarkw ? new PyDict() : null;
        int n = Math.min(npos, argCount);
        System.arraycopy(args, 0, locals, 0, n);
        if (npos > argCount) {
            if (!code.hasVarargs) throw tooManyPositional(fn, npos, nkw, kwnames, args);
            Object[] extra = new Object[npos - argCount];
            System.arraycopy(args, argCount, extra, 0, extra.length);
            locals[varargsSlot] = PyTuple.of(extra);
        } else if (code.hasVarargs) {
            locals[varargsSlot] = PyTuple.EMPTY;
        }
        List<String> posOnlyAsKw = null;
        for (int k = 0; k < nkw; k++) {
            String name = kwnames[k];
            Object value = args[npos + k];
            int slot = slotOf(code.varnames, name, code.posOnlyCount, argCount + kwOnly);
            if (slot < 0) {
                if (kwdict != null) {
                    kwdict.put(name, value);
                    continue;
                }
                for (int i = 0; i < code.posOnlyCount; i++) {
                    if (code.varnames[i].equals(name)) {
                        if (posOnlyAsKw == null) posOnlyAsKw = new ArrayList<>();
                        posOnlyAsKw.add(name);
                    }
                }
                if (posOnlyAsKw != null) continue;
                throw PyErr.typeError(fn.qualname + "() got an unexpected keyword argument '" + name + "'");
            }
            if (locals[slot] != null) {
                throw PyErr.typeError(fn.qualname + "() got multiple values for argument '" + name + "'");
            }
            locals[slot] = value;
        }
        if (posOnlyAsKw != null) {
            throw PyErr.typeError(fn.qualname + "() got some positional-only arguments passed as keyword arguments: '"
                    + String.join(", ", posOnlyAsKw) + "'");
        }
        if (kwdict != null) locals[varkwSlot] = kwdict;
        Object[] defaults = fn.defaults;
        int ndef = defaults == null ? 0 : defaults.length;
        List<String> missing = null;
        for (int i = npos; i < argCount; i++) {
            if (locals[i] != null) continue;
            int d = i - (argCount - ndef);
            if (d >= 0) {
                locals[i] = defaults[d];
            } else {
                if (missing == null) missing = new ArrayList<>();
                missing.add(code.varnames[i]);
            }
        }
        if (missing != null) throw missingArgs(fn, missing, "positional");
        for (int i = argCount; i < argCount + kwOnly; i++) {
            if (locals[i] != null) continue;
            Object d = fn.kwDefaults == null ? null : fn.kwDefaults.get(code.varnames[i]);
            if (d != null) {
                locals[i] = d;
            } else {
                if (missing == null) missing = new ArrayList<>();
                missing.add(code.varnames[i]);
            }
        }
        if (missing != null) throw missingArgs(fn, missing, "keyword-only");
        setupCells(fn, locals);
    }

    /**
     * The slot of the parameter called name among varnames[from, to), or -1. The compiler interns names
     * (CodeBuilder), so a keyword written in a call or a dict's key written in the source is the parameter's
     * own String and a pointer compare finds it; equals covers names made at run time.
     */
    private static int slotOf(String[] varnames, String name, int from, int to) {
        for (int i = from; i < to; i++) {
            if (varnames[i] == name) return i;
        }
        for (int i = from; i < to; i++) {
            if (varnames[i].equals(name)) return i;
        }
        return -1;
    }

    static void setupCells(PyFunction fn, Object[] locals) {
        CodeObject code = fn.code;
        int base = code.varnames.length;
        for (int i = 0; i < code.cellvars.length; i++) {
            int arg = code.cell2arg[i];
            locals[base + i] = new PyCell(arg >= 0 ? locals[arg] : null);
        }
        if (fn.closure != null) {
            System.arraycopy(fn.closure, 0, locals, base + code.cellvars.length, fn.closure.length);
        }
    }

    private static RuntimeException missingArgs(PyFunction fn, List<String> names, String kind) {
        StringBuilder sb = new StringBuilder(fn.qualname).append("() missing ").append(names.size())
                .append(" required ").append(kind).append(" argument").append(names.size() == 1 ? "" : "s")
                .append(": ");
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) sb.append(names.size() == 2 ? " and " : i == names.size() - 1 ? ", and " : ", ");
            sb.append('\'').append(names.get(i)).append('\'');
        }
        return PyErr.typeError(sb.toString());
    }

    private static RuntimeException tooManyPositional(PyFunction fn, int given, int nkw, String[] kwnames,
                                                      Object[] args) {
        CodeObject code = fn.code;
        int ndef = fn.defaults == null ? 0 : fn.defaults.length;
        int max = code.argCount;
        int min = max - ndef;
        String takes = min == max ? max + " positional argument" + (max == 1 ? "" : "s")
                : "from " + min + " to " + max + " positional arguments";
        int kwOnlyGiven = 0;
        for (int k = 0; k < nkw; k++) {
            for (int i = code.argCount; i < code.argCount + code.kwOnlyCount; i++) {
                if (code.varnames[i].equals(kwnames[k])) kwOnlyGiven++;
            }
        }
        String was = given == 1 ? "was" : "were";
        if (kwOnlyGiven > 0) {
            return PyErr.typeError(fn.qualname + "() takes " + takes + " but " + given + " positional argument"
                    + (given == 1 ? "" : "s") + " (and " + kwOnlyGiven + " keyword-only argument"
                    + (kwOnlyGiven == 1 ? "" : "s") + ") were given");
        }
        return PyErr.typeError(fn.qualname + "() takes " + takes + " but " + given + " " + was + " given");
    }
}
