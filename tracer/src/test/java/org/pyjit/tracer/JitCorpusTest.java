package org.pyjit.tracer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.pyjit.interp.compile.CodeObject;
import org.pyjit.interp.corpus.CorpusPrograms;
import org.pyjit.interp.exec.Interpreter;
import org.pyjit.optimizer.ir.Trace;

/**
 * Every corpus and benchmark program, run with the JIT, prints exactly what CPython 3.11 printed (the
 * interpreter-only run is interp's CorpusTest). Three JIT modes: everything compiled at once (threshold 1,
 * so every guard and exit is exercised), the default threshold, and the deopt stress mode (threshold 1 and
 * every third, or every seventh, guard check failing on purpose, so every snapshot is used).
 */
class JitCorpusTest {
    private static final AtomicInteger COMPILED = new AtomicInteger();
    /**
     * Compile failures other than the size limit, and recordings a Java exception aborted: each is a bug in
     * the recorder, the optimizer or the code generator.
     */
    private static final List<String> BROKEN = java.util.Collections.synchronizedList(new java.util.ArrayList<>());

    private record Mode(String name, JitParams params) {}

    private static final List<Mode> MODES = List.of(
            new Mode("threshold-1", JitParams.DEFAULTS.withThreshold(1)),
            new Mode("default", JitParams.DEFAULTS),
            new Mode("stress", JitParams.DEFAULTS.withThreshold(1).withStressPeriod(3)),
            // A second period fails other guards: with period 3 alone, a wrong snapshot at a CALL_METHOD slipped by.
            new Mode("stress-7", JitParams.DEFAULTS.withThreshold(1).withStressPeriod(7)),
            // Function traces are on in the modes above (every function compiled at its first call, with
            // threshold 1); a period of 5 fails their guards at other places. Loops alone (--jit-functions=off)
            // inline more calls into loop traces: the calls function traces would run.
            new Mode("functions-stress", JitParams.DEFAULTS.withThreshold(1).withStressPeriod(5)),
            new Mode("loops-only", JitParams.DEFAULTS.withThreshold(1).withFunctionTraces(false)),
            // Merge points are on in the modes above; without them bridges run to the loop's end.
            new Mode("no-merges", JitParams.DEFAULTS.withThreshold(1).withMergePoints(false)));

    private static Consumer<Interpreter> jit(JitParams params) {
        return interp -> TracingJit.attach(interp, params).addListener(new JitEvents() {
            @Override
            public void traceCompiled(Trace t, String cls, String method, int size, long nanos) {
                COMPILED.incrementAndGet();
            }

            @Override
            public void compileFailed(Trace t, String reason) {
                if (!reason.contains("-byte limit")) BROKEN.add(t.code.filename + ":" + t.line() + ": " + reason);
            }

            @Override
            public void recordingAborted(CodeObject code, int headerPc, String reason) {
                // A Java exception in the recorder aborts the recording: the output stays right, the loop slow.
                if (reason.contains("recorder error")) BROKEN.add(code.filename + " " + code.qualname + ": " + reason);
            }
        });
    }

    @TestFactory
    Stream<DynamicNode> corpusPrintsWhatCPythonPrints() throws IOException {
        List<Path> programs = CorpusPrograms.testPrograms();
        return MODES.stream().map(m -> DynamicContainer.dynamicContainer(m.name(), programs.stream().map(p ->
                DynamicTest.dynamicTest(CorpusPrograms.TESTS.relativize(p).toString(), () -> check(p, m)))));
    }

    private static void check(Path program, Mode mode) throws IOException {
        CorpusPrograms.Outcome want = CorpusPrograms.expected(program);
        CorpusPrograms.Outcome got = CorpusPrograms.run(program, jit(mode.params()));
        assertEquals(want.stdout(), got.stdout(), "stdout of " + program + " (" + mode.name() + ")");
        assertEquals(want.stderr(), got.stderr(), "stderr of " + program + " (" + mode.name() + ")");
        assertEquals(want.status(), got.status(), "exit status of " + program + " (" + mode.name() + ")");
    }

    @TestFactory
    Stream<DynamicNode> benchmarksPrintWhatCPythonPrints() throws IOException {
        List<String[]> lines = Files.readAllLines(CorpusPrograms.BENCH.resolve("manifest.txt")).stream()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).map(l -> l.split("\\s+")).toList();
        return MODES.stream().map(m -> DynamicContainer.dynamicContainer(m.name(), lines.stream().map(parts ->
                DynamicTest.dynamicTest(parts[0], () -> checkBench(parts[0], parts[1], m)))));
    }

    private static void checkBench(String name, String smallArg, Mode mode) throws IOException {
        Path program = CorpusPrograms.BENCH.resolve(name + ".py");
        String expected = CorpusPrograms.read(CorpusPrograms.BENCH.resolve("expected").resolve(name + ".small.out"));
        CorpusPrograms.Outcome got = CorpusPrograms.run(program, jit(mode.params()), smallArg);
        assertEquals("", got.stderr(), "stderr of " + name + " (" + mode.name() + ")");
        assertEquals(0, got.status(), "exit status of " + name + " (" + mode.name() + ")");
        assertEquals(expected, got.stdout(), "stdout of " + name + " (" + mode.name() + ")");
    }

    /**
     * The JIT must actually have compiled loops over the corpus, or the modes above tested nothing; and no
     * compile may have failed for a reason other than the method size limit, nor a recording for a Java
     * exception (the program's output would not show it: the loop just stays interpreted).
     */
    @AfterAll
    static void loopsWereCompiled() {
        assertTrue(COMPILED.get() > 500, "only " + COMPILED.get() + " loops were compiled over the corpus");
        assertEquals(List.of(), BROKEN.stream().distinct().limit(20).toList(), "compiles that failed");
    }
}
