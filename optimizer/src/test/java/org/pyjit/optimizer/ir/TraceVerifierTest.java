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

    @Test
    void aBridgeUsesWhatItsGuardAndTheGuardsItLeavesFromFollow() {
        Trace loop = parse(LOOP);
        Op r1 = loop.ops.get(2);
        Op firstGuard = loop.ops.get(3);
        Op a = call(r1);
        Op inBridge = guardLike(loop, 3, a);
        Op b = call(a);
        Bridge outer = new Bridge(firstGuard, List.of(a, inBridge, b, jump(b)), false);
        // From the bridge's guard: the bridge's a (before it) and the loop's r1 (before the bridge's guard).
        Op c = call(a);
        Op d = call(r1);
        Bridge nested = new Bridge(inBridge, List.of(c, d, jump(c)), false);
        Trace t = loop.withBridges(List.of(outer, nested));
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
        Trace loop = parse(LOOP);
        Op r1 = loop.ops.get(2);
        Op a = call(r1);
        Op inBridge = guardLike(loop, 3, a);
        Op b = call(a);
        Bridge outer = new Bridge(loop.ops.get(3), List.of(a, inBridge, b, jump(b)), false);
        Op c = call(b);
        Trace t = loop.withBridges(List.of(outer, new Bridge(inBridge, List.of(c, jump(c)), false)));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> TraceVerifier.verify(t));
        assertEquals(c.name() + " = call(identity, " + b.name() + "): bridge uses " + b.name()
                + " before its definition", e.getMessage());
    }

    @Test
    void aBridgeFromAGuardOfALaterBridgeIsRefused() {
        Trace loop = parse(LOOP);
        Op r1 = loop.ops.get(2);
        Op a = call(r1);
        Op inBridge = guardLike(loop, 3, a);
        Bridge outer = new Bridge(loop.ops.get(3), List.of(a, inBridge, jump(a)), false);
        Op c = call(r1);
        Trace t = loop.withBridges(List.of(new Bridge(inBridge, List.of(c, jump(c)), false), outer));
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
