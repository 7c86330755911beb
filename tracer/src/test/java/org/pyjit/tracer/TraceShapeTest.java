package org.pyjit.tracer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pyjit.optimizer.ir.Bridge;
import org.pyjit.optimizer.ir.Const;
import org.pyjit.optimizer.ir.Kind;
import org.pyjit.optimizer.ir.Op;
import org.pyjit.optimizer.ir.OpCode;
import org.pyjit.optimizer.ir.Trace;
import org.pyjit.optimizer.ir.TracePrinter;

/**
 * The shape of the code the JIT makes for small programs: what is left inside the loop after optimization.
 * These turn performance regressions (a box in the loop, a guard that is not hoisted, a call that is not
 * inlined) into failures.
 */
class TraceShapeTest {
    /** The traces a program's loops ended up as (the last version of each, bridges included). */
    private static List<Trace> traces(String source) {
        return allTraces(source).stream().filter(t -> !t.isFunction()).toList();
    }

    /** The traces of a program's loops and functions (the last version of each, bridges included). */
    private static List<Trace> allTraces(String source) {
        List<Trace> out = new ArrayList<>();
        JitProgram.run(source, JitParams.DEFAULTS.withFunctionTraces(true), new JitEvents() {
            @Override
            public void traceCompiled(Trace t, String cls, String method, int size, long nanos) { out.add(t); }

            @Override
            public void bridgesCompiled(Trace t, List<Bridge> added, String cls, int size, long nanos) {
                out.removeIf(old -> old.headerPc == t.headerPc && old.code == t.code && old.isFunction() == t.isFunction());
                out.add(t);
            }
        });
        return out;
    }

    /** The ops that run every iteration: after the LABEL, and in the bridges. */
    private static List<Op> loopOps(Trace t) {
        List<Op> ops = new ArrayList<>(t.ops.subList(t.ops.indexOf(t.label()) + 1, t.ops.size()));
        for (Bridge b : t.bridges) ops.addAll(b.ops());
        return ops;
    }

    private static long count(List<Op> ops, OpCode... codes) {
        List<OpCode> cs = List.of(codes);
        return ops.stream().filter(op -> cs.contains(op.opcode)).count();
    }

    /** How many of the ops call the helper with that name. */
    private static long calls(List<Op> ops, String helper) {
        return ops.stream().filter(op -> op.opcode == OpCode.CALL && op.call().name().equals(helper)).count();
    }

    private static String text(Trace t) { return TracePrinter.print(t); }

    /** The function trace of the function with that name. */
    private static Trace functionTrace(List<Trace> ts, String function) {
        return ts.stream().filter(t -> t.isFunction() && t.code.name.equals(function)).findFirst().orElseThrow();
    }

    /** The trace of the loop in the function with that name. */
    private static Trace loopIn(List<Trace> ts, String function) {
        return ts.stream().filter(t -> t.code.name.equals(function)).findFirst().orElseThrow();
    }

    @Test
    void piLoopIsUnboxedWithItsOtherBranchAsABridgeThatMerges() {
        List<Trace> ts = traces("""
                def leibniz(tol):
                    total = 0.0
                    term = 1.0
                    k = 0
                    while abs(term) > tol:
                        if k % 2 == 0:
                            term = 4.0 / (2 * k + 1)
                        else:
                            term = -4.0 / (2 * k + 1)
                        total += term
                        k += 1
                    return total, k
                print(leibniz(1e-5))
                """);
        assertEquals(1, ts.size(), "one loop");
        Trace t = ts.get(0);
        assertTrue(t.label() != null, "peeled:\n" + text(t));
        assertEquals(1, t.bridges.size(), "the odd-k branch is a bridge:\n" + text(t));
        assertTrue(t.bridges.get(0).merges(), "which joins the loop again after the if, a diamond:\n" + text(t));
        List<Op> loop = loopOps(t);
        assertEquals(0, count(loop, OpCode.BOX_INT, OpCode.BOX_FLOAT, OpCode.BOX_BOOL, OpCode.UNBOX_INT,
                OpCode.UNBOX_FLOAT, OpCode.UNBOX_BOOL, OpCode.GUARD_CLASS), "no boxing or type checks in the loop:\n"
                + text(t));
        assertFalse(loop.stream().anyMatch(op -> op.opcode == OpCode.CALL && op.call().name().startsWith("call")),
                "abs() is open-coded:\n" + text(t));
        assertTrue(t.label().args().stream().allMatch(v -> v.kind() != org.pyjit.optimizer.ir.Kind.REF),
                "the loop carries only unboxed values:\n" + text(t));
        assertEquals(0, count(loop, OpCode.INT_MOD), "k % 2 is a mask:\n" + text(t));
        assertEquals(1, count(loop, OpCode.INT_AND), "k % 2 is a mask:\n" + text(t));
    }

    @Test
    void classesAreCheckedByOneFlagAtTheStartAndAfterEachResidualCall() {
        List<Trace> ts = traces("""
                class A:
                    def f(self):
                        return 1
                class B:
                    def g(self):
                        return 2
                def deep(n):
                    if n == 0:
                        return 0
                    return deep(n - 1)
                def run(xs, ys):
                    t = 0
                    for i in range(len(xs)):
                        t += xs[i].f() + ys[i].g()
                        t += deep(2)
                        t += xs[i].f() + ys[i].g()
                    return t
                print(run([A()] * 3000, [B()] * 3000))
                """);
        Trace t = loopIn(ts, "run");
        List<Op> loop = loopOps(t);
        assertEquals(1, calls(loop, "call1"), "deep is a residual call:\n" + text(t));
        assertEquals(0, calls(t.ops, "type_version"), "no class version is read:\n" + text(t));
        // deep is inlined once, and its own recursive call is residual; the global deep it loads there comes after
        // the merge point where its if joins, but a bridge that joins there checks the flag itself.
        assertEquals(2, calls(loop, "assumptions_hold"),
                "one check of A and B before their first use, one after the call:\n" + text(t));
    }

    /**
     * `x is None` compares references in the trace; `x is y` of two values that may be small ints still goes
     * through the helper, which makes equal ones the same object (as the interpreter does).
     */
    @Test
    void isAgainstNoneIsAReferenceCompare() {
        List<Trace> ts = traces("""
                def run(xs):
                    t = 0
                    for x in xs:
                        if x is None:
                            t += 1
                        elif x is not t:
                            t += x
                    return t
                print(run([None, 1, 2] * 1000))
                """);
        Trace t = loopIn(ts, "run");
        List<Op> loop = loopOps(t);
        assertTrue(loop.stream().anyMatch(op -> op.opcode == OpCode.REF_EQ
                && op.args().stream().anyMatch(a -> a instanceof Const c && c.kind() == Kind.REF)), text(t));
        assertEquals(1, calls(loop, "is_same"), "only x is not t needs the helper:\n" + text(t));
    }

