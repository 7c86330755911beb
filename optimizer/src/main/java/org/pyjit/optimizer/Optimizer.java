package org.pyjit.optimizer;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.pyjit.optimizer.ir.Trace;
import org.pyjit.optimizer.ir.TraceVerifier;
import org.pyjit.optimizer.passes.AllocationRemoval;
import org.pyjit.optimizer.passes.BoxElimination;
import org.pyjit.optimizer.passes.CommonSubexpressionElimination;
import org.pyjit.optimizer.passes.ConstantFolding;
import org.pyjit.optimizer.passes.DeadCodeElimination;
import org.pyjit.optimizer.passes.GuardElimination;
import org.pyjit.optimizer.passes.LoopPeeling;
import org.pyjit.optimizer.passes.MergeUnboxing;

/**
 * The optimizer pipeline: a recorded trace in, the trace codegen compiles out. Loop peeling runs once, first,
 * since the other passes do their best work on its copy of the body; then the simplifying passes run in a
 * fixed order until a round removes no op (each pass only removes ops, so this ends; a few rounds suffice:
 * folding exposes boxes, box elimination exposes dead code and duplicate guards).
 *
 * <p>Every pass is a pure function of its input trace. With assertions on (always in tests) the verifier
 * checks the trace after each pass, so a broken trace is blamed on the pass that broke it.
 */
public final class Optimizer {
    /** The passes by the names tests and the command line use to turn them off, in pipeline order. */
    public static final Map<String, UnaryOperator<Trace>> PASSES = passes();

    private static final String PEEL = "peel";
    private static final int MAX_ROUNDS = 10;

    private Optimizer() {}

    private static Map<String, UnaryOperator<Trace>> passes() {
        Map<String, UnaryOperator<Trace>> m = new LinkedHashMap<>();
        m.put(PEEL, LoopPeeling::run);
        m.put("fold", ConstantFolding::run);
        m.put("virtuals", AllocationRemoval::run);
        m.put("unbox", BoxElimination::run);
        m.put("merge-unbox", MergeUnboxing::run);
        m.put("guards", GuardElimination::run);
        m.put("cse", CommonSubexpressionElimination::run);
        m.put("dce", DeadCodeElimination::run);
        return Collections.unmodifiableMap(m);
    }

    public static Trace optimize(Trace trace) { return optimize(trace, Set.of()); }

    /** Optimizes with the named passes (keys of {@link #PASSES}) turned off. */
    public static Trace optimize(Trace trace, Set<String> disabled) {
        for (String name : disabled) {
            if (!PASSES.containsKey(name)) throw new IllegalArgumentException("no optimizer pass " + name);
        }
        Trace t = disabled.contains(PEEL) ? trace : run(PEEL, trace);
        for (int round = 0; round < MAX_ROUNDS; round++) {
            int before = t.ops.size();
            for (String name : PASSES.keySet()) {
                if (!name.equals(PEEL) && !disabled.contains(name)) t = run(name, t);
            }
            if (t.ops.size() == before) break;
        }
        return t;
    }

    private static Trace run(String name, Trace in) {
        Trace out = PASSES.get(name).apply(in);
        assert verified(name, out);
        return out;
    }

    private static boolean verified(String pass, Trace t) {
        try {
            TraceVerifier.verify(t);
        } catch (IllegalStateException e) {
            throw new IllegalStateException("after " + pass + ": " + e.getMessage() + "\n" + t, e);
        }
        return true;
    }
}
