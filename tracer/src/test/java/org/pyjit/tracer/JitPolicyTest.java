package org.pyjit.tracer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pyjit.interp.compile.CodeObject;
import org.pyjit.optimizer.ir.Bridge;
import org.pyjit.optimizer.ir.Op;
import org.pyjit.optimizer.ir.Trace;

/**
 * What the JIT decides about loops, seen through its events: which loops it compiles, blacklists or leaves
 * alone as too short, and where bridges start. Each program's output is checked too.
 */
class JitPolicyTest {
    /** Everything the JIT reported while running a program. */
    private static final class Events implements JitEvents {
        final List<String> compiled = new ArrayList<>();
        final List<String> functionTraces = new ArrayList<>();
        final List<String> aborted = new ArrayList<>();
        final List<String> blacklisted = new ArrayList<>();
        final List<String> tooShort = new ArrayList<>();
        final List<Bridge> bridges = new ArrayList<>();
        /** Recompiles that added bridges to a loop, and bridges that waited for one. */
        int recompiles;
        final List<Bridge> held = new ArrayList<>();
        final List<String> sideTraces = new ArrayList<>();
        final List<String> failed = new ArrayList<>();
        final List<String> discarded = new ArrayList<>();
        /** Exits that came back to the JIT: guards that failed, and the loops' own ends, by function. */
        final Map<String, Integer> failedGuards = new HashMap<>();
        final Map<String, Integer> expectedExits = new HashMap<>();

        @Override
        public void traceCompiled(Trace t, String cls, String method, int size, long nanos) {
            compiled.add(t.code.qualname);
            if (t.isFunction()) functionTraces.add(t.code.qualname);
        }

        @Override
        public void recordingAborted(CodeObject code, int headerPc, String reason) { aborted.add(reason); }

        @Override
        public void compileFailed(Trace t, String reason) { failed.add(reason); }

        @Override
        public void traceDiscarded(Trace t, String reason) { discarded.add(reason); }

        @Override
        public void loopBlacklisted(CodeObject code, int headerPc, int failures) { blacklisted.add(code.qualname); }

        @Override
        public void loopTooShort(CodeObject code, int headerPc, double backEdgesPerRun) { tooShort.add(code.qualname); }

        @Override
        public void bridgesCompiled(Trace t, List<Bridge> added, String cls, int size, long nanos) {
            bridges.addAll(added);
            recompiles++;
        }

        @Override
        public void bridgeHeld(Trace t, Bridge b) { held.add(b); }

        @Override
        public void sideTraceCompiled(Trace parent, Op exit, Trace side, String cls, String method, int size,
                long nanos) {
            sideTraces.add(exit.expectedExit ? "from the loop's end" : parent.isSide() ? "from a side trace" : "from the loop");
        }

        @Override
        public void exitTaken(Trace trace, int exitId, Op exit) {
            (exit.expectedExit ? expectedExits : failedGuards).merge(trace.code.qualname, 1, Integer::sum);
        }
    }

    private static Events run(String source, JitParams params, String expectedOutput) {
        Events events = new Events();
        assertEquals(expectedOutput, JitProgram.run(source, params, events));
        return events;
    }

    /** A run with loops compiled only: what these tests say of loops would else count function traces too. */
    private static Events runLoops(String source, JitParams params, String expectedOutput) {
        return run(source, params.withFunctionTraces(false), expectedOutput);
    }

