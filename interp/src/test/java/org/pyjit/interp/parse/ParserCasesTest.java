package org.pyjit.interp.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compares the parser with CPython 3.11 on the cases of ast_cases.txt (valid sources: the whole AST with every
 * position) and error_cases.txt (syntax errors: kind, message, line, offset, end line, end offset and whether
 * the input is just incomplete). The expected results were produced by gen_cases.py.
 */
class ParserCasesTest {
    static Stream<Arguments> astCases() { return cases("ast_cases.txt"); }

    static Stream<Arguments> errorCases() { return cases("error_cases.txt"); }

    private static Stream<Arguments> cases(String file) {
        return CaseFiles.read(file, 2).stream()
                .map(c -> Arguments.of(c.name(), CaseFiles.unescape(c.lines().get(0)), c.lines().get(1)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("astCases")
    void astMatchesCPython(String name, String source, String expected) {
        assertEquals(expected, ParseProbe.probe(source), name);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("errorCases")
    void errorMatchesCPython(String name, String source, String expected) {
        assertEquals(expected, ParseProbe.probe(source), name);
    }
}