    /** A deque's truth, popleft and append are direct calls, not residual ones after which nothing is known. */
    @Test
    void aDequeWorklistRunsWithoutResidualCalls() {
        List<Trace> ts = traces("""
                from collections import deque
                def run(n):
                    todo = deque([n])
                    t = 0
                    while todo:
                        x = todo.popleft()
                        t += x
                        if x > 1:
                            todo.append(x // 2)
                            todo.append(x // 3)
                    return t
                print(run(100000))
                """);
        Trace t = loopIn(ts, "run");
        List<Op> loop = loopOps(t);
        assertEquals(0, calls(loop, "is_true") + calls(loop, "call1") + calls(loop, "call2"), text(t));
        assertEquals(1, calls(loop, "deque_popleft"), text(t));
        assertTrue(calls(loop, "deque_len") >= 1 && calls(loop, "deque_append") >= 1, text(t));
    }

    /** len() of an instance inlines its __len__: no residual call, its result checked as len() checks it. */
    @Test
    void lenOfAnInstanceInlinesItsLen() {
        List<Trace> ts = traces("""
                class Buf:
                    def __init__(self, n):
                        self.n = n
                    def __len__(self):
                        return self.n
                def run(b, k):
                    t = 0
                    for i in range(k):
                        if i < len(b):
                            t += i
                    return t
                print(run(Buf(500), 3000))
                """);
        Trace t = loopIn(ts, "run");
        List<Op> loop = loopOps(t);
        assertEquals(0, calls(loop, "call1"), "len(b) is not a residual call:\n" + text(t));
        assertTrue(text(t).contains(" len]"), "the inlined __len__'s frame is marked len:\n" + text(t));
    }

    @Test
    void doublesUnpackedFromBytesAreReadInTheTraceWithoutATuple() {
        List<Trace> ts = traces("""
                import struct
                def run(buf):
                    t = 0.0
                    for off in range(0, len(buf) - 23, 24):
                        a, b, c = struct.unpack_from("<3d", buf, off)
                        t += struct.unpack_from("<d", buf, off + 8)[0] * a - b * c
                    return t
                print(run(struct.pack("<6000d", *[i * 0.5 for i in range(6000)])))
                """);
        Trace t = loopIn(ts, "run");
        List<Op> loop = loopOps(t);
        assertEquals(4, calls(loop, "struct_double_le"), "four doubles read in the loop:\n" + text(t));
        for (String helper : List.of("safe_call3", "new_tuple1", "new_tuple3", "tuple_get", "tuple_item")) {
            assertEquals(0, calls(loop, helper), helper + " in the loop:\n" + text(t));
        }
        assertEquals(0, count(loop, OpCode.BOX_FLOAT), "no double is boxed:\n" + text(t));
    }

    @Test
    void gcdOfIntsAndLenOfTuplesAndBytesAreComputedInTheTrace() {
        List<Trace> ts = traces("""
                import math
                def run(n, t, b):
                    k = 0
                    for m in range(1, n):
                        k += math.gcd(m, 12) + len(t) + len(b)
                    return k
                print(run(3000, (1, 2, 3), b"abcd"))
                """);
        Trace t = loopIn(ts, "run");
        List<Op> loop = loopOps(t);
        assertEquals(1, calls(loop, "int_gcd"), "gcd in the loop:\n" + text(t));
        assertEquals(0, calls(loop, "safe_call1") + calls(loop, "safe_call2"), "no builtin called:\n" + text(t));
    }

    @Test
    void aCopiedListAndItemsOfAGlobalListAreNoGenericSubscripts() {
        List<Trace> ts = traces("""
                WEIGHTS = [3, 1, 4, 1, 5]
                def run(n):
                    perm = [0, 1, 2, 3]
                    t = 0
                    for i in range(n):
                        c = perm[:]
                        t += c[i % 4] + WEIGHTS[i % 5]
                    return t
                print(run(3000))
                """);
        Trace t = loopIn(ts, "run");
        List<Op> loop = loopOps(t);
        assertEquals(1, calls(loop, "list_copy"), "perm[:] is a list copy:\n" + text(t));
        assertEquals(0, calls(loop, "get_item") + calls(loop, "new_slice"), "no generic subscript:\n" + text(t));
    }

    @Test
    void mathFunctionsAndEnumerateOfASequenceAreNoBuiltinCalls() {
        List<Trace> ts = traces("""
                import math
                def run(n, xs):
                    t = 0.0
                    for i in range(n):
                        t += math.sin(i * 0.5) + math.floor(t * 0.01)
                        for k, x in enumerate(xs):
                            t += k * x
                    return t
                print(run(3000, (1.5, 2.5)))
                """);
        Trace t = loopIn(ts, "run");
        List<Op> loop = loopOps(t);
        assertEquals(1, calls(loop, "sin"), "math.sin in the loop:\n" + text(t));
        assertEquals(1, calls(loop, "new_enumerate"), "enumerate(xs) made in the loop:\n" + text(t));
        assertEquals(0, calls(loop, "safe_call1") + calls(loop, "get_iter"), "no builtin called:\n" + text(t));
    }

    @Test
    void randomOfTheModulesGeneratorIsNoResidualCall() {
        List<Trace> ts = traces("""
                import random
                def run(n):
                    t = 0.0
                    for i in range(n):
                        t += random.random()
                    return t
                random.seed(1)
                print(run(3000))
                """);
        Trace t = loopIn(ts, "run");
        List<Op> loop = loopOps(t);
        assertEquals(1, calls(loop, "random"), "one draw per iteration:\n" + text(t));
        assertEquals(0, calls(loop, "call0"), "no call of the bound method:\n" + text(t));
    }

    @Test
    void globalsAndBuiltinsAreConstantsCheckedByTheSameFlag() {
        List<Trace> ts = traces("""
                SCALE = 3
                NAMES = ["a", "b"]
                def deep(n):
                    if n == 0:
                        return 0
                    return deep(n - 1)
                def run(n):
                    t = 0
                    for i in range(n):
                        t += i * SCALE
                        t += deep(2)
                        t += len(NAMES) * SCALE
                    return t
                print(run(3000))
                """);
        Trace t = loopIn(ts, "run");
        List<Op> loop = loopOps(t);
        assertEquals(1, calls(loop, "call1"), "deep is a residual call:\n" + text(t));
        assertEquals(0, calls(t.ops, "dict_keys_version") + calls(t.ops, "dict_value_at") + calls(t.ops, "dict_version")
                + calls(t.ops, "load_global"), "no global is looked up:\n" + text(t));
        assertEquals(2, calls(loop, "assumptions_hold"),
                "one check before the first global, one after the call (none after the merge in deep):\n" + text(t));
        assertTrue(loop.stream().anyMatch(op -> op.opcode == OpCode.INT_MUL_OVF
                && op.args().stream().anyMatch(a -> a instanceof Const c && c.kind() == Kind.I64 && c.longValue() == 3)),
                "SCALE is the constant 3:\n" + text(t));
    }

