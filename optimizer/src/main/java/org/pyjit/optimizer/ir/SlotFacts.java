package org.pyjit.optimizer.ir;

import org.pyjit.interp.runtime.Assumption;
import org.pyjit.interp.runtime.Shape;

/**
 * What a trace knows at a point, in terms of the frame slots of the snapshot there (numbered as
 * {@link MergePoint}'s): the shapes of the instances in some slots, and, when {@code checked} is not null, that
 * the trace's assumptions hold (that flag was checked since the last call that could change them). At a merge
 * point, every bridge that joins there makes sure of these before its MERGE_JUMP, so the trace need not read
 * those shapes or check the flag again after it (an inlined function's {@code if} makes merge points common:
 * half of deltablue's shape reads came right after one). At an exit ({@link Op#exitFacts}), a bridge recorded
 * from there starts knowing them.
 */
public record SlotFacts(int[] slots, Shape[] shapes, Assumption checked) {
    public static final SlotFacts NONE = new SlotFacts(new int[0], new Shape[0], null);

    public SlotFacts {
        if (slots.length != shapes.length) throw new IllegalArgumentException("one shape per slot");
        slots = slots.clone();
        shapes = shapes.clone();
    }

    @Override
    public int[] slots() { return slots.clone(); }

    @Override
    public Shape[] shapes() { return shapes.clone(); }

    /** The text form's suffix of the merge's descr: {@code /s} per slot whose shape is known, {@code /a} if checked. */
    String text() {
        StringBuilder sb = new StringBuilder();
        for (int s : slots) sb.append('/').append(s);
        if (checked != null) sb.append("/a");
        return sb.toString();
    }
}