    @Test
    void callsOfAHotFunctionRunItsTraceAndBranchesItDidNotTakeBecomeBridges() {
        Events e = run("""
                def classify(n):
                    if n % 4 == 0:
                        return n // 4
                    return n * 3
                def fib(n):
                    if n < 2:
                        return n
                    return fib(n - 1) + fib(n - 2)
                total = 0
                for i in range(3000):
                    total += classify(i)
                print(total, fib(20))
                """, JitParams.DEFAULTS.withThreshold(100).withFunctionTraces(true), "10405875 6765\n");
        assertTrue(e.compiled.contains("classify") && e.compiled.contains("fib"), "compiled " + e.compiled);
        assertTrue(e.expectedExits.getOrDefault("fib", 0) > 10000, "fib's calls return through its trace: "
                + e.expectedExits);
        assertTrue(e.bridges.size() >= 2, "classify's and fib's other branches: " + e.bridges.size() + " bridges");
        assertTrue(e.failedGuards.getOrDefault("classify", 0) < 500, "bridged, the other branch stops leaving: "
                + e.failedGuards);
        assertTrue(e.held.isEmpty(), "a lone hot exit's bridge is compiled at once: " + e.held.size() + " held");
    }

    @Test
    void aFunctionWithALoopGetsALoopTraceButNoFunctionTrace() {
        Events e = run("""
                def total(xs):
                    t = 0
                    for x in xs:
                        t += x
                    return t
                print(sum(map(total, [[i, 1, 2, 3, 4, 5, 6, 7, 8, 9] for i in range(3000)])))
                """, JitParams.DEFAULTS.withThreshold(100).withFunctionTraces(true), "4633500\n");
        assertTrue(e.compiled.contains("total"), "its loop is compiled: " + e.compiled);
        assertFalse(e.functionTraces.contains("total"), "function traces: " + e.functionTraces);
    }

    /** A loop calling twice a function whose short loop (two iterations) adds up that many float products. */
    private static Events runLoopCallingAShortLoopTwice(int terms, String expected) {
        StringBuilder sum = new StringBuilder("x * 1.5");
        for (int i = 2; i <= terms; i++) sum.append(" + x * ").append(i).append(".5");
        return run("""
                def big(x):
                    t = 0.0
                    for k in range(2):
                        t += %s
                    return t
                def run(n):
                    t = 0.0
                    for i in range(n):
                        t += big(i * 0.5) - big(i * 0.25)
                    return t
                print(run(3000))
                """.formatted(sum), JitParams.DEFAULTS.withThreshold(50).withFunctionTraces(true), expected);
    }

    @Test
    void aFunctionWithShortLoopsTooBigForItsCallersTraceGetsAFunctionTrace() {
        // Two calls of big inlined, its loop unrolled in each, are too big for one method: the caller's trace
        // calls it, and it is compiled from its entry with its loop unrolled once.
        Events big = runLoopCallingAShortLoopTwice(150, "25641450000.0\n");
        assertTrue(big.failed.stream().anyMatch(r -> r.endsWith("recording again with calls of big residual")),
                "failed: " + big.failed);
        assertEquals(List.of("big"), big.functionTraces);
        assertTrue(big.expectedExits.getOrDefault("big", 0) > 1000, "its calls return through its trace: "
                + big.expectedExits);
        // Small enough to inline, it is only part of its caller's trace.
        Events small = runLoopCallingAShortLoopTwice(3, "16869375.0\n");
        assertEquals(List.of("run"), small.compiled);
    }

    @Test
    void aSearchLoopTooLongToUnrollInACallersTraceGetsAFunctionTraceButALoopWithAnIfDoesNot() {
        // Unrolled 3 to 5 times in run's trace, each loop's test is copied too often: both calls stay residual.
        // span's loop has no branch but its test (a path per trip count): its function trace unrolls it.
        // span_checked's has an if in it too (paths multiply): it gets none.
        Events e = run("""
                class S:
                    def __init__(self):
                        self.knots = [0, 0, 0, 1, 2, 3, 4, 5, 6, 7, 7, 7]
                    def span(self, u):
                        k = 2
                        while self.knots[k + 1] <= u:
                            k += 1
                        return k
                    def span_checked(self, u):
                        k = 2
                        while self.knots[k + 1] <= u:
                            if k > 100:
                                k -= 1
                            k += 1
                        return k
                def run(n):
                    s = S()
                    t = 0
                    for i in range(n):
                        t += s.span(i % 3 + 3.5) * 10 + s.span_checked(i % 3 + 3.5)
                    return t
                print(run(3000))
                """, JitParams.DEFAULTS.withThreshold(50).withFunctionTraces(true), "198000\n");
        assertTrue(e.aborted.stream().anyMatch(r -> r.endsWith("calls of S.span stay residual")), "" + e.aborted);
        assertTrue(e.aborted.stream().anyMatch(r -> r.endsWith("calls of S.span_checked stay residual")),
                "" + e.aborted);
        assertEquals(List.of("S.span"), e.functionTraces);
    }