    @Test
    void aGlobalTheLoopKeepsRebindingIsReadFromItsEntryAfterOneDiscard() {
        List<String> discarded = new ArrayList<>();
        List<Trace> ts = new ArrayList<>();
        String out = JitProgram.run("""
                COUNTER = 0
                def bump():
                    global COUNTER
                    COUNTER += 1
                def run(n):
                    t = 0
                    for i in range(n):
                        bump()
                        t += COUNTER % 7
                    return t
                print(run(3000), COUNTER)
                """, JitParams.DEFAULTS, new JitEvents() {
            @Override
            public void traceCompiled(Trace t, String cls, String method, int size, long nanos) { ts.add(t); }

            @Override
            public void traceDiscarded(Trace t, String reason) { discarded.add(reason); }
        });
        assertEquals("8998 3000\n", out);
        assertEquals(1, discarded.size(), "COUNTER was relied on once: " + discarded);
        Trace last = ts.get(ts.size() - 1);
        assertTrue(calls(loopOps(last), "dict_value_at") >= 1, "then read from its entry:\n" + text(last));
    }

    @Test
    void anInstancesShapeIsNotReadAgainAfterACallWhenNoInstanceEverLeftIt() {
        List<Trace> ts = traces("""
                class P:
                    def __init__(self, x, y):
                        self.x = x
                        self.y = y
                def run(ps, small):
                    t = 0
                    for p in ps:
                        t += p.x
                        t += len(sorted(small))
                        t += p.y
                    return t
                print(run([P(i, 2 * i) for i in range(3000)], [2, 1]))
                """);
        Trace t = loopIn(ts, "run");
        List<Op> loop = t.ops.subList(t.ops.indexOf(t.label()) + 1, t.ops.size());
        assertEquals(1, calls(loop, "call1"), "sorted is a residual call (it may call __lt__):\n" + text(t));
        assertEquals(1, calls(loop, "shape_of"), "p's shape is read before the call only:\n" + text(t));
    }

    @Test
    void aShapeKnownBeforeAMergePointIsKnownAfterItWhileTheBridgesThatJoinMakeSureOfIt() {
        List<Trace> ts = traces("""
                class P:
                    def __init__(self, x, y):
                        self.x = x
                        self.y = y
                def pick(p, i):
                    v = p.x
                    if i % 7 == 0:
                        v = p.y
                    return v
                def run(ps):
                    t = 0
                    for i in range(len(ps)):
                        p = ps[i]
                        t += pick(p, i)
                        t += p.y
                    return t
                print(run([P(i, 2 * i) for i in range(3000)]))
                """);
        Trace t = loopIn(ts, "run");
        assertEquals(1, t.bridges.size(), "i % 7 == 0 is a bridge:\n" + text(t));
        assertTrue(t.bridges.get(0).merges(), "which joins at pick's return:\n" + text(t));
        List<Op> loop = t.ops.subList(t.ops.indexOf(t.label()) + 1, t.ops.size());
        assertEquals(1, calls(loop, "shape_of"), "p's shape is read once, not again after the merge:\n" + text(t));
        assertEquals(0, calls(t.bridges.get(0).ops(), "assumptions_hold") + calls(t.bridges.get(0).ops(), "shape_of"),
                "the bridge knows what the merge point asks for from where it left the loop:\n" + text(t));
    }

    @Test
    void aBridgeThatMadeACallMakesSureOfWhatTheMergePointAsksForBeforeItJoins() {
        List<Trace> ts = traces("""
                class P:
                    def __init__(self, x, y):
                        self.x = x
                        self.y = y
                def pick(p, i, small):
                    v = p.x
                    if i % 7 == 0:
                        v = len(sorted(small))
                    return v
                def run(ps, small):
                    t = 0
                    for i in range(len(ps)):
                        p = ps[i]
                        t += len(sorted(small))
                        t += pick(p, i, small)
                        t += p.y
                    return t
                grown = P(0, 0)
                grown.z = 1
                print(run([P(i, 2 * i) for i in range(3000)], [2, 1]))
                """);
        // The loop calls sorted itself, so its bridges may join at merge points after calls of their own; and an
        // instance left P's shape (grown), so it is read again after a call.
        Trace t = loopIn(ts, "run");
        assertEquals(1, t.bridges.size(), "i % 7 == 0 is a bridge:\n" + text(t));
        Bridge b = t.bridges.get(0);
        assertTrue(b.merges(), "which joins at pick's return:\n" + text(t));
        assertEquals(1, calls(b.ops(), "call1"), "after calling sorted:\n" + text(t));
        assertEquals(1, calls(b.ops(), "shape_of"), "so it reads p's shape again:\n" + text(t));
        assertEquals(1, calls(b.ops(), "assumptions_hold"), "and checks the flag:\n" + text(t));
    }

    @Test
    void aBridgeStartsKnowingTheShapesItsLoopKnewWhereItLeft() {
        List<Trace> ts = traces("""
                class P:
                    def __init__(self, x, y):
                        self.x = x
                        self.y = y
                def run(ps):
                    t = 0
                    for i in range(len(ps)):
                        p = ps[i]
                        t += p.x
                        if p.x < 0:
                            t += p.y
                        t += 1
                    return t
                print(run([P(-i if i % 20 == 19 else i, 2 * i) for i in range(20000)]))
                """);
        Trace t = loopIn(ts, "run");
        List<List<Op>> readingY = t.bridges.stream().map(Bridge::ops)
                .filter(ops -> ops.stream().anyMatch(op -> op.opcode == OpCode.CALL && op.call().name().equals("object_slot")))
                .toList();
        assertFalse(readingY.isEmpty(), "a negative x's path is a bridge that reads p.y:\n" + text(t));
        for (List<Op> bridge : readingY) {
            assertEquals(0, calls(bridge, "shape_of") + calls(bridge, "assumptions_hold"),
                    "it reads p.y without reading p's shape or checking the flag again:\n" + text(t));
        }
    }

