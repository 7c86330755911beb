package org.pyjit.optimizer.passes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pyjit.interp.runtime.PyType;
import org.pyjit.interp.runtime.Shape;
import org.pyjit.optimizer.Traces;
import org.pyjit.optimizer.ir.CallDescr;
import org.pyjit.optimizer.ir.InstanceOps;
import org.pyjit.optimizer.ir.Trace;
import org.pyjit.optimizer.ir.TraceParser;
import org.pyjit.optimizer.ir.TracePrinter;
import org.pyjit.optimizer.ir.TupleOps;
import org.pyjit.optimizer.ir.TraceVerifier;

class AllocationRemovalTest {
    /** A program's class P whose instances get x then y: shapes S1 (x) and S2 (x, y). */
    private static final PyType P = PyType.newClass("P", new PyType[0], new HashMap<>());
    private static final Shape S1 = P.instanceRootShape().with("x");
    private static final Shape S2 = S1.with("y");
    /** P's shape after a float x: x in a float slot. */
    private static final Shape F1 = P.instanceRootShape().adding("x", 1.0);

    private static Trace parse(String text) {
        Map<String, CallDescr> calls = new HashMap<>(Traces.CALLS);
        for (CallDescr d : InstanceOps.ALL) calls.put(d.name(), d);
        for (CallDescr d : TupleOps.ALL) calls.put(d.name(), d);
        return TraceVerifier.verify(TraceParser.of(Traces.F).withCalls(calls)
                .withRefs(Map.of("P", P, "S1", S1, "S2", S2, "F1", F1)).parse(text));
    }

    private static void assertRewrites(String in, String expected) {
        Trace t = parse(in);
        String before = TracePrinter.print(t);
        assertEquals(expected, TracePrinter.print(TraceVerifier.verify(AllocationRemoval.run(t))));
        assertEquals(before, TracePrinter.print(t), "the pass changed its input trace");
    }

    @Test
    void anObjectReadInTheTraceIsNotAllocatedAndSnapshotsDescribeIt() {
        assertRewrites("""
                r0 = input(0)
                guard_class(r0, Double) [f pc=1 l=(r0,-,-,-) s=()]
                f1 = unbox_float(r0)
                r2 = call(new_instance, P)
                r3 = box_float(f1)
                call(add_slot, r2, S1, r3)
                call(add_slot, r2, S2, r0)
                b4 = call(holds_float, r2, 0)
                guard_true(b4) [f pc=5 l=(r0,r2,-,-) s=()]
                f5 = call(float_slot, r2, 0)
                r6 = call(object_slot, r2, 1)
                f7 = float_add(f5, 1.0)
                r8 = box_float(f7)
                guard_class(r6, Double) [f pc=7 l=(r8,r2,r2,-) s=()]
                jump(r8)
                """, """
                r0 = input(0)
                guard_class(r0, Double) [f pc=1 l=(r0,-,-,-) s=()]
                f1 = unbox_float(r0)
                r2 = box_float(f1)
                guard_true(true) [f pc=5 l=(r0,virtual(P: r2,r0),-,-) s=()]
                f3 = float_add(f1, 1.0)
                r4 = box_float(f3)
                guard_class(r0, Double) [f pc=7 l=(r4,virtual(P: r2,r0),virtual(P: r2,r0),-) s=()]
                jump(r4)
                """);
    }

    /**
     * {@code x, y = f()} of an inlined {@code return a, b}: the tuple's class, length and items are known, so it
     * is never made; a snapshot describes it (a tuple holding an object not allocated: both rebuilt on exit).
     */
    @Test
    void aTupleUnpackedInTheTraceIsNotAllocated() {
        assertRewrites("""
                r0 = input(0)
                r1 = call(new_instance, P)
                call(add_slot, r1, S1, r0)
                r2 = call(new_tuple2, r0, r1)
                guard_class(r2, PyTuple) [f pc=1 l=(r2,-,-,-) s=()]
                i3 = call(tuple_len, r2)
                guard_value(i3, 2) [f pc=1 l=(r2,-,-,-) s=()]
                r4 = call(tuple_item, r2, 1)
                r5 = call(tuple_item, r2, 0)
                r6 = call(object_slot, r4, 0)
                guard_class(r5, Long) [f pc=2 l=(r5,r4,-,-) s=()]
                jump(r6)
                """, """
                r0 = input(0)
                guard_value(2, 2) [f pc=1 l=(virtual(tuple: r0,virtual(P: r0)),-,-,-) s=()]
                guard_class(r0, Long) [f pc=2 l=(r0,virtual(P: r0),-,-) s=()]
                jump(r0)
                """);
    }

    @Test
    void aTupleThatEscapesIsMadeWhereItEscapesWithItsItemsMadeFirst() {
        assertRewrites("""
                r0 = input(0)
                r1 = call(new_instance, P)
                call(add_slot, r1, S1, r0)
                r2 = call(new_tuple2, r1, r0)
                guard_class(r0, Long) [f pc=1 l=(r2,-,-,-) s=()]
                jump(r2)
                """, """
                r0 = input(0)
                guard_class(r0, Long) [f pc=1 l=(virtual(tuple: virtual(P: r0),r0),-,-,-) s=()]
                r1 = call(new_instance, <PyType>)
                call(add_slot, r1, <Shape>, r0)
                r2 = call(new_tuple2, r1, r0)
                jump(r2)
                """);
    }

