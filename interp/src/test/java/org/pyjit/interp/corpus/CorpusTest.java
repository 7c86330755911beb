package org.pyjit.interp.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every corpus program, run by the interpreter, prints exactly what CPython 3.11 printed. */
class CorpusTest {
    @TestFactory
    Stream<DynamicTest> programsPrintWhatCPythonPrints() throws IOException {
        return CorpusPrograms.testPrograms().stream().map(p -> DynamicTest.dynamicTest(
                CorpusPrograms.TESTS.relativize(p).toString(), () -> check(p)));
    }

    private static void check(Path program) throws IOException {
        CorpusPrograms.Outcome want = CorpusPrograms.expected(program);
        CorpusPrograms.Outcome got = CorpusPrograms.run(program);
        assertEquals(want.stdout(), got.stdout(), "stdout of " + program);
        assertEquals(want.stderr(), got.stderr(), "stderr of " + program);
        assertEquals(want.status(), got.status(), "exit status of " + program);
    }
}
