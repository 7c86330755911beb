package org.pyjit.optimizer.ir;

import java.util.Arrays;

/**
 * The descr of a MERGE: where bridges may rejoin the trace (DESIGN.md §7). pc is the instruction the trace is
 * about to run there, a join point of the bytecode (the target of a forward jump) in the loop's own frame or in
 * the frame of an inlined call (the MERGE's snapshot names the frames); slots are the frame slots whose values
 * the MERGE carries, in the order of its operands and of the MERGE_PARAM ops after it, numbered across the
 * snapshot's frames (the loop's frame first, each frame's locals then its stack). Those are the slots a bridge
 * that took the other side of an {@code if} may hold differently: the loop's slots it may write, and every live
 * slot of an inlined call; every other slot must hold the very value the MERGE's snapshot names, or the bridge
 * cannot merge there. facts is what a bridge must make sure of before it merges (see {@link SlotFacts}).
 */
public record MergePoint(int pc, int[] slots, SlotFacts facts) {
    public MergePoint {
        slots = slots.clone();
    }

    public MergePoint(int pc, int[] slots) { this(pc, slots, SlotFacts.NONE); }

    @Override
    public int[] slots() { return slots.clone(); }

    /**
     * The text form's descr: {@code pc:slot:slot...}, then the facts' slots ({@code /slot...}, {@code /a}). The
     * facts name shapes and assumptions, which text cannot: a parsed merge point has none.
     */
    public String text() {
        StringBuilder sb = new StringBuilder().append(pc);
        for (int s : slots) sb.append(':').append(s);
        return sb.append(facts.text()).toString();
    }

    static MergePoint parse(String text) {
        int facts = text.indexOf('/');
        String[] parts = (facts < 0 ? text : text.substring(0, facts)).split(":");
        int[] slots = new int[parts.length - 1];
        for (int i = 1; i < parts.length; i++) slots[i - 1] = Integer.parseInt(parts[i]);
        return new MergePoint(Integer.parseInt(parts[0]), slots);
    }

    @Override
    public boolean equals(Object o) { return o instanceof MergePoint m && m.pc == pc && Arrays.equals(m.slots, slots); }

    @Override
    public int hashCode() { return 31 * pc + Arrays.hashCode(slots); }

    @Override
    public String toString() { return "merge@" + text(); }
}
