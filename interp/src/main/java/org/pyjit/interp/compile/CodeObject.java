package org.pyjit.interp.compile;

import org.pyjit.interp.runtime.PyType;
import org.pyjit.interp.runtime.PyValue;
import org.pyjit.interp.runtime.Types;

/**
 * A compiled function, class body, module or comprehension: instructions (opcode and argument arrays indexed
 * by pc), constants and names, the layout of the frame's locals, the source position of every instruction
 * and the exception table. Immutable once built, except for the per-instruction inline-cache slots.
 */
public final class CodeObject implements PyValue {
    public final String name;
    public final String qualname;
    public final String filename;
    public final int firstLine;
    public final byte[] ops;
    public final int[] args;
    public final Object[] consts;
    public final String[] names;
    /** Locals: parameters first (positional, keyword-only, *args, **kwargs), then other locals. */
    public final String[] varnames;
    /** Variables of this scope captured by inner scopes; they live in slots after the plain locals. */
    public final String[] cellvars;
    /** Variables of outer scopes used here; slots after the cells. */
    public final String[] freevars;
    /** For each cellvar, the parameter whose value it starts with, or -1. */
    public final int[] cell2arg;
    public final int argCount;
    public final int posOnlyCount;
    public final int kwOnlyCount;
    public final boolean hasVarargs;
    public final boolean hasVarkw;
    public final boolean isGenerator;
    public final int stackSize;
    /** Locals, cells and free variables: kept, as every call reads it (the three arrays' lengths cost three loads). */
    private final int frameSize;
    /** Exception table: (start, end, handler, depth) quadruples; an instruction in [start, end) goes to handler. */
    public final int[] exceptionTable;
    /** Source range of each instruction (line 0 means none). */
    public final int[] lines;
    public final int[] cols;
    public final int[] endLines;
    public final int[] endCols;
    /** The docstring (first statement string constant of a def), or null. */
    public final String docstring;
    /** One slot per instruction for inline caches; only the interpreter writes it. */
    public final Object[] caches;
    /** Owned by the JIT (its per-loop counters and compiled traces); the interpreter never reads it. */
    public Object jitData;
    /** Computed on first use by {@link LocalLiveness#of}. */
    volatile LocalLiveness localLiveness;
    /** Positional parameters only, no cells, not a generator: a call can copy arguments straight into locals. */
    public final boolean simpleArgs;

    public CodeObject(String name, String qualname, String filename, int firstLine, byte[] ops, int[] args,
                      Object[] consts, String[] names, String[] varnames, String[] cellvars, String[] freevars,
                      int[] cell2arg, int argCount, int posOnlyCount, int kwOnlyCount, boolean hasVarargs,
                      boolean hasVarkw, boolean isGenerator, int stackSize, int[] exceptionTable, int[] lines,
                      int[] cols, int[] endLines, int[] endCols, String docstring) {
        this.name = name;
        this.qualname = qualname;
        this.filename = filename;
        this.firstLine = firstLine;
        this.ops = ops;
        this.args = args;
        this.consts = consts;
        this.names = names;
        this.varnames = varnames;
        this.cellvars = cellvars;
        this.freevars = freevars;
        this.cell2arg = cell2arg;
        this.argCount = argCount;
        this.posOnlyCount = posOnlyCount;
        this.kwOnlyCount = kwOnlyCount;
        this.hasVarargs = hasVarargs;
        this.hasVarkw = hasVarkw;
        this.isGenerator = isGenerator;
        this.stackSize = stackSize;
        this.frameSize = varnames.length + cellvars.length + freevars.length;
        this.exceptionTable = exceptionTable;
        this.lines = lines;
        this.cols = cols;
        this.endLines = endLines;
        this.endCols = endCols;
        this.docstring = docstring;
        this.caches = new Object[ops.length];
        this.simpleArgs = !hasVarargs && !hasVarkw && kwOnlyCount == 0 && cellvars.length == 0 && !isGenerator;
    }

    @Override
    public PyType type() { return Types.CODE; }

    /** Number of slots in a frame's locals array: plain locals, cells, free variables. */
    public int frameSize() { return frameSize; }

    /** The name of the variable in locals slot i (for error messages). */
    public String slotName(int i) {
        if (i < varnames.length) return varnames[i];
        i -= varnames.length;
        if (i < cellvars.length) return cellvars[i];
        return freevars[i - cellvars.length];
    }

    /** The handler for an exception raised at pc: index into exceptionTable (multiple of 4), or -1. */
    public int findHandler(int pc) {
        int[] t = exceptionTable;
        for (int i = 0; i < t.length; i += 4) {
            if (pc >= t[i] && pc < t[i + 1]) return i;
        }
        return -1;
    }

    /** A readable listing of the instructions (for debugging and the JIT log). */
    public String disassemble() {
        StringBuilder sb = new StringBuilder();
        sb.append("code ").append(qualname).append(" (").append(filename).append(':').append(firstLine).append(")\n");
        for (int pc = 0; pc < ops.length; pc++) {
            sb.append(String.format("%5d %4d %-22s %d", lines[pc], pc, Opcode.name(ops[pc]), args[pc]));
            if (ops[pc] == Opcode.LOAD_CONST) sb.append("  (").append(String.valueOf(consts[args[pc]])).append(')');
            sb.append('\n');
        }
        for (int i = 0; i < exceptionTable.length; i += 4) {
            sb.append(String.format("  handler [%d, %d) -> %d depth %d%n", exceptionTable[i], exceptionTable[i + 1],
                    exceptionTable[i + 2], exceptionTable[i + 3]));
        }
        return sb.toString();
    }
}