    @Test
    void aBranchInAnInlinedFunctionIsADiamondWhoseBridgeMergesInsideTheCall() {
        List<Trace> ts = traces("""
                def clamp(x, hi):
                    if x > hi:
                        x = hi
                    return x * 2
                def run(n):
                    t = 0
                    for i in range(n):
                        t += clamp(i % 10, 6)
                    return t
                print(run(20000))
                """);
        Trace t = loopIn(ts, "run");
        assertTrue(loopOps(t).stream().noneMatch(op -> op.opcode == OpCode.CALL && op.call().name().startsWith("call")),
                "clamp is inlined:\n" + text(t));
        Op merge = t.ops.stream().filter(op -> op.opcode == OpCode.MERGE && op.snapshot().frames().size() == 2)
                .findFirst().orElse(null);
        assertTrue(merge != null, "a merge point at the join of clamp's if, inside the call:\n" + text(t));
        assertEquals("clamp", merge.snapshot().frames().get(1).code().name, text(t));
        assertTrue(t.bridges.stream().anyMatch(b -> b.merges() && b.ops().get(b.ops().size() - 1).descr == merge),
                "the clamping side joins the loop there:\n" + text(t));
        int label = t.ops.indexOf(t.label());
        assertTrue(t.bridges.stream().filter(b -> t.ops.indexOf(b.guard()) > label).allMatch(b -> b.merges()),
                "no bridge from the loop body runs to the loop's end:\n" + text(t));
    }

    @Test
    void aLoopOverATupleCallsTheTupleIteratorsOwnHelper() {
        // Not the generic iter_next, whose it.next() is one virtual call site for every kind of iterator (for a
        // list, see loopOverAListOfIntsChecksOneTypePerIteration).
        List<Trace> ts = traces("""
                def pairs(ps):
                    s = 0
                    for p in ps:
                        s += p
                    return s
                print(pairs(tuple(range(5000))))
                """);
        List<Op> loop = loopOps(loopIn(ts, "pairs"));
        assertEquals(1, calls(loop, "tuple_iter_next"), text(loopIn(ts, "pairs")));
        assertEquals(0, calls(loop, "iter_next"), text(loopIn(ts, "pairs")));
    }

    @Test
    void aReturnInsideALoopIsABridgeThatLeavesWhereTheFunctionReturns() {
        List<Trace> ts = traces("""
                def first_multiple(xs, k):
                    for x in xs:
                        if x % k == 0:
                            return x
                    return None
                data = list(range(1, 200))
                s = 0
                for n in range(3000):
                    s += first_multiple(data, n % 90 + 60)
                print(s)
                """);
        Trace t = loopIn(ts, "first_multiple");
        assertTrue(t.bridges.stream().anyMatch(b -> b.ops().get(b.ops().size() - 1).opcode == OpCode.RETURN
                        && b.ops().get(b.ops().size() - 1).expectedExit),
                "the return's side is a bridge ending with a RETURN, an expected exit:\n" + text(t));
    }

    @Test
    void aYieldInsideAGeneratorsLoopIsABridgeThatLeavesWhereTheGeneratorYields() {
        List<Trace> ts = traces("""
                def multiples(n, k):
                    i = 0
                    while i < n:
                        if i % k == 0:
                            yield i
                        i += 1
                s = 0
                for r in range(200):
                    for v in multiples(400, 7):
                        s += v
                print(s)
                """);
        Trace t = loopIn(ts, "multiples");
        assertTrue(t.bridges.stream().anyMatch(b -> b.ops().get(b.ops().size() - 1).opcode == OpCode.YIELD
                        && b.ops().get(b.ops().size() - 1).expectedExit),
                "the yield's side is a bridge ending with a YIELD, an expected exit:\n" + text(t));
    }

    @Test
    void laterReturnsInsideALoopAreSideTracesThatEndWhereTheFunctionReturns() {
        List<Trace> sides = new ArrayList<>();
        String out = JitProgram.run("""
                def find(xs, a, b, c, d, e, f):
                    for x in xs:
                        if x == a:
                            return 1
                        if x == b:
                            return 2
                        if x == c:
                            return 3
                        if x == d:
                            return 4
                        if x == e:
                            return 5
                        if x == f:
                            return 6
                    return 0
                data = list(range(100))
                s = 0
                for n in range(3000):
                    m = n % 6
                    s += find(data, 50 if m == 0 else -1, 50 if m == 1 else -1, 50 if m == 2 else -1,
                              50 if m == 3 else -1, 50 if m == 4 else -1, 50)
                print(s)
                """, JitParams.DEFAULTS.with("exitHotness", 20), new JitEvents() {
            @Override
            public void sideTraceCompiled(Trace parent, Op exit, Trace side, String cls, String method, int size,
                    long nanos) {
                sides.add(side);
            }
        });
        assertEquals("10500\n", out);
        assertTrue(sides.stream().anyMatch(t -> t.isSide() && t.ops.get(t.ops.size() - 1).opcode == OpCode.RETURN),
                "a side trace ends with the function's RETURN: " + sides.stream().map(TraceShapeTest::text).toList());
    }

    @Test
    void aSideTraceRejoiningItsLoopBoxesNoLocalTheLoopWritesBeforeReading() {
        // The inner loop's end gets a side trace that runs the outer loop around to the inner loop's start.
        // The inner loop's float locals (d, m) are written before they are read at its header: the side trace
        // passes placeholders for them, not boxes of its last values (nbody's advance boxed seven per step).
        List<Trace> sides = new ArrayList<>();
        String out = JitProgram.run("""
                class P:
                    def __init__(self, x):
                        self.x = x
                        self.v = 0.0
                def step(ps, pairs, dt, n):
                    for _ in range(n):
                        for a, b in pairs:
                            d = a.x - b.x
                            m = d * dt
                            a.v -= m
                            b.v += m
                        for p in ps:
                            p.x += dt * p.v
                ps = [P(1.0), P(2.5), P(4.0), P(7.5), P(9.0)]
                pairs = [(ps[i], ps[j]) for i in range(5) for j in range(i + 1, 5)]
                step(ps, pairs, 0.01, 3000)
                print(round(sum(p.x for p in ps), 6), round(ps[0].v, 6))
                """, JitParams.DEFAULTS, new JitEvents() {
            @Override
            public void sideTraceCompiled(Trace parent, Op exit, Trace side, String cls, String method, int size,
                    long nanos) {
                sides.add(side);
            }
        });
        assertEquals("24.0 -7.611247\n", out, "as CPython prints");
        Trace around = sides.stream().filter(t -> t.isSide() && t.code.qualname.equals("step")).findFirst()
                .orElseThrow(() -> new AssertionError("no side trace of step's inner loop"));
        assertEquals(0, count(around.ops, OpCode.BOX_FLOAT), "no float is boxed for the rejoin:\n" + text(around));
    }

