package org.pyjit.optimizer.ir;

import org.pyjit.interp.runtime.Assumption;
import org.pyjit.interp.runtime.Shape;

/**
 * What the trace still knows after a merge point because every bridge that joins there makes sure of it before
 * its MERGE_JUMP: the shapes of the instances in some of the merge's slots (numbered as {@link MergePoint}'s,
 * params or not), and, when {@code checked} is not null, that the trace's assumptions hold (the bridge checks
 * that flag). Without these a trace would read every shape and check the flag again after each merge point,
 * which an inlined function's {@code if} makes common (half of deltablue's shape reads were such).
 */
public record MergeFacts(int[] slots, Shape[] shapes, Assumption checked) {
    public static final MergeFacts NONE = new MergeFacts(new int[0], new Shape[0], null);

    public MergeFacts {
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
