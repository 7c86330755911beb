package org.pyjit.interp.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** format() against what python3 prints to stderr when running each source of format_cases.txt as x.py. */
class FormatCasesTest {
    static Stream<Arguments> formatCases() {
        return CaseFiles.read("format_cases.txt", 2).stream()
                .map(c -> Arguments.of(c.name(), CaseFiles.unescape(c.lines().get(0)),
                        CaseFiles.unescape(c.lines().get(1))));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("formatCases")
    void formatMatchesCPython(String name, String source, String expected) {
        try {
            Parser.parse(source, "x.py");
            fail(name + ": expected a syntax error");
        } catch (PySyntaxError e) {
            assertEquals(expected, e.format(), name);
        }
    }
}
