package org.pyjit.tracer;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.pyjit.interp.compile.CodeObject;
import org.pyjit.optimizer.ir.FrameState;
import org.pyjit.optimizer.ir.Op;
import org.pyjit.optimizer.ir.Trace;

/**
 * Which inlined function to leave out of a trace whose method came out over the size limit: the loop is
 * recorded again with calls of that function residual. Inlining operator methods, property getters and the
 * loops of small functions makes traces big; lowering the inlining depth of the whole trace (what was done
 * before) also lost the small calls that made it fast. Here the cut is the smallest inlined function whose
 * ops, with those of the calls it inlines, are enough to bring the trace under the limit (or, if none is,
 * the biggest), so a deep helper goes before the function that holds most of the loop.
 */
final class TraceTrimming {
    private TraceTrimming() {}

    /** The function to make residual (overLimit: the method's size over the limit), or null when none is inlined. */
    static CodeObject functionToCut(Trace t, double overLimit) {
        // Each op counts for every inlined frame of the snapshot in force (the last one seen): its function
        // and the functions that inlined it.
        Map<CodeObject, Integer> inclusive = new IdentityHashMap<>();
        List<FrameState> chain = List.of();
        int total = 0;
        for (Op op : t.ops) {
            if (op.snapshot() != null) chain = op.snapshot().frames();
            total++;
            for (int i = 1; i < chain.size(); i++) inclusive.merge(chain.get(i).code(), 1, Integer::sum);
        }
        if (inclusive.isEmpty()) return null;
        double needed = total * (1.0 - 1.0 / overLimit);
        CodeObject smallestEnough = null;
        CodeObject biggest = null;
        for (Map.Entry<CodeObject, Integer> e : inclusive.entrySet()) {
            int n = e.getValue();
            if (biggest == null || n > inclusive.get(biggest)) biggest = e.getKey();
            if (n >= needed && (smallestEnough == null || n < inclusive.get(smallestEnough))) smallestEnough = e.getKey();
        }
        return smallestEnough != null ? smallestEnough : biggest;
    }
}