    @Test
    void aPythonIteratorsNextWithAShortSearchLoopGetsAFunctionTrace() {
        // The for loop's trace calls __next__ through the iteration protocol (residually); its search loop,
        // an if in it, makes it no candidate as a plain function (Odds.skip, called as a method, gets none).
        Events e = run("""
                class Odds:
                    def __init__(self, limit):
                        self.n = 0
                        self.limit = limit
                    def __iter__(self):
                        return self
                    def __next__(self):
                        while True:
                            self.n += 1
                            if self.n > self.limit:
                                raise StopIteration
                            if self.n % 2 == 1:
                                return self.n
                    def skip(self):
                        while True:
                            self.n += 1
                            if self.n % 3 == 0:
                                return self.n
                def run(limit):
                    t = 0
                    for x in Odds(limit):
                        t += x
                    o = Odds(0)
                    for i in range(limit):
                        t += o.skip()
                    return t
                print(run(3000))
                """, JitParams.DEFAULTS.withThreshold(50).withFunctionTraces(true), "15754500\n");
        assertEquals(List.of("Odds.__next__"), e.functionTraces);
        assertTrue(e.expectedExits.getOrDefault("Odds.__next__", 0) > 1000, "its calls return through its trace: "
                + e.expectedExits);
    }

    @Test
    void aRareBranchInAShortInnerLoopKeepsItsFunctionInlinedButABranchOnDataDoesNot() {
        // fill's loop tests `letter > 26` at each of its four iterations, true once in 26: every copy in a
        // recording goes the same way, so run's trace inlines fill (one bridge per iteration that wraps
        // around). pick's loop branches on its data both ways in one call: its copies multiply paths, and its
        // calls stay residual.
        Events e = runLoops("""
                class Work:
                    def __init__(self):
                        self.letter = 0
                        self.data = [0] * 4
                    def fill(self):
                        for i in range(4):
                            self.letter += 1
                            if self.letter > 26:
                                self.letter = 1
                            self.data[i] = self.letter
                        return self.data[3]
                def pick(xs):
                    n = 0
                    for x in xs:
                        if x & 1:
                            n += x
                    return n
                def run(k):
                    w = Work()
                    t = 0
                    xs = [1, 2, 3, 4]
                    for i in range(k):
                        t += w.fill() + pick(xs)
                    return t
                print(run(3000))
                """, JitParams.DEFAULTS.withThreshold(50), "53976\n");
        assertFalse(e.aborted.stream().anyMatch(r -> r.contains("Work.fill")), "" + e.aborted);
        assertTrue(e.aborted.stream().anyMatch(r -> r.endsWith("calls of pick stay residual")), "" + e.aborted);
        // (fill's own loop is compiled first, and left at each call until run's trace is installed.)
        assertTrue(e.expectedExits.getOrDefault("Work.fill", 0) < 500, "fill's loop runs in run's trace: "
                + e.expectedExits);
    }

