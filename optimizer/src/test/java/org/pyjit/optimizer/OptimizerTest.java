package org.pyjit.optimizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pyjit.optimizer.ir.Kind;
import org.pyjit.optimizer.ir.Op;
import org.pyjit.optimizer.ir.OpCode;
import org.pyjit.optimizer.ir.Trace;
import org.pyjit.optimizer.ir.TraceParser;
import org.pyjit.optimizer.ir.TracePrinter;

class OptimizerTest {
    /**
     * One iteration of {@link Traces#LEIBNIZ_SOURCE}'s loop as the recorder writes it: inputs k, n, total,
     * sign (locals n, total, sign, k).
     */
    static final String LEIBNIZ = """
            r0 = input(0)
            r1 = input(1)
            r2 = input(2)
            r3 = input(3)
            guard_class(r0, Long) [leibniz pc=8 l=(r1,r2,r3,r0) s=(r0,r1)]
            i4 = unbox_int(r0)
            guard_class(r1, Long) [leibniz pc=8 l=(r1,r2,r3,r0) s=(r0,r1)]
            i5 = unbox_int(r1)
            b6 = int_lt(i4, i5)
            guard_true(b6) [leibniz pc=8 l=(r1,r2,r3,r0) s=(r0,r1)] [expected]
            guard_class(r3, Double) [leibniz pc=13 l=(r1,r2,r3,r0) s=(r2,r3,2,r0)]
            f7 = unbox_float(r3)
            i8 = int_mul_ovf(2, i4) [leibniz pc=13 l=(r1,r2,r3,r0) s=(r2,r3,2,r0)]
            i9 = int_add_ovf(i8, 1) [leibniz pc=15 l=(r1,r2,r3,r0) s=(r2,r3,i8,1)]
            b10 = int_ne(i9, 0)
            guard_true(b10) [leibniz pc=16 l=(r1,r2,r3,r0) s=(r2,r3,i9)]
            f11 = cast_int_to_float(i9)
            f12 = float_div(f7, f11)
            guard_class(r2, Double) [leibniz pc=17 l=(r1,r2,r3,r0) s=(r2,f12)]
            f13 = unbox_float(r2)
            f14 = float_add(f13, f12)
            f15 = float_neg(f7)
            i16 = int_add_ovf(i4, 1) [leibniz pc=24 l=(r1,f14,f15,r0) s=(r0,1)]
            r17 = box_float(f14)
            r18 = box_float(f15)
            r19 = box_int(i16)
            jump(r19, r1, r17, r18)
            """;

    @Test
    void leibnizLoopRunsOnUnboxedLongsAndDoubles() {
        Trace t = Optimizer.optimize(Traces.parse(Traces.LEIBNIZ, LEIBNIZ));
        Op label = t.label();
        assertNotNull(label, "peeled");
        assertEquals(List.of(Kind.I64, Kind.F64, Kind.F64), label.args().stream().map(v -> v.kind()).toList());
        List<Op> loop = t.ops.subList(t.ops.indexOf(label) + 1, t.ops.size());
        for (Op op : loop) {
            assertTrue(op.opcode != OpCode.GUARD_CLASS && !op.opcode.name().contains("BOX"),
                    () -> "in the loop: " + TracePrinter.opText(op) + "\n" + t);
        }
        assertEquals("""
                label(i16, f14, f15)
                b17 = int_lt(i16, i5)
                guard_true(b17) [leibniz pc=8 l=(r1,f14,f15,i16) s=(i16,r1)] [expected]
                i18 = int_mul_ovf(2, i16) [leibniz pc=13 l=(r1,f14,f15,i16) s=(f14,f15,2,i16)]
                i19 = int_add_ovf(i18, 1) [leibniz pc=15 l=(r1,f14,f15,i16) s=(f14,f15,i18,1)]
                b20 = int_ne(i19, 0)
                guard_true(b20) [leibniz pc=16 l=(r1,f14,f15,i16) s=(f14,f15,i19)]
                f21 = cast_int_to_float(i19)
                f22 = float_div(f15, f21)
                f23 = float_add(f14, f22)
                f24 = float_neg(f15)
                i25 = int_add_ovf(i16, 1) [leibniz pc=24 l=(r1,f23,f24,i16) s=(i16,1)]
                jump(i25, f23, f24)
                """, loopText(t));
    }

    @Test
    void leibnizComputesWhatTheRecordedIterationComputes() {
        Trace recorded = Traces.parse(Traces.LEIBNIZ, LEIBNIZ);
        Trace optimized = Optimizer.optimize(recorded);
        for (Object[] in : List.<Object[]>of(new Object[] {0L, 1000L, 0.0, 1.0}, new Object[] {5L, 5L, 1.0, -1.0},
                new Object[] {0L, 10L, "x", 1.0}, new Object[] {Long.MAX_VALUE / 2 - 3, Long.MAX_VALUE, 0.0, 1.0})) {
            assertEquals(TraceRunner.run(recorded, in), TraceRunner.run(optimized, in));
        }
        String exit = TraceRunner.run(optimized, 0L, 1000L, 0.0, 1.0);
        assertTrue(exit.startsWith("leibniz pc=8 l=(1000,0.7851481634599485,"), exit); // pi / 4 - 0.00025
    }

