package org.pyjit.interp.runtime.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.pyjit.interp.runtime.format.TestValues.outcome;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Tests of {@link FormatSpec} parsing: which field each part of a spec lands in, and the parse-time errors
 * (messages as CPython 3.11 prints them for format(5, spec)).
 */
class FormatSpecTest {
    static Stream<Arguments> fieldCases() {
        return Stream.of(
                Arguments.of("", new FormatSpec(-1, '\0', '\0', false, false, false, -1, '\0', -1, 0)),
                Arguments.of("*<10", new FormatSpec('*', '<', '\0', false, false, false, 10, '\0', -1, 0)),
                Arguments.of("<10", new FormatSpec(-1, '<', '\0', false, false, false, 10, '\0', -1, 0)),
                Arguments.of("<<", new FormatSpec('<', '<', '\0', false, false, false, -1, '\0', -1, 0)),
                Arguments.of("+z#010_.3f", new FormatSpec(-1, '\0', '+', true, true, true, 10, '_', 3, 'f')),
                Arguments.of("x<010", new FormatSpec('x', '<', '\0', false, false, false, 10, '\0', -1, 0)),
                Arguments.of("000", new FormatSpec(-1, '\0', '\0', false, false, true, 0, '\0', -1, 0)),
                Arguments.of(" ,", new FormatSpec(-1, '\0', ' ', false, false, false, -1, ',', -1, 0)),
                Arguments.of("\ud83d\ude00^7", new FormatSpec(0x1f600, '^', '\0', false, false, false, 7, '\0', -1, 0)),
                Arguments.of(".0", new FormatSpec(-1, '\0', '\0', false, false, false, -1, '\0', 0, 0)),
                Arguments.of("\u0665", new FormatSpec(-1, '\0', '\0', false, false, false, 5, '\0', -1, 0)),
                Arguments.of("=+08,d", new FormatSpec(-1, '=', '+', false, false, true, 8, ',', -1, 'd')),
                Arguments.of("\ud83d\ude00", new FormatSpec(-1, '\0', '\0', false, false, false, -1, '\0', -1, 0x1f600)));
    }

    @ParameterizedTest(name = "parse({0})")
    @MethodSource("fieldCases")
    void parsesFields(String spec, FormatSpec expected) {
        assertEquals(expected, FormatSpec.parse(spec, "int"));
    }

    static Stream<Arguments> errorCases() {
        return Stream.of(
                Arguments.of("abc", "ValueError: Invalid format specifier 'abc' for object of type 'int'"),
                Arguments.of(".", "ValueError: Format specifier missing precision"),
                Arguments.of("5.", "ValueError: Format specifier missing precision"),
                Arguments.of(",_", "ValueError: Cannot specify both ',' and '_'."),
                Arguments.of("_,", "ValueError: Cannot specify both ',' and '_'."),
                Arguments.of(",,d", "ValueError: Invalid format specifier ',,d' for object of type 'int'"),
                Arguments.of("99999999999999999999", "ValueError: Too many decimal digits in format string"),
                Arguments.of(".99999999999999999999", "ValueError: Too many decimal digits in format string"));
    }

    @ParameterizedTest(name = "parse({0}) fails")
    @MethodSource("errorCases")
    void rejects(String spec, String expected) {
        assertEquals(expected, outcome(() -> FormatSpec.parse(spec, "int")));
    }

    @Test
    void groupingCheckDependsOnType() {
        FormatSpec comma = FormatSpec.parse(",", "int");
        comma.checkGrouping('d');
        comma.checkGrouping(0);
        assertEquals("ValueError: Cannot specify ',' with 'x'.", outcome(() -> {
            comma.checkGrouping('x');
            return null;
        }));
        FormatSpec underscore = FormatSpec.parse("_", "int");
        underscore.checkGrouping('x');
        assertEquals("ValueError: Cannot specify '_' with '\\x20'.", outcome(() -> {
            underscore.checkGrouping(' ');
            return null;
        }));
    }

    @Test
    void formatterRejectsOtherObjects() {
        assertThrows(IllegalArgumentException.class, () -> Formatter.format(new Object(), ""));
        assertThrows(IllegalArgumentException.class, () -> Formatter.format(new StringBuilder("x"), "5"));
    }
}