    @Test
    void theOuterLoopsEndInABridgeAroundItGetsABridgeToTheReturn() {
        // The inner loop's end gets a bridge around the outer loop back to the inner header; in it, the outer
        // loop's own end (`while first != 0`) is taken at every call and leads to the return. Its bridge ends
        // there (a RETURN) rather than being given up as "the loop's function returned".
        Events e = runLoops("""
                def count_flips(perm):
                    flips = 0
                    first = perm[0]
                    while first != 0:
                        i = 0
                        j = first
                        while i < j:
                            perm[i], perm[j] = perm[j], perm[i]
                            i += 1
                            j -= 1
                        flips += 1
                        first = perm[0]
                    return flips
                total = 0
                for k in range(3000):
                    total += count_flips([k % 5, 3, 4, 0, 1, 2])
                print(total)
                """, JitParams.DEFAULTS.withThreshold(50), "4800\n");
        assertFalse(e.aborted.stream().anyMatch(r -> r.contains("the loop's function returned")), "" + e.aborted);
        assertTrue(e.bridges.stream().anyMatch(b -> b.leaves() && b.guard().expectedExit), "bridges: " + e.bridges);
    }

    @Test
    void aLoopWhoseRecordingReachesTheReturnIsRecordedAgainAtItsNextBackEdge() {
        // Nine back edges per call, then the tenth iteration returns. Counted from a threshold of 45 (and backing
        // off by multiples of it), the recording always started at the ninth back edge of a call, recorded the
        // returning iteration, and the loop was blacklisted after 8 tries.
        Events e = runLoops("""
                def first_negative(xs):
                    for x in xs:
                        if x < 0:
                            return x
                    return 0
                data = [0] * 9 + [-1]
                t = 0
                for i in range(3000):
                    t += first_negative(data)
                print(t)
                """, JitParams.DEFAULTS.withThreshold(45), "-3000\n");
        assertTrue(e.compiled.contains("first_negative"), "compiled " + e.compiled + ", aborted " + e.aborted);
        assertTrue(e.blacklisted.isEmpty(), "blacklisted " + e.blacklisted);
    }

    private static final String SIX_IFS = """
            def paths(i):
                r = 0
                if i & 1: r += 1
                if i & 2: r += 2
                if i & 4: r += 4
                if i & 8: r += 8
                if i & 16: r += 16
                if i & 32: r += 32
                return r
            print(sum(map(paths, range(50000))))
            """;

    @Test
    void independentBranchesCostABridgeEachThatMergesBack() {
        Events e = run(SIX_IFS, JitParams.DEFAULTS.withThreshold(100).withFunctionTraces(true), "1574616\n");
        assertEquals(List.of("paths"), e.functionTraces, "compiled once, not again and again");
        assertTrue(e.bridges.size() <= 6, "one per if, not one per path: " + e.bridges.size() + " bridges");
        assertTrue(e.bridges.stream().allMatch(Bridge::merges), "every bridge merges back");
        assertFalse(e.blacklisted.contains("paths"), "blacklisted: " + e.blacklisted);
    }

    @Test
    void branchesThatGoHotTogetherAreCompiledInTogether() {
        // Each if goes the other way in every second call: their exits go hot at about the same time, and
        // the bridges wait for each other rather than recompiling the function once each.
        Events e = run(SIX_IFS, JitParams.DEFAULTS.withThreshold(100).withFunctionTraces(true), "1574616\n");
        assertTrue(e.bridges.size() >= 3, e.bridges.size() + " bridges");
        assertFalse(e.held.isEmpty(), "no bridge waited for another");
        assertTrue(e.recompiles < e.bridges.size(), e.recompiles + " recompiles for " + e.bridges.size() + " bridges");
        assertTrue(e.bridges.containsAll(e.held), "every held bridge is compiled in");
        assertTrue(e.failedGuards.getOrDefault("paths", 0) < 5000, "most of the 50,000 calls stay compiled: "
                + e.failedGuards);
    }