    @Test
    void sumLoopIsTheExpectedTrace() {
        Trace t = Optimizer.optimize(Traces.parse(Traces.SUM));
        String recordedWithoutItsBoxes = Traces.SUM.substring(0, Traces.SUM.indexOf("r9 = box_int"));
        assertEquals(recordedWithoutItsBoxes + """
                label(i8, i7)
                b9 = int_lt(i8, i4)
                guard_true(b9) [f pc=6 l=(r1,i7,i8,-) s=(i8,r1)] [expected]
                i10 = int_add_ovf(i7, i8) [f pc=9 l=(r1,i7,i8,-) s=(i7,i8)]
                i11 = int_add_ovf(i8, 1) [f pc=13 l=(r1,i10,i8,-) s=(i8,1)]
                jump(i11, i10)
                """, TracePrinter.print(t));
    }

    @Test
    void invariantRefKeepsItsGuardInThePreambleOnly() {
        // while i < 10: s = hash(x) + i; i += 1, with x a local the loop does not change
        Trace t = Optimizer.optimize(Traces.parse("""
                r0 = input(0)
                r1 = input(1)
                guard_class(r0, Long) [f pc=4 l=(r0,r1,-,-) s=()]
                i2 = unbox_int(r0)
                b3 = int_lt(i2, 10)
                guard_true(b3) [f pc=6 l=(r0,r1,-,-) s=()] [expected]
                guard_class(r1, String) [f pc=7 l=(r0,r1,-,-) s=()]
                i4 = call(hash, r1)
                i5 = int_add_ovf(i4, i2) [f pc=8 l=(r0,r1,-,-) s=()]
                i6 = int_add_ovf(i2, 1) [f pc=9 l=(r0,r1,i5,-) s=()]
                r7 = box_int(i6)
                jump(r7, r1)
                """));
        assertEquals("""
                label(i6)
                b7 = int_lt(i6, 10)
                guard_true(b7) [f pc=6 l=(i6,r1,-,-) s=()] [expected]
                i8 = int_add_ovf(i4, i6) [f pc=8 l=(i6,r1,-,-) s=()]
                i9 = int_add_ovf(i6, 1) [f pc=9 l=(i6,r1,i8,-) s=()]
                jump(i9)
                """, loopText(t));
        assertEquals(1, t.ops.stream().filter(op -> op.opcode == OpCode.GUARD_CLASS && op.arg(0) == t.ops.get(1)).count());
    }

    @Test
    void typeUnstableLoopStaysUnpeeledButIsStillSimplified() {
        Trace t = Optimizer.optimize(Traces.parse("""
                r0 = input(0)
                guard_class(r0, Long) [f pc=4 l=(r0,-,-,-) s=()]
                i1 = unbox_int(r0)
                f2 = cast_int_to_float(i1)
                f3 = float_add(f2, 0.5)
                r4 = box_float(f3)
                guard_class(r4, Double) [f pc=5 l=(r4,-,-,-) s=()]
                f5 = unbox_float(r4)
                b6 = float_lt(f5, 100.0)
                guard_true(b6) [f pc=6 l=(r4,-,-,-) s=()] [expected]
                jump(r4)
                """));
        assertEquals("""
                r0 = input(0)
                guard_class(r0, Long) [f pc=4 l=(r0,-,-,-) s=()]
                i1 = unbox_int(r0)
                f2 = cast_int_to_float(i1)
                f3 = float_add(f2, 0.5)
                r4 = box_float(f3)
                b5 = float_lt(f3, 100.0)
                guard_true(b5) [f pc=6 l=(f3,-,-,-) s=()] [expected]
                jump(r4)
                """, TracePrinter.print(t));
    }

    @Test
    void aSlotTheLoopSetsToABoxedConstantIsAConstantInTheLoop() {
        // while k < n: step = 1; k += step, as the recorder writes it: the jump passes the boxed constant 1
        Trace recorded = TraceParser.of(Traces.F).withRefs(Map.of("<Long>", 1L)).parse("""
                r0 = input(0)
                r1 = input(1)
                guard_class(r0, Long) [f pc=4 l=(r0,r1,-,-) s=()]
                i2 = unbox_int(r0)
                b3 = int_lt(i2, 10)
                guard_true(b3) [f pc=6 l=(r0,r1,-,-) s=()] [expected]
                guard_class(<Long>, Long) [f pc=7 l=(r0,<Long>,-,-) s=()]
                i4 = unbox_int(<Long>)
                i5 = int_add_ovf(i2, i4) [f pc=8 l=(r0,<Long>,-,-) s=()]
                r6 = box_int(i5)
                jump(r6, <Long>)
                """);
        Trace t = Optimizer.optimize(recorded);
        assertEquals("""
                label(i4)
                b5 = int_lt(i4, 10)
                guard_true(b5) [f pc=6 l=(i4,<Long>,-,-) s=()] [expected]
                i6 = int_add_ovf(i4, 1) [f pc=8 l=(i4,<Long>,-,-) s=()]
                jump(i6)
                """, loopText(t));
        assertEquals(TraceRunner.run(recorded, 0L, 7L), TraceRunner.run(t, 0L, 7L));
    }

    @Test
    void passesCanBeTurnedOff() {
        Trace recorded = Traces.parse(Traces.SUM);
        assertEquals(TracePrinter.print(recorded), TracePrinter.print(Optimizer.optimize(recorded, Optimizer.PASSES.keySet())));
        Trace noDce = Optimizer.optimize(recorded, Set.of("dce"));
        assertTrue(TracePrinter.print(noDce).contains("box_int"), "boxes stay without dead code elimination");
        Trace noPeel = Optimizer.optimize(recorded, Set.of("peel"));
        assertEquals(null, noPeel.label());
        assertThrows(IllegalArgumentException.class, () -> Optimizer.optimize(recorded, Set.of("licm")));
    }

    /** The text from the label on. */
    private static String loopText(Trace t) {
        String all = TracePrinter.print(t);
        return all.substring(all.indexOf("label("));
    }
}