    @Test
    void aSnapshotSeesTheAttributesAsTheyWereThen() {
        Trace out = AllocationRemoval.run(parse("""
                r0 = input(0)
                r1 = call(new_instance, P)
                call(add_slot, r1, S1, r0)
                guard_class(r0, Long) [f pc=1 l=(r1,-,-,-) s=()]
                call(set_float_slot, r1, 0, 2.5)
                guard_class(r0, Long) [f pc=2 l=(r1,-,-,-) s=()]
                jump(r0)
                """));
        out.renumber();
        List<String> guards = out.ops.stream().filter(op -> op.snapshot() != null && op.isGuard())
                .map(TracePrinter::opText).toList();
        assertEquals(List.of("guard_class(r0, Long) [f pc=1 l=(virtual(P: r0),-,-,-) s=()]",
                "guard_class(r0, Long) [f pc=2 l=(virtual(P: 2.5),-,-,-) s=()]"), guards);
    }

    /** A float slot's reads and writes on an object the trace made: the doubles themselves. */
    @Test
    void aFloatSlotOfAnObjectNotAllocatedIsItsDouble() {
        assertRewrites("""
                r0 = input(0)
                guard_class(r0, Double) [f pc=1 l=(r0,-,-,-) s=()]
                f1 = unbox_float(r0)
                r2 = call(new_instance, P)
                r3 = box_float(f1)
                call(add_slot, r2, F1, r3)
                f4 = call(float_field, r2, 0)
                f5 = float_mul(f4, 2.0)
                call(set_float_field, r2, 0, f5)
                f6 = call(float_field, r2, 0)
                r7 = box_float(f6)
                guard_class(r0, Double) [f pc=5 l=(r7,r2,-,-) s=()]
                jump(r7)
                """, """
                r0 = input(0)
                guard_class(r0, Double) [f pc=1 l=(r0,-,-,-) s=()]
                f1 = unbox_float(r0)
                r2 = box_float(f1)
                f3 = float_mul(f1, 2.0)
                r4 = box_float(f3)
                guard_class(r0, Double) [f pc=5 l=(r4,virtual(P: f3),-,-) s=()]
                jump(r4)
                """);
    }

    @Test
    void anObjectIsAllocatedWhereItEscapes() {
        // Passed to a call, and stored into another object (which then escapes through the jump).
        assertRewrites("""
                r0 = input(0)
                r1 = call(new_instance, P)
                call(add_slot, r1, S1, r0)
                call(set_float_slot, r1, 0, 1.5)
                guard_class(r0, Long) [f pc=1 l=(r1,-,-,-) s=()]
                call(log, r1)
                r2 = call(new_instance, P)
                call(add_slot, r2, S1, r1)
                guard_class(r0, Long) [f pc=2 l=(r1,r2,-,-) s=()]
                jump(r2)
                """, """
                r0 = input(0)
                guard_class(r0, Long) [f pc=1 l=(virtual(P: 1.5),-,-,-) s=()]
                r1 = call(new_instance, <PyType>)
                r2 = box_float(1.5)
                call(add_slot, r1, <Shape>, r2)
                call(log, r1)
                guard_class(r0, Long) [f pc=2 l=(r1,virtual(P: r1),-,-) s=()]
                r3 = call(new_instance, <PyType>)
                call(add_slot, r3, <Shape>, r1)
                jump(r3)
                """);
    }

    @Test
    void anObjectInAnotherStaysVirtualUntilItsContainerEscapes() {
        // r2 = P(x=r0); r3 = P(x=r2); r3.x.x is read without allocating; then r3 escapes: r2 is allocated
        // first, and once the call could have changed r3, its x is read again.
        assertRewrites("""
                r0 = input(0)
                r2 = call(new_instance, P)
                call(add_slot, r2, S1, r0)
                r3 = call(new_instance, P)
                call(add_slot, r3, S1, r2)
                r4 = call(object_slot, r3, 0)
                r5 = call(object_slot, r4, 0)
                b6 = ref_eq(r4, r2)
                guard_true(b6) [f pc=1 l=(r5,r3,r4,-) s=()]
                call(log, r3)
                r7 = call(object_slot, r3, 0)
                guard_class(r7, Long) [f pc=2 l=(r7,-,-,-) s=()]
                jump(r5)
                """, """
                r0 = input(0)
                guard_true(true) [f pc=1 l=(r0,virtual(P: virtual(P: r0)),virtual(P: r0),-) s=()]
                r1 = call(new_instance, <PyType>)
                call(add_slot, r1, <Shape>, r0)
                r2 = call(new_instance, <PyType>)
                call(add_slot, r2, <Shape>, r1)
                call(log, r2)
                r3 = call(object_slot, r2, 0)
                guard_class(r3, Long) [f pc=2 l=(r3,-,-,-) s=()]
                jump(r0)
                """);
    }

    /**
     * A function trace's RETURN hands its object back at every call: it is allocated before the RETURN, in the
     * trace, not rebuilt from the exit's values; a guard before it still describes it.
     */
    @Test
    void anObjectReturnedIsAllocatedBeforeTheReturn() {
        assertRewrites("""
                r0 = input(0)
                r1 = call(new_instance, P)
                call(add_slot, r1, S1, r0)
                guard_class(r0, Long) [f pc=1 l=(r0,r1,-,-) s=()]
                return() [f pc=3 l=(-,-,-,-) s=(r1)] [expected]
                """, """
                r0 = input(0)
                guard_class(r0, Long) [f pc=1 l=(r0,virtual(P: r0),-,-) s=()]
                r1 = call(new_instance, <PyType>)
                call(add_slot, r1, <Shape>, r0)
                return() [f pc=3 l=(-,-,-,-) s=(r1)] [expected]
                """);
    }
}