    @Test
    void theTuplesOfEnumerateAndOfAnInlinedReturnThatTheLoopUnpacksAreNeverMade() {
        List<Trace> ts = traces("""
                def divmod2(a, b):
                    return a // b, a % b
                def f(xs):
                    s = 0
                    for i, x in enumerate(xs):
                        q, r = divmod2(x * 7, 13)
                        s += q - r + i
                    return s
                print(f(list(range(1, 20000))))
                """);
        Trace t = loopIn(ts, "f");
        List<Op> loop = loopOps(t);
        assertEquals(0, calls(loop, "new_tuple2"), "no pair is made in the loop:\n" + text(t));
        assertEquals(1, calls(loop, "enum_next_list_item"), "the list's iterator is called directly:\n" + text(t));
        assertEquals(1, calls(loop, "enum_long_count"), "the count is an i64:\n" + text(t));
        assertEquals(0, calls(loop, "enum_count"), "the count is not boxed:\n" + text(t));
        assertEquals(0, calls(loop, "unpack") + calls(loop, "iter_next") + calls(loop, "list_iter_next")
                + calls(loop, "tuple_item"),
                "enumerate is taken apart and the pairs are not unpacked:\n" + text(t));
    }

    @Test
    void aLoopThatChangesNoDictOrClassChecksTheirVersionsOncePerEntry() {
        // nbody's pair loop: attributes of instances of one class, math.sqrt, a list iterator.
        List<Trace> ts = traces("""
                import math
                class Body:
                    def __init__(self, x, v):
                        self.x = x
                        self.v = v
                def step(pairs):
                    for a, b in pairs:
                        d = a.x - b.x
                        m = 0.01 / (d * math.sqrt(d * d + 1.0))
                        a.v -= d * m
                        b.v += d * m
                bodies = [Body(float(i), 0.0) for i in range(5)]
                pairs = [(bodies[i], bodies[j]) for i in range(5) for j in range(i + 1, 5)]
                for _ in range(2000):
                    step(pairs)
                print(round(sum(b.v for b in bodies), 6))
                """);
        Trace t = loopIn(ts, "step");
        assertTrue(t.bodyKeepsState(), "nothing in the loop changes a dict or a class:\n" + text(t));
        List<Op> loop = t.ops.subList(t.ops.indexOf(t.label()) + 1, t.ops.size());
        assertEquals(0, calls(loop, "assumptions_hold") + calls(loop, "dict_version") + calls(loop, "dict_keys_version")
                + calls(loop, "dict_value_at"), "the class and the math module are checked before the loop:\n" + text(t));
    }

    /**
     * d.append(pick(i)) on a deque: its LOAD_METHOD leaves (bound method, no self), and pick's if is a merge
     * point inside the call's arguments. The "no self" marker on the stack is not carried through the merge
     * (it became a merge param, and CALL_METHOD no longer saw it: the recording aborted).
     */
    @Test
    void aMergePointBetweenAMethodLookupAndItsCallKeepsTheCallsShape() {
        List<String> aborts = new ArrayList<>();
        String out = JitProgram.run("""
                from collections import deque
                def pick(x):
                    if x % 3 == 0:
                        return x
                    return -x
                def f(n):
                    d = deque()
                    for i in range(n):
                        d.append(pick(i))
                    return sum(d)
                print(f(30000))
                """, JitParams.DEFAULTS, new JitEvents() {
            @Override
            public void recordingAborted(org.pyjit.interp.compile.CodeObject code, int headerPc, String reason) {
                aborts.add(reason);
            }
        });
        assertEquals("-150015000\n", out);
        assertTrue(aborts.isEmpty(), "no recording aborted: " + aborts);
    }

    @Test
    void loopOverAListOfIntsChecksOneTypePerIteration() {
        List<Trace> ts = traces("""
                def total(xs):
                    s = 0
                    for x in xs:
                        s += x
                    return s
                print(total(list(range(5000))))
                """);
        assertEquals(1, ts.size());
        List<Op> loop = loopOps(ts.get(0));
        assertTrue(count(loop, OpCode.GUARD_CLASS) <= 1, "at most one type guard per iteration:\n" + text(ts.get(0)));
        assertEquals(0, count(loop, OpCode.BOX_INT), "the sum stays unboxed:\n" + text(ts.get(0)));
        assertEquals(1, calls(loop, "list_iter_next"),
                "the list iterator's own helper, not iter_next:\n" + text(ts.get(0)));
    }

    @Test
    void smallFunctionsCalledInTheLoopAreInlined() {
        List<Trace> ts = traces("""
                def sq(x):
                    return x * x
                def f(n):
                    s = 0
                    for i in range(n):
                        s += sq(i)
                    return s
                print(f(5000))
                """);
        assertEquals(1, ts.size());
        List<Op> loop = loopOps(ts.get(0));
        assertFalse(loop.stream().anyMatch(op -> op.opcode == OpCode.CALL && op.call().name().startsWith("call")),
                "sq is inlined, not called:\n" + text(ts.get(0)));
        assertEquals(1, count(loop, OpCode.INT_MUL_OVF), text(ts.get(0)));
    }

    @Test
    void instanceAttributesAreSlotReadsBehindLayoutGuards() {
        List<Trace> ts = traces("""
                class P:
                    def __init__(self, x):
                        self.x = x
                def f(ps):
                    s = 0
                    for p in ps:
                        s += p.x
                    return s
                print(f([P(i) for i in range(5000)]))
                """);
        Trace loop = loopIn(ts, "f");
        List<Op> ops = loopOps(loop);
        assertTrue(calls(ops, "object_slot") > 0, text(loop));
        assertEquals(0, calls(ops, "get_attr"), "no generic attribute lookup:\n" + text(loop));
    }

    @Test
    void classCallsInTheLoopRunTheirInitInline() {
        List<Trace> ts = traces("""
                class V:
                    def __init__(self, x, y):
                        self.x = x
                        self.y = y
                    def plus(self, o):
                        return V(self.x + o.x, self.y + o.y)
                def f(n):
                    acc = V(0.0, 0.0)
                    step = V(1.0, 0.5)
                    for _ in range(n):
                        acc = acc.plus(step)
                    return acc.x + acc.y
                print(f(5000))
                """);
        Trace loop = loopIn(ts, "f");
        List<Op> ops = loopOps(loop);
        assertFalse(ops.stream().anyMatch(op -> op.opcode == OpCode.CALL
                && (op.call().name().startsWith("call") || op.call().name().endsWith("_attr"))),
                "neither the class call nor its attribute stores are generic:\n" + text(loop));
        assertEquals(1, calls(ops, "new_instance"), text(loop));
        assertEquals(2, calls(ops, "add_slot"), "__init__ adds x and y:\n" + text(loop));
    }

