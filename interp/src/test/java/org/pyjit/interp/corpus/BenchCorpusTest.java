package org.pyjit.interp.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every benchmark program, at its small size, prints what CPython 3.11 printed (bench/programs/expected). */
class BenchCorpusTest {
    @TestFactory
    Stream<DynamicTest> benchmarksPrintWhatCPythonPrints() throws IOException {
        List<String> lines = Files.readAllLines(CorpusPrograms.BENCH.resolve("manifest.txt")).stream()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        assertTrue(lines.size() >= 14, "manifest lists " + lines.size() + " programs");
        return lines.stream().map(line -> {
            String[] parts = line.split("\\s+");
            return DynamicTest.dynamicTest(parts[0], () -> check(parts[0], parts[1]));
        });
    }

    private static void check(String name, String smallArg) throws IOException {
        Path program = CorpusPrograms.BENCH.resolve(name + ".py");
        String expected = CorpusPrograms.read(CorpusPrograms.BENCH.resolve("expected").resolve(name + ".small.out"));
        CorpusPrograms.Outcome got = CorpusPrograms.run(program, smallArg);
        assertEquals("", got.stderr(), "stderr of " + name);
        assertEquals(0, got.status(), "exit status of " + name);
        assertEquals(expected, got.stdout(), "stdout of " + name);
    }
}