    @Test
    void withoutMergePointsAFunctionsHotPathsPastItsBridgeBudgetBecomeSideTracesThatReturn() {
        // 64 paths, one per call pattern of the six ifs: the first few bridges are compiled into the function's
        // trace (each a recompile), the others are side traces, which end where the function returns.
        Events e = run(SIX_IFS, JitParams.DEFAULTS.withThreshold(100).withFunctionTraces(true).withMergePoints(false),
                "1574616\n");
        assertEquals(List.of("paths"), e.functionTraces, "compiled once, not again and again");
        assertTrue(e.bridges.size() <= 2 * JitParams.DEFAULTS.inlineBridges(), e.bridges.size() + " bridges");
        assertTrue(e.sideTraces.size() >= 8, "side traces: " + e.sideTraces);
        assertTrue(e.sideTraces.contains("from a side trace"), "a side trace of a side trace: " + e.sideTraces);
        assertTrue(e.blacklisted.isEmpty(), "blacklisted: " + e.blacklisted);
        // The calls that take a side trace return through it (an expected exit of the side trace), and most
        // of the 50,000 calls run compiled code to their return rather than failing a guard to the interpreter.
        int failed = e.failedGuards.getOrDefault("paths", 0);
        int returned = e.expectedExits.getOrDefault("paths", 0);
        assertTrue(failed < 25000 && returned > 25000, failed + " failed guards, " + returned + " returns");
    }

    @Test
    void anExitThatGetsHotWhileAnotherLoopIsRecordedGetsItsBridgeRightAfter() {
        // step's trace is compiled for x >= 0. With a threshold of 100 the loop over j is recorded in its 101st
        // iteration (j == 100), the first whose calls (residual, through map) take step's other path: its
        // exit gets hot there, while the recording is under way, and bridges at its first failure after it;
        // it used to count from zero again and take 49 more (300 in all).
        Events e = run("""
                def step(x):
                    if x >= 0:
                        return x + 1
                    return x - 1
                t = sum(map(step, range(300)))
                for j in range(130):
                    t += sum(map(step, range(-1, -251, -1) if j >= 100 else range(3)))
                print(t)
                """, JitParams.DEFAULTS.withThreshold(100).withFunctionTraces(true), "-903000\n");
        assertEquals(List.of("step", "<module>"), e.compiled, "compiled: " + e.compiled);
        assertEquals(1, e.bridges.size(), "step's other path is bridged");
        assertEquals(251, e.failedGuards.get("step"), "step's guard failed in the recorded iteration, then once");
    }

    @Test
    void functionTracesCanBeTurnedOff() {
        Events e = run("""
                def sq(x):
                    return x * x
                t = 0
                for i in range(3000):
                    t += sq(i)
                print(t)
                """, JitParams.DEFAULTS.withThreshold(100).withFunctionTraces(false), "8995500500\n");
        assertFalse(e.compiled.contains("sq"), "compiled " + e.compiled);
    }

    @Test
    void aLoopThatKeepsAbortingIsBlacklisted() {
        // A with statement is not traced: every recording of this loop aborts.
        Events e = runLoops("""
                class Ctx:
                    def __enter__(self): return self
                    def __exit__(self, *a): return False
                def f():
                    n = 0
                    for i in range(200000):
                        with Ctx():
                            n += 1
                    return n
                print(f())
                """, JitParams.DEFAULTS.withThreshold(10), "200000\n");
        assertEquals(List.of("f"), e.blacklisted);
        assertEquals(JitParams.DEFAULTS.blacklistAfter(), e.aborted.size(), "no recording after the blacklisting");
        assertTrue(e.compiled.isEmpty());
    }

    @Test
    void aLoopOfFewIterationsPerRunIsNotCompiledAlone() {
        Events e = runLoops("""
                def small(xs):
                    t = 0
                    for x in xs:
                        t += x
                    return t
                def main():
                    s = 0
                    data = [1, 2]
                    for i in range(20000):
                        s += small(data)
                    print(s)
                main()
                """, JitParams.DEFAULTS, "60000\n");
        assertEquals(List.of("small"), e.tooShort);
        assertTrue(!e.compiled.contains("small"), "compiled " + e.compiled);
        assertTrue(e.compiled.contains("main"), "the outer loop is compiled: " + e.compiled);
    }