    @Test
    void aSmallLeafIsInlinedOneLevelBelowTheInlineDepthAndOtherCallsThereStayCalls() {
        // The loop calls a, a calls b, b calls c: three levels, the default depth. c makes a P, whose __init__
        // (a leaf: it stores its arguments) is a fourth level; c's call of q (it calls abs) is not a leaf.
        List<Trace> ts = traces("""
                class P:
                    def __init__(self, x):
                        self.x = x
                def q(v):
                    return abs(v)
                def c(i):
                    return P(i).x + q(i)
                def b(i):
                    return c(i)
                def a(i):
                    return b(i)
                def f(n):
                    s = 0
                    for i in range(n):
                        s += a(i)
                    return s
                print(f(5000))
                """);
        Trace loop = loopIn(ts, "f");
        List<Op> ops = loopOps(loop);
        assertEquals(1, calls(ops, "call1"), "only q is called, P's __init__ is inlined:\n" + text(loop));
        assertEquals(0, calls(ops, "new_instance"), "so the P made and dropped is never allocated:\n" + text(loop));
    }
    @Test
    void operatorMethodsPropertiesAndCallableInstancesAreInlined() {
        List<Trace> ts = traces("""
                class V:
                    def __init__(self, x, y):
                        self.x = x
                        self.y = y
                    def __add__(self, o):
                        return V(self.x + o.x, self.y + o.y)
                    def __rmul__(self, k):
                        return V(self.x * k, self.y * k)
                    def __neg__(self):
                        return V(-self.x, -self.y)
                    @property
                    def total(self):
                        return self.x + self.y
                class Half:
                    def __call__(self, v):
                        return 0.5 * v
                def f(n):
                    acc = V(0.0, 0.0)
                    step = V(1.0, 0.5)
                    half = Half()
                    t = 0.0
                    for _ in range(n):
                        acc = acc + half(-step)
                        t += acc.total
                    return t
                print(f(5000))
                """);
        Trace loop = loopIn(ts, "f");
        List<Op> ops = loopOps(loop);
        assertFalse(ops.stream().anyMatch(op -> op.opcode == OpCode.CALL && (op.call().name().startsWith("call")
                || op.call().name().equals("binary_op") || op.call().name().equals("negative")
                || op.call().name().endsWith("_attr"))), "no generic operator, call or attribute:\n" + text(loop));
        // __neg__, __rmul__ and __add__ each make a V; only acc's, carried to the next iteration, is allocated.
        assertEquals(1, calls(ops, "new_instance"), "one V allocated per iteration:\n" + text(loop));
        assertTrue(loop.exits().stream().anyMatch(op -> op.snapshot().innermost().callKind()
                == org.pyjit.optimizer.ir.CallKind.BINARY_OP), "exits inside __add__ finish the +:\n" + text(loop));
    }

    @Test
    void aShortLoopInACalledFunctionIsUnrolledAndALongOneStaysACall() {
        List<Trace> ts = traces("""
                def dot(xs, ys):
                    t = 0.0
                    for i in range(len(xs)):
                        t += xs[i] * ys[i]
                    return t
                def total(xs):
                    t = 0
                    for x in xs:
                        t += x
                    return t
                def f(n):
                    a = [1.0, 2.0, 3.0]
                    long = list(range(500))
                    s = 0.0
                    for i in range(n):
                        s += dot(a, a) + total(long)
                    return s
                print(f(3000))
                """);
        Trace loop = loopIn(ts, "f");
        List<Op> ops = loopOps(loop);
        assertEquals(3, count(ops, OpCode.FLOAT_MUL), "dot's three iterations, unrolled:\n" + text(loop));
        assertEquals(1, calls(ops, "new_range"), "range(len(xs)) is made in the trace:\n" + text(loop));
        assertTrue(loop.exits().stream().noneMatch(op -> op.snapshot().innermost().code().name.equals("total")),
                "total's 500 iterations are its own loop's, called:\n" + text(loop));
        assertEquals(1, ops.stream().filter(op -> op.opcode == OpCode.CALL && op.call().name().startsWith("call")).count(),
                "one call, of total:\n" + text(loop));
    }

    @Test
    void comprehensionsAndTheCellsTheyReadAreInlinedWithoutGuardingTheNewFunction() {
        List<Trace> ts = traces("""
                def scaled(v, k):
                    return [x * k for x in v]
                def f(n):
                    v = [1, 2, 3]
                    t = 0
                    for i in range(n):
                        t += sum([x * 2 for x in v]) + scaled(v, i % 3)[2]
                    return t
                print(f(3000))
                """);
        Trace loop = loopIn(ts, "f");
        List<Op> ops = loopOps(loop);
        // Each comprehension is a function made anew at every iteration: a guard on which function it is
        // would fail at the next one (a side trace per iteration, before).
        assertEquals(0, count(ops, OpCode.GUARD_VALUE), "no guard on the functions made:\n" + text(loop));
        assertEquals(0, calls(ops, "make_function"), "the functions are never made:\n" + text(loop));
        assertEquals(6, count(ops, OpCode.INT_MUL_OVF), "both comprehensions, unrolled:\n" + text(loop));
        assertEquals(1, calls(ops, "new_cell"), "scaled's k is a cell:\n" + text(loop));
        assertEquals(0, calls(ops, "cell_value"), "whose value the trace knows:\n" + text(loop));
        assertEquals(1, ops.stream().filter(op -> op.opcode == OpCode.CALL && op.call().name().startsWith("call")).count(),
                "one call, of sum:\n" + text(loop));
        assertTrue(loop.bridges.isEmpty(), text(loop));
    }

    @Test
    void closuresOfOneCodeAreInlinedBehindAGuardOnTheCodeAndTheirCellsReadFromTheFunction() {
        List<Trace> ts = traces("""
                def make(k):
                    return lambda x: x + k
                def f(n):
                    adders = [make(k) for k in range(3)]
                    t = 0
                    for i in range(n):
                        t += adders[i % 3](1)
                    return t
                print(f(3000))
                """);
        Trace loop = loopIn(ts, "f");
        List<Op> ops = loopOps(loop);
        assertEquals(0, ops.stream().filter(op -> op.opcode == OpCode.CALL && op.call().name().startsWith("call")).count(),
                "the lambda is inlined:\n" + text(loop));
        assertEquals(1, calls(ops, "function_code"), "whichever of the three it is:\n" + text(loop));
        assertEquals(1, calls(ops, "function_cell"), text(loop));
        assertTrue(loop.bridges.isEmpty(), "no guard on the function itself, which would fail:\n" + text(loop));
    }

