package org.pyjit.optimizer.ir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pyjit.optimizer.Traces.CALLS;
import static org.pyjit.optimizer.Traces.parse;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a bridge may use: the values defined before its guard, in the loop or in the bridge the guard is in
 * (and what that bridge may use), and its own earlier ops; nothing defined after a guard it leaves from.
 */
class TraceVerifierTest {
    private static final String LOOP = """
            r0 = input(0)
            label(r0)
            r1 = call(identity, r0)
            guard_class(r1, Long) [f pc=1 l=(r1,-,-,-) s=()]
            r2 = call(identity, r1)
            guard_class(r2, Long) [f pc=2 l=(r2,-,-,-) s=()]
            jump(r2)
            """;

    private static Op call(Value arg) { return new Op(OpCode.CALL, CALLS.get("identity"), arg); }

    private static Op jump(Value arg) { return new Op(OpCode.JUMP, null, arg); }

    /** A guard like the loop's guard at index at, checking v, with that guard's snapshot. */
    private static Op guardLike(Trace loop, int at, Value v) {
        Op like = loop.ops.get(at);
        Op g = new Op(OpCode.GUARD_CLASS, like.descr, v);
        g.setSnapshot(like.snapshot());
        return g;
    }

    /**
     * The loop with a bridge from its first guard: a = identity(r1), a guard on a (like the loop's), b =
     * identity(a), jump(b).
     */
    private record WithBridge(Trace loop, Op r1, Op a, Op guard, Op b, Bridge bridge) {
        static WithBridge make() {
            Trace loop = parse(LOOP);
            Op r1 = loop.ops.get(2);
            Op a = call(r1);
            Op guard = guardLike(loop, 3, a);
            Op b = call(a);
            Bridge bridge = new Bridge(loop.ops.get(3), List.of(a, guard, b, jump(b)), false);
            return new WithBridge(loop, r1, a, guard, b, bridge);
        }
    }

    @Test
    void aBridgeUsesWhatItsGuardAndTheGuardsItLeavesFromFollow() {
        WithBridge w = WithBridge.make();
        // From the bridge's guard: the bridge's a (before it) and the loop's r1 (before the bridge's guard).
        Op c = call(w.a());
        Op d = call(w.r1());
        Bridge nested = new Bridge(w.guard(), List.of(c, d, jump(c)), false);
        Trace t = w.loop().withBridges(List.of(w.bridge(), nested));
        assertSame(t, TraceVerifier.verify(t));
    }

    @Test
    void aBridgeMayNotUseALoopValueDefinedAfterItsGuard() {
        Trace loop = parse(LOOP);
        Op r2 = loop.ops.get(4);
        Op a = call(r2);
        Trace t = loop.withBridges(List.of(new Bridge(loop.ops.get(3), List.of(a, jump(a)), false)));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> TraceVerifier.verify(t));
        assertEquals(a.name() + " = call(identity, r2): bridge uses r2 before its definition", e.getMessage());
    }

    @Test
    void aNestedBridgeMayNotUseWhatItsParentBridgeDefinesAfterTheGuard() {
        WithBridge w = WithBridge.make();
        Op c = call(w.b());
        Trace t = w.loop().withBridges(List.of(w.bridge(), new Bridge(w.guard(), List.of(c, jump(c)), false)));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> TraceVerifier.verify(t));
        String b = w.b().name();
        assertEquals(c.name() + " = call(identity, " + b + "): bridge uses " + b + " before its definition",
                e.getMessage());
    }

    @Test
    void aBridgeFromAGuardOfALaterBridgeIsRefused() {
        WithBridge w = WithBridge.make();
        Op c = call(w.r1());
        Trace t = w.loop().withBridges(List.of(new Bridge(w.guard(), List.of(c, jump(c)), false), w.bridge()));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> TraceVerifier.verify(t));
        assertTrue(e.getMessage().endsWith("a bridge from a guard that is not in the loop or a bridge before it"),
                e.getMessage());
    }

    @Test
    void afterAMergeTheLoopUsesThePreambleAndWhatFollowsTheMergeButNotWhatPrecedesIt() {
        String loop = """
                r0 = input(0)
                r1 = call(identity, r0)
                label(r0)
                r2 = call(identity, r0)
                merge(3:0, r2) [f pc=3 l=(r2,-,-,-) s=()]
                r3 = merge_param(0)
                r4 = call(identity, r1)
                guard_class(r4, Long) [f pc=4 l=(r3,r4,-,-) s=()]
                jump(r4)
                """;
        Trace ok = parse(loop);
        assertSame(ok, TraceVerifier.verify(ok));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> TraceVerifier.verify(parse(loop.replace("l=(r3,r4,-,-)", "l=(r2,r4,-,-)"))));
        assertTrue(e.getMessage().endsWith(": snapshot uses r2 across a merge"), e.getMessage());
    }
}