    @Test
    void anExitInsideAnInlinedCallGetsABridge() {
        // step() is inlined with the branch the first iterations took; the other one fails a guard inside it.
        Events e = runLoops("""
                def step(x):
                    if x % 3 == 0:
                        return x * 2
                    return x + 1
                def total(n):
                    t = 0
                    for k in range(n):
                        t += step(k)
                    return t
                print(total(30000))
                """, JitParams.DEFAULTS.withThreshold(50), "599990000\n");
        assertTrue(e.bridges.stream().anyMatch(b -> b.guard().snapshot().frames().size() > 1),
                "a bridge from inside the inlined step(): " + e.bridges.size() + " bridges");
        assertTrue(e.blacklisted.isEmpty(), "blacklisted " + e.blacklisted);
    }

    @Test
    void bridgesPastTheInlineBudgetAreSideTracesAndTheLoopIsNotRecompiled() {
        // Eight receiver classes: the loop's trace takes A's path, the next four paths are compiled into the
        // loop (each a recompile), the rest become side traces, each hanging off the previous one's class guard.
        Events e = runLoops("""
                class A:
                    def v(self, x): return x + 1
                class B:
                    def v(self, x): return x * 2
                class C:
                    def v(self, x): return x - 3
                class D:
                    def v(self, x): return x // 2
                class E:
                    def v(self, x): return -x
                class F:
                    def v(self, x): return x % 7
                class G:
                    def v(self, x): return x ^ 5
                class H:
                    def v(self, x): return x + 100
                def run(objs, n):
                    t = 0
                    for i in range(n):
                        t += objs[i % len(objs)].v(i)
                    return t
                print(run([A(), B(), C(), D(), E(), F(), G(), H()], 40000))
                """, JitParams.DEFAULTS.withThreshold(50), "550450005\n");
        assertEquals(List.of("run"), e.compiled, "one compile of the loop");
        assertEquals(JitParams.DEFAULTS.inlineBridges(), e.bridges.size(), "recompiles with a bridge");
        assertTrue(e.sideTraces.size() >= 2, "side traces: " + e.sideTraces);
        assertTrue(e.sideTraces.contains("from a side trace"), "a side trace of a side trace: " + e.sideTraces);
        // Linked to their exits, the side traces run inside the compiled code: of the 15,000 calls on F, G
        // and H, only those before their side traces were compiled leave to the JIT.
        int failed = e.failedGuards.getOrDefault("run", 0);
        assertTrue(failed < 1500, failed + " failed guards came back to the JIT");
    }

    @Test
    void anInnerLoopThatBranchesOnDataIsNotUnrolled() {
        // Unrolled, the 6-iteration inner loop would copy its `is None` test six times: 64 paths, each a bridge.
        Events e = runLoops("""
                def count(rows):
                    nones = 0
                    for row in rows:
                        for x in row:
                            if x is None:
                                nones += 1
                    return nones
                rows = [[None if (i * 7 + j * 3) % 5 == 0 else j for j in range(6)] for i in range(3000)]
                print(count(rows))
                """, JitParams.DEFAULTS.withThreshold(50), "3600\n");
        assertTrue(e.aborted.stream().anyMatch(r -> r.contains("branches on data")), "aborts: " + e.aborted);
        assertTrue(e.bridges.size() + e.sideTraces.size() < 10, e.bridges.size() + " bridges, " + e.sideTraces);
    }

    /**
     * A loop calling big(x), a sum of that many float products: inlined, its trace grows with them, by some 12
     * bytes of bytecode per recorded op.
     */
    private static Events runLoopCallingABigFloatSum(int terms, String expected) {
        StringBuilder sum = new StringBuilder("x * 1.5");
        for (int i = 2; i < terms; i++) sum.append(" + x * ").append(i).append(".5");
        return runLoopCallingBig(sum, "i * 0.5", expected);
    }