    @Test
    void methodsCalledThroughSuperAreInlinedWithoutMakingTheSuperObject() {
        List<Trace> ts = traces("""
                class Base:
                    def __init__(self, a):
                        self.a = a
                    def value(self, k):
                        return self.a * k
                class Mid(Base):
                    def __init__(self, a, b):
                        super().__init__(a)
                        self.b = b
                    def value(self, k):
                        return super().value(k) + self.b
                def f(n):
                    t = 0
                    for i in range(n):
                        t += Mid(i, 1).value(3)
                    return t
                print(f(3000))
                """);
        Trace loop = loopIn(ts, "f");
        List<Op> ops = loopOps(loop);
        assertEquals(0, ops.stream().filter(op -> op.opcode == OpCode.CALL && op.call().name().startsWith("call")).count(),
                "Mid(), its __init__, value and the Base methods they reach through super() are inlined:\n" + text(loop));
        assertEquals(0, calls(ops, "new_super") + calls(ops, "new_bound_method"), "nothing is made:\n" + text(loop));
        assertEquals(1, count(ops, OpCode.INT_MUL_OVF), "Base.value's product:\n" + text(loop));
    }

    @Test
    void slicesSetsClosuresAndStarCallsAreRecorded() {
        List<Trace> ts = traces("""
                def g(a, b=1):
                    return a - b
                def f(n):
                    data = list(range(10))
                    t = 0
                    for i in range(n):
                        w = data[1:]
                        k = i % 3
                        s = {k, 1}
                        add = lambda x: x + k + i
                        t += g(*w[k:k + 2]) + g(**{"a": i}) + g(b=k, **{"a": i}) + len(s) + add(1)
                    return t
                print(f(3000))
                """);
        Trace loop = loopIn(ts, "f");
        List<Op> ops = loopOps(loop);
        assertEquals(2, calls(ops, "new_slice"), text(loop));
        assertEquals(1, calls(ops, "call_ex"), text(loop));
        assertEquals(1, calls(ops, "call_ex_mapping"), text(loop));
        assertEquals(1, calls(ops, "call_ex_kw"), text(loop));
        assertEquals(1, calls(ops, "new_set"), text(loop));
        assertEquals(1, calls(ops, "make_function"), text(loop));
    }

    @Test
    void aClassThatKeepsChangingIsNotGuarded() {
        List<Trace> ts = traces("""
                class A:
                    n = 0
                    def bump(self):
                        A.n += 1
                def f(k):
                    a = A()
                    for _ in range(k):
                        a.bump()
                    return A.n
                print(f(5000))
                """);
        Trace loop = loopIn(ts, "f");
        assertTrue(loop.bridges.isEmpty(), "no bridge per version of A:\n" + text(loop));
        assertEquals(0, calls(loopOps(loop), "assumptions_hold"), "A is not relied on:\n" + text(loop));
    }

    @Test
    void aHotFunctionCalledByTheInterpreterIsCompiledFromItsEntry() {
        // The loop in main is never compiled (a with statement aborts its recordings): norm2 is called by the
        // interpreter, and becomes a function trace of its own.
        List<Trace> ts = allTraces("""
                class Ctx:
                    def __enter__(self): return self
                    def __exit__(self, *a): return False
                class P:
                    def __init__(self, x, y):
                        self.x = x
                        self.y = y
                def norm2(p):
                    return p.x * p.x + p.y * p.y
                def main():
                    t = 0.0
                    p = P(1.5, 2.0)
                    for i in range(5000):
                        with Ctx():
                            t += norm2(p)
                    return t
                print(main())
                """);
        Trace fn = functionTrace(ts, "norm2");
        assertEquals(OpCode.RETURN, fn.ops.get(fn.ops.size() - 1).opcode, text(fn));
        assertEquals(0, calls(fn.ops, "get_attr"), "attribute reads are slot reads:\n" + text(fn));
        assertEquals(0, count(fn.ops, OpCode.BOX_FLOAT), "no box: the return's exit boxes the result:\n" + text(fn));
    }

    @Test
    void objectsAnIterationMakesAndDropsAreNotAllocated() {
        List<Trace> ts = traces("""
                class V:
                    def __init__(self, x, y):
                        self.x = x
                        self.y = y
                    def add(self, o):
                        return V(self.x + o.x, self.y + o.y)
                    def dot(self, o):
                        return self.x * o.x + self.y * o.y
                def f(n):
                    a = V(1.0, 2.0)
                    s = 0.0
                    for i in range(n):
                        b = V(i * 0.5, 1.0)
                        c = a.add(b)
                        s += c.dot(b)
                    return s
                print(f(5000))
                """);
        Trace loop = loopIn(ts, "f");
        List<Op> ops = loopOps(loop);
        assertEquals(0, calls(ops, "new_instance"), "b and c are not allocated:\n" + text(loop));
        assertEquals(0, count(ops, OpCode.BOX_FLOAT), "nor their attributes boxed:\n" + text(loop));
        assertTrue(text(loop).contains("virtual(V: "), "exits describe them:\n" + text(loop));
    }

    @Test
    void absMinMaxAndAppendAreComputedInTheTrace() {
        List<Trace> ts = traces("""
                def f(n):
                    s = 0
                    t = 0.0
                    out = []
                    for i in range(n):
                        s += abs(i - 500) + min(i, 300)
                        t += max(-50.0, i * 0.5)
                        out.append(i)
                    return s, t, len(out)
                print(f(5000))
                """);
        Trace loop = loopIn(ts, "f");
        List<Op> ops = loopOps(loop);
        assertFalse(ops.stream().anyMatch(op -> op.opcode == OpCode.CALL && op.call().name().startsWith("call")),
                "no generic call:\n" + text(loop));
        for (String helper : List.of("int_abs", "int_min", "float_max")) assertEquals(1, calls(ops, helper), text(loop));
        assertEquals(1, calls(ops, "list_append"), text(loop));
    }

    @Test
    void builtinsThatRunNoPythonCodeDoNotMakeTheTraceCheckAgain() {
        // min() of two floats and len() of a list run no method of the program: the class version
        // guarded before them still holds after them.
        List<Trace> ts = traces("""
                class P:
                    def __init__(self, x, y):
                        self.x = x
                        self.y = y
                def f(ps, xs):
                    s = 0.0
                    for p in ps:
                        s += min(p.x, 2.5) + len(xs) + p.y
                    return s
                print(f([P(i * 0.5, 1.0) for i in range(5000)], [1, 2]))
                """);
        Trace loop = loopIn(ts, "f");
        List<Op> ops = loopOps(loop);
        assertTrue(calls(ops, "assumptions_hold") <= 1, "P is checked once per iteration:\n" + text(loop));
    }

