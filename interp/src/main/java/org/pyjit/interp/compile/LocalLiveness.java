package org.pyjit.interp.compile;

import java.util.Set;

/**
 * Which plain locals of a code object may still be read at each instruction: a local is live before pc when some
 * path from pc (exception handlers included) loads or deletes it before storing it. The JIT restores only live
 * locals when it leaves compiled code; a dead one keeps whatever the frame held, which nothing will read.
 *
 * <p>Cells and free variables are always live, and so is every local of code that can see its frame's locals
 * in other ways (locals(), vars(), dir(), eval, exec, zero-argument super, sys._getframe, name lookups), of a
 * generator, and of an argument that is also a cell.
 */
public final class LocalLiveness {
    /** Names whose use may read locals other than through LOAD_FAST. */
    private static final Set<String> FRAME_READERS = Set.of("locals", "vars", "dir", "eval", "exec", "super",
            "_getframe", "breakpoint");

    private final int count;
    /** Bit i of liveBefore[pc][i / 64]: local i may be read after pc is reached; null when all are live. */
    private final long[][] liveBefore;

    private LocalLiveness(int count, long[][] liveBefore) {
        this.count = count;
        this.liveBefore = liveBefore;
    }

    /** The analysis of code, computed once and kept with it. */
    public static LocalLiveness of(CodeObject code) {
        LocalLiveness l = code.localLiveness;
        if (l == null) {
            l = analyze(code);
            code.localLiveness = l;
        }
        return l;
    }

    /** Whether the locals slot may be read from pc on (always true for cells, free variables and stack slots). */
    public boolean isLive(int pc, int slot) {
        if (liveBefore == null || slot >= count || pc < 0 || pc >= liveBefore.length) return true;
        return (liveBefore[pc][slot >>> 6] & (1L << slot)) != 0;
    }

    private static LocalLiveness analyze(CodeObject code) {
        int n = code.varnames.length;
        if (n == 0 || !prunable(code)) return new LocalLiveness(n, null);
        int words = (n + 63) >>> 6;
        int len = code.ops.length;
        long[] always = new long[words];
        for (int arg : code.cell2arg) if (arg >= 0 && arg < n) always[arg >>> 6] |= 1L << arg;
        long[][] live = new long[len][words];
        // Backward dataflow to a fixed point; loops make a few rounds necessary.
        boolean changed = true;
        long[] out = new long[words];
        while (changed) {
            changed = false;
            for (int pc = len - 1; pc >= 0; pc--) {
                java.util.Arrays.fill(out, 0);
                int op = code.ops[pc];
                int arg = code.args[pc];
                if (fallsThrough(op) && pc + 1 < len) or(out, live[pc + 1]);
                int target = jumpTarget(op, arg);
                if (target >= 0 && target < len) or(out, live[target]);
                if (op == Opcode.STORE_FAST && arg < n) out[arg >>> 6] &= ~(1L << arg);
                if ((op == Opcode.LOAD_FAST || op == Opcode.DELETE_FAST) && arg < n) out[arg >>> 6] |= 1L << arg;
                // An exception raised by this instruction goes to its handler before any store it makes.
                int[] t = code.exceptionTable;
                for (int i = 0; i < t.length; i += 4) {
                    if (pc >= t[i] && pc < t[i + 1]) or(out, live[t[i + 2]]);
                }
                or(out, always);
                if (!java.util.Arrays.equals(out, live[pc])) {
                    System.arraycopy(out, 0, live[pc], 0, words);
                    changed = true;
                }
            }
        }
        return new LocalLiveness(n, live);
    }

    private static boolean prunable(CodeObject code) {
        if (code.isGenerator) return false;
        for (String name : code.names) if (FRAME_READERS.contains(name)) return false;
        for (byte op : code.ops) {
            if (op == Opcode.LOAD_NAME || op == Opcode.STORE_NAME || op == Opcode.DELETE_NAME
                    || op == Opcode.IMPORT_STAR || op == Opcode.LOAD_CLASSDEREF) {
                return false;
            }
        }
        return true;
    }

    private static boolean fallsThrough(int op) {
        return op != Opcode.JUMP && op != Opcode.RETURN_VALUE && op != Opcode.RAISE_VARARGS && op != Opcode.RERAISE
                && op != Opcode.POP_EXCEPT_AND_RERAISE;
    }

    private static int jumpTarget(int op, int arg) {
        if (op == Opcode.COMPARE_AND_JUMP) return arg & Opcode.TARGET_MASK;
        return Opcode.isJump(op) ? arg : -1;
    }

    private static void or(long[] into, long[] from) {
        for (int i = 0; i < into.length; i++) into[i] |= from[i];
    }
}