    /**
     * The same with int products: each addition and product is checked for overflow, and each check leaves the
     * trace with the partial sum on the stack, which makes the trace grow by some 80 bytes per recorded op.
     */
    private static Events runLoopCallingABigIntSum(int terms, String expected) {
        StringBuilder sum = new StringBuilder("x * 2");
        for (int i = 3; i < terms + 2; i++) sum.append(" + x * ").append(i);
        return runLoopCallingBig(sum, "i", expected);
    }

    private static Events runLoopCallingBig(CharSequence sum, String argument, String expected) {
        return runLoops("def big(x):\n    return " + sum + """

                def run(n):
                    t = 0
                    for i in range(n):
                        t += big(%s)
                    return t
                print(run(3000))
                """.formatted(argument), JitParams.DEFAULTS.withThreshold(50), expected);
    }

    @Test
    void aTraceTooBigToCompileIsRecordedAgainWithItsCallsResidual() {
        // big() inlined makes the loop method about 13 KB, over the 8000-byte limit; called, the loop fits.
        Events e = runLoopCallingABigIntSum(80, "14935020000\n");
        assertEquals(List.of("run"), e.compiled);
        assertEquals(1, e.failed.size(), "one failed compile, then one with the call residual: " + e.failed);
        assertTrue(e.failed.get(0).matches("codegen: loop method is \\d+ bytes, over the 8000-byte limit; "
                + "recording again with calls of big residual"), e.failed.get(0));
    }

    @Test
    void aRecordingFarTooBigForAMethodIsCutBeforeItIsOptimized() {
        // big() inlined records some 1,000 ops: no loop that big has ever fit 8000 bytes, so the recording is
        // not optimized and written only to fail; it is recorded again at once with less inlined.
        Events e = runLoopCallingABigFloatSum(500, "281155125375.0\n");
        assertEquals(List.of("run"), e.compiled);
        assertEquals(1, e.failed.size(), e.failed.toString());
        assertTrue(e.failed.get(0).matches("codegen: recorded \\d+ ops: over the 8000-byte limit at the fewest "
                + "bytes per op; recording again with calls inlined 0 deep"), e.failed.get(0));
    }

    @Test
    void anInnerLoopsEndGetsASideTraceThatRunsTheOuterLoopBackToIt() {
        // The outer loop is not traced (the inner loop's `is None` test would be copied 20 times): the inner
        // loop is compiled, and its end, taken 3000 times, gets a side trace through the outer loop's body.
        Events e = runLoops("""
                def count(rows):
                    nones = 0
                    sizes = 0
                    for row in rows:
                        for x in row:
                            if x is None:
                                nones += 1
                        sizes += len(row)
                    return nones, sizes
                rows = [[None if (i + j) % 7 == 0 else j for j in range(20)] for i in range(3000)]
                print(count(rows))
                """, JitParams.DEFAULTS.withThreshold(50), "(8571, 60000)\n");
        assertTrue(e.sideTraces.contains("from the loop's end"), "side traces: " + e.sideTraces);
        // The side trace is linked to the inner loop's end: the 3000 rows do not each leave to the JIT.
        int ends = e.expectedExits.getOrDefault("count", 0);
        assertTrue(ends < 500, ends + " ends of the inner loop came back to the JIT");
    }

    @Test
    void aShortInnerLoopsEndIsCompiledIntoTheLoop() {
        // As above, with rows of 6: the inner loop's end is taken every few iterations, so the bridge from it
        // is compiled into the inner loop (one JVM loop nest), not a side trace entered and left every time.
        Events e = runLoops("""
                def count(rows):
                    nones = 0
                    sizes = 0
                    for row in rows:
                        for x in row:
                            if x is None:
                                nones += 1
                        sizes += len(row)
                    return nones, sizes
                rows = [[None if (i + j) % 7 == 0 else j for j in range(6)] for i in range(3000)]
                print(count(rows))
                """, JitParams.DEFAULTS.withThreshold(50), "(2571, 18000)\n");
        assertTrue(e.bridges.stream().anyMatch(b -> b.guard().expectedExit), "bridges: " + e.bridges);
        assertFalse(e.sideTraces.contains("from the loop's end"), "side traces: " + e.sideTraces);
        int ends = e.expectedExits.getOrDefault("count", 0);
        assertTrue(ends < 500, ends + " ends of the inner loop came back to the JIT");
    }