    @Test
    void builtinTypesMadeFromBuiltinContainersAreNotResidualCalls() {
        // enumerate(tuple) and deque(list) make new objects and run no method of the program.
        List<Trace> ts = traces("""
                from collections import deque
                class P:
                    def __init__(self, x):
                        self.x = x
                def f(ps, t):
                    s = 0
                    for p in ps:
                        e = enumerate(t)
                        d = deque([p.x])
                        s += p.x
                    return s
                print(f([P(i) for i in range(5000)], (1, 2)))
                """);
        Trace loop = loopIn(ts, "f");
        List<Op> ops = loopOps(loop);
        assertEquals(0, calls(ops, "call1"), "no residual call:\n" + text(loop));
        // deque(list) by the generic call; enumerate(tuple) by new_enumerate, which goes when unused.
        assertEquals(1, calls(ops, "safe_call1"), "deque made by the generic call:\n" + text(loop));
        assertEquals(0, calls(ops, "new_enumerate"), "the unused enumerate is not made:\n" + text(loop));
        assertTrue(calls(ops, "assumptions_hold") <= 1, "P is checked once per iteration:\n" + text(loop));
    }

    @Test
    void aCallWithOneStarredArgumentPassesItsTupleAsItIs() {
        // g(*row): CALL_FUNCTION_EX takes the tuple itself; no list is built, extended and copied to a tuple.
        List<Trace> ts = traces("""
                def g(a, b):
                    return a + b
                def f(rows):
                    s = 0
                    for row in rows:
                        s += g(*row)
                    return s
                print(f([(i, 1) for i in range(5000)]))
                """);
        Trace loop = loopIn(ts, "f");
        List<Op> ops = loopOps(loop);
        assertEquals(1, calls(ops, "call_ex"), "one star call:\n" + text(loop));
        assertEquals(0, calls(ops, "list_extend") + calls(ops, "list_to_tuple"), "no list:\n" + text(loop));
    }

    @Test
    void aCallWithOneDoubleStarredArgumentPassesItsDictAsItIs() {
        // g(**kw): CALL_FUNCTION_EX reads kw itself; no dict is made and merged into first.
        List<Trace> ts = traces("""
                def g(a=0, b=0):
                    return a + b
                def f(rows):
                    s = 0
                    for kw in rows:
                        s += g(**kw)
                    return s
                print(f([{"a": i, "b": 1} for i in range(5000)]))
                """);
        Trace loop = loopIn(ts, "f");
        List<Op> ops = loopOps(loop);
        assertEquals(1, calls(ops, "call_ex_mapping"), "one call with the dict as written:\n" + text(loop));
        assertEquals(0, calls(ops, "new_dict") + calls(ops, "merge_keywords"), "no copy:\n" + text(loop));
    }

    @Test
    void rebindingOneGlobalDoesNotInvalidateTracesReadingAnother() {
        // The module loop rebinds total at every call of f; f's trace reads K and calls g, other globals.
        List<Trace> ts = allTraces("""
                K = 3
                def g(x):
                    return x * 2
                def f(x):
                    return g(x) + K
                total = 0
                for i in range(5000):
                    total = total + f(i)
                print(total)
                """);
        Trace fn = functionTrace(ts, "f");
        assertTrue(fn.bridges.isEmpty(), "no bridge per value of total:\n" + text(fn));
        assertEquals(0, calls(fn.ops, "dict_version"),
                "the globals are guarded by their keys, not every rebinding:\n" + text(fn));
    }

    @Test
    void floatAttributesAreUpdatedInPlaceWithoutBoxing() {
        List<Trace> ts = traces("""
                class Body:
                    def __init__(self, x, vx):
                        self.x = x
                        self.vx = vx
                def advance(b, steps):
                    for _ in range(steps):
                        b.vx -= b.x * 0.001
                        b.x += b.vx * 0.01
                    return b.x
                print(advance(Body(1.0, 0.0), 5000))
                """);
        Trace loop = loopIn(ts, "advance");
        List<Op> ops = loopOps(loop);
        assertEquals(0, count(ops, OpCode.BOX_FLOAT, OpCode.UNBOX_FLOAT, OpCode.GUARD_CLASS),
                "no boxing, unboxing or type guards on the float attributes:\n" + text(loop));
        assertEquals(2, calls(ops, "set_float_field"), "both stores write in place:\n" + text(loop));
        assertEquals(4, calls(ops, "float_field"), "each attribute is read twice:\n" + text(loop));
        assertEquals(0, calls(ops, "holds_float"), "the shape says the slots hold floats:\n" + text(loop));
    }

    /** Attributes first set to ints have plain slots: a float there is checked, then read and written unboxed. */
    @Test
    void floatsInPlainSlotsAreCheckedAndUpdatedInPlace() {
        List<Trace> ts = traces("""
                class Body:
                    def __init__(self, x, vx):
                        self.x = x
                        self.vx = vx
                def advance(b, steps):
                    for _ in range(steps):
                        b.vx -= b.x * 0.001
                        b.x += b.vx * 0.01
                    return b.x
                b = Body(1, 0)
                b.x = 1.0
                b.vx = 0.0
                print(advance(b, 5000))
                """);
        Trace loop = loopIn(ts, "advance");
        List<Op> ops = loopOps(loop);
        assertEquals(0, count(ops, OpCode.BOX_FLOAT, OpCode.UNBOX_FLOAT, OpCode.GUARD_CLASS), text(loop));
        assertEquals(2, calls(ops, "set_float_slot"), "both stores write in place:\n" + text(loop));
        assertEquals(4, calls(ops, "holds_float"), "each attribute is read twice:\n" + text(loop));
        assertEquals(0, calls(ops, "float_field"), text(loop));
    }

    @Test
    void exitsLeaveOutLocalsThatAreDeadWhereTheyResume() {
        List<Trace> ts = traces("""
                def f(xs):
                    t = 0.0
                    for x in xs:
                        d = x * 2.0
                        e = d + 1.0
                        t += e
                    return t
                print(f([i * 0.5 for i in range(5000)]))
                """);
        Trace loop = loopIn(ts, "f");
        int d = java.util.Arrays.asList(loop.code.varnames).indexOf("d");
        Op end = loopOps(loop).stream().filter(op -> op.expectedExit).findFirst().orElseThrow();
        assertTrue(end.snapshot().frames().get(0).locals()[d] == null,
                "d is written before it is read again, so the loop's end does not pass it:\n" + text(loop));
        assertEquals(1, end.snapshot().liveOps().size(), "only t (the iterator is done):\n" + text(loop));
    }
}