    @Test
    void aCompiledLoopIsEnteredFromBeforeItsFirstIteration() {
        // Calls stay residual: f's loop runs on its own, 0 or 9 iterations per call. Entered at back edges only,
        // its compiled code would run in the 1500 calls of 9 iterations; entered at its LOOP_ENTRY, in all 3000.
        // g's `i` is a float when the loop is reached and an int at every back edge, which its trace guards at
        // the header: after one failure there, g's loop is entered at its back edges only.
        Events e = runLoops("""
                def f(n):
                    t = 0
                    for i in range(n):
                        t += i
                    return t
                def g(n):
                    i = 0.0
                    while i < n:
                        i = int(i) + 1
                    return i
                total = 0
                for k in range(3000):
                    total += f(0 if k % 2 else 9)
                    total += g(9)
                print(total)
                """, JitParams.DEFAULTS.withThreshold(50).with("inlineDepth", 0), "81000\n");
        int fRuns = e.expectedExits.getOrDefault("f", 0);
        assertTrue(fRuns > 2500, fRuns + " runs of f's compiled loop, of 3000 calls");
        assertTrue(e.failedGuards.getOrDefault("g", 0) <= 1, "g's guards failed: " + e.failedGuards);
        assertTrue(e.expectedExits.getOrDefault("g", 0) > 2500, "g's loop: " + e.expectedExits);
    }

    @Test
    void aBranchTheFirstIterationTakesTheOtherWayKeepsTheEntryBeforeTheLoop() {
        // One call in 100 takes h's if the other way in the first iteration, a guard in the loop's peeled
        // iteration: data, not a type that differs before the loop, so h's loop is still entered at its
        // LOOP_ENTRY, and runs compiled in the calls of 0 iterations too (at back edges only: 1,500 runs).
        Events e = runLoops("""
                def h(n, flip):
                    t = 0
                    for i in range(n):
                        if i == flip:
                            t -= 1
                        else:
                            t += i
                    return t
                total = 0
                for k in range(3000):
                    total += h(0 if k % 2 else 20, 0 if k % 100 == 2 else -1)
                print(total)
                """, JitParams.DEFAULTS.withThreshold(50).with("inlineDepth", 0), "284970\n");
        int hRuns = e.expectedExits.getOrDefault("h", 0);
        assertTrue(hRuns > 2500, hRuns + " runs of h's compiled loop, of 3000 calls");
    }

    @Test
    void anInnerLoopUnrolledForShortRunsRunsAloneWhenItsRunsGetLong() {
        // The first 100 runs of the inner loop are 2 iterations long: too short to compile alone, it is unrolled
        // into the outer loop's trace. The next 300 runs are 300 iterations long: the outer trace's exit after
        // the unrolled copies fails, the inner loop is compiled alone, and its end gets a side trace through the
        // outer loop's body: the outer trace's exit stops failing.
        Events e = runLoops("""
                def count(limit, ps):
                    counts = [0] * (limit + 1)
                    for p in ps:
                        for q in range(p, limit + 1, p):
                            counts[q] += 1
                    return sum(counts)
                print(count(3000, [1500] * 100 + [10] * 300))
                """, JitParams.DEFAULTS.withThreshold(50), "90200\n");
        assertEquals(List.of("count", "count"), e.compiled, "the outer loop, then the inner one");
        assertTrue(e.sideTraces.contains("from the loop's end"), "side traces: " + e.sideTraces);
        int failed = e.failedGuards.getOrDefault("count", 0);
        assertTrue(failed < 100, failed + " failed guards of 300 long runs");
    }
}
