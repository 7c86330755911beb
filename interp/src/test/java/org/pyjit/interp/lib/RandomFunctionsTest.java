package org.pyjit.interp.lib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.pyjit.interp.runtime.format.TestValues.outcome;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.StringJoiner;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pyjit.interp.runtime.format.FloatRepr;

/**
 * Tests of {@link RandomFunctions} against CPython 3.11's random module: each row seeds both generators
 * the same way and compares the sequence (or the error) python3 printed for randrange, randint, shuffle,
 * choice, uniform and gauss. (The gauss rows are ones where the JDK's and glibc's sin/cos/log agree; see
 * RandomFunctions.gauss.)
 */
class RandomFunctionsTest {
    static Stream<Arguments> randrangeCases() {
        return Stream.of(
                Arguments.of(new BigInteger("42"), 0L, 100L, 7L, 10, "70 7 0 77 28 21 21 14 77 7"),
                Arguments.of(new BigInteger("42"), 100L, 0L, -3L, 10, "79 97 49 55 58 76 82 85 19 94"),
                Arguments.of(new BigInteger("42"), -50L, 50L, 1L, 10, "31 -36 -47 44 -15 -19 -22 -33 44 -37"),
                Arguments.of(new BigInteger("42"), Long.MIN_VALUE, 9223372036854775807L, 1L, 5, "-7169676182496904803 4455820328218073809 -4705914644782886313 -6649351642382313762 -7332669813006180183"),
                Arguments.of(new BigInteger("42"), Long.MIN_VALUE, 9223372036854775807L, 3L, 5, "-6142828257640944425 -2447185946975078651 -5362341450150509414 -6387318702779653637 5866983397199553520"),
                Arguments.of(new BigInteger("42"), 9223372036854775806L, 9223372036854775807L, 1L, 3, "9223372036854775806 9223372036854775806 9223372036854775806"),
                Arguments.of(new BigInteger("42"), 0L, 10L, 20L, 3, "0 0 0"),
                Arguments.of(new BigInteger("42"), 10L, 0L, -20L, 3, "10 10 10"),
                Arguments.of(new BigInteger("12345"), 0L, 100L, 7L, 10, "42 77 0 91 91 84 28 91 35 98"),
                Arguments.of(new BigInteger("12345"), 100L, 0L, -3L, 10, "22 100 43 31 64 49 19 70 31 79"),
                Arguments.of(new BigInteger("12345"), -50L, 50L, 1L, 10, "3 43 -49 -12 -3 -26 -16 22 5 -30"),
                Arguments.of(new BigInteger("12345"), Long.MIN_VALUE, 9223372036854775807L, 1L, 5, "4292285838037326215 5906181104126816837 5586566799853403085 6551146165133617474 7965021731097164391"),
                Arguments.of(new BigInteger("12345"), Long.MIN_VALUE, 9223372036854775807L, 3L, 5, "-1745665957197816068 2847118812605692879 1099347888526139041 -1998981360001303583 8131732460014477420"),
                Arguments.of(new BigInteger("12345"), 9223372036854775806L, 9223372036854775807L, 1L, 3, "9223372036854775806 9223372036854775806 9223372036854775806"),
                Arguments.of(new BigInteger("12345"), 0L, 10L, 20L, 3, "0 0 0"),
                Arguments.of(new BigInteger("12345"), 10L, 0L, -20L, 3, "10 10 10"),
                Arguments.of(new BigInteger("1"), 10L, 5L, 1L, 1, "ValueError: empty range for randrange() (10, 5, -5)"),
                Arguments.of(new BigInteger("1"), 5L, 5L, 1L, 1, "ValueError: empty range for randrange() (5, 5, 0)"),
                Arguments.of(new BigInteger("1"), 0L, 10L, 0L, 1, "ValueError: zero step for randrange()"),
                Arguments.of(new BigInteger("1"), 10L, 0L, 1L, 1, "ValueError: empty range for randrange() (10, 0, -10)"),
                Arguments.of(new BigInteger("1"), 10L, 0L, 2L, 1, "ValueError: empty range for randrange()"),
                Arguments.of(new BigInteger("1"), 0L, 10L, -1L, 1, "ValueError: empty range for randrange()"),
                Arguments.of(new BigInteger("1"), 5L, 5L, 3L, 1, "ValueError: empty range for randrange()"),
                Arguments.of(new BigInteger("1"), 9223372036854775807L, Long.MIN_VALUE, 1L, 1, "ValueError: empty range for randrange() (9223372036854775807, -9223372036854775808, -18446744073709551615)"));
    }

    @ParameterizedTest(name = "seed({0}): randrange({1}, {2}, {3}) x{4}")
    @MethodSource("randrangeCases")
    void randrange(Object seed, long start, long stop, long step, int n, String expected) {
        MersenneTwister mt = seeded(seed);
        StringJoiner j = new StringJoiner(" ");
        for (int i = 0; i < n; i++) {
            String r = outcome(() -> RandomFunctions.randrange(mt, start, stop, step));
            j.add(r);
            if (r.contains("Error")) {
                break;
            }
        }
        assertEquals(expected, j.toString());
    }

    static Stream<Arguments> randrangeOneCases() {
        return Stream.of(
                Arguments.of(new BigInteger("42"), 10L, 10, "1 0 4 3 3 2 1 8 1 9"),
                Arguments.of(new BigInteger("42"), 1L, 5, "0 0 0 0 0"),
                Arguments.of(new BigInteger("42"), 4611686018427387904L, 5, "1026847926404610461 2258728696626565719 1287010195568088798 945351111358374057 293143515607798169"),
                Arguments.of(new BigInteger("42"), 9223372036854775807L, 5, "1026847926404610461 6839596180442651345 2258728696626565719 1287010195568088798 945351111358374057"),
                Arguments.of(new BigInteger("1"), 0L, 1, "ValueError: empty range for randrange()"),
                Arguments.of(new BigInteger("1"), -5L, 1, "ValueError: empty range for randrange()"));
    }

    @ParameterizedTest(name = "seed({0}): randrange({1}) x{2}")
    @MethodSource("randrangeOneCases")
    void randrangeOne(Object seed, long stop, int n, String expected) {
        MersenneTwister mt = seeded(seed);
        StringJoiner j = new StringJoiner(" ");
        for (int i = 0; i < n; i++) {
            String r = outcome(() -> RandomFunctions.randrange(mt, stop));
            j.add(r);
            if (r.contains("Error")) {
                break;
            }
        }
        assertEquals(expected, j.toString());
    }

    static Stream<Arguments> randrangeBigCases() {
        return Stream.of(
                Arguments.of(new BigInteger("42"), new BigInteger("-1267650600228229401496703205376"), new BigInteger("1267650600228229401496703205376"), new BigInteger("1"), 4, "-616140723001579736635668934057 -869149008509262282569874730599 835456337499763598678481097609 125914599945896515235402927072"),
                Arguments.of(new BigInteger("42"), new BigInteger("0"), new BigInteger("1606938044258990275541962092341162602522202993782792835301376"), new BigInteger("1125899906842625"), 4, "441955140640483392353547816655837906659843311491108444404125 164703324794848912287995944305937553752960192553109307866000 139705184315477959902860424786519619459077309275359558774125 150562334571708147434432859581395795457445897647851326571625"),
                Arguments.of(new BigInteger("42"), new BigInteger("1180591620717411303424"), new BigInteger("0"), new BigInteger("-3"), 4, "1174430533154337690409 777989808618410425615 1039730445418540981264 1101902136699112157893"),
                Arguments.of(new BigInteger("1"), new BigInteger("0"), new BigInteger("1180591620717411303424"), new BigInteger("0"), 1, "ValueError: zero step for randrange()"),
                Arguments.of(new BigInteger("1"), new BigInteger("1180591620717411303424"), new BigInteger("0"), new BigInteger("1"), 1, "ValueError: empty range for randrange() (1180591620717411303424, 0, -1180591620717411303424)"),
                Arguments.of(new BigInteger("1"), new BigInteger("1180591620717411303424"), new BigInteger("0"), new BigInteger("5"), 1, "ValueError: empty range for randrange()"));
    }

    @ParameterizedTest(name = "seed({0}): randrange({1}, {2}, {3}) x{4}")
    @MethodSource("randrangeBigCases")
    void randrangeBig(Object seed, BigInteger start, BigInteger stop, BigInteger step, int n, String expected) {
        MersenneTwister mt = seeded(seed);
        StringJoiner j = new StringJoiner(" ");
        for (int i = 0; i < n; i++) {
            String r = outcome(() -> RandomFunctions.randrange(mt, start, stop, step));
            j.add(r);
            if (r.contains("Error")) {
                break;
            }
        }
        assertEquals(expected, j.toString());
    }

    static Stream<Arguments> randintCases() {
        return Stream.of(
                Arguments.of(new BigInteger("12345"), 1L, 100L, 20, "54 94 2 39 48 25 35 73 56 21 48 16 56 34 72 81 23 79 71 24"),
                Arguments.of(new BigInteger("42"), 1L, 6L, 20, "6 1 1 6 3 2 2 2 6 1 6 6 5 1 5 4 1 1 1 2"),
                Arguments.of(new BigInteger("42"), Long.MIN_VALUE, 9223372036854775807L, 5, "-7169676182496904803 -4149976519821344517 836864915349561680 -1440288104464612247 -7494999844455396754"),
                Arguments.of(new BigInteger("42"), 9223372036854775806L, 9223372036854775807L, 5, "9223372036854775806 9223372036854775806 9223372036854775807 9223372036854775806 9223372036854775806"),
                Arguments.of(new BigInteger("1"), 5L, 1L, 1, "ValueError: empty range for randrange() (5, 2, -3)"),
                Arguments.of(new BigInteger("7"), 0L, 0L, 3, "0 0 0"));
    }

    @ParameterizedTest(name = "seed({0}): randint({1}, {2}) x{3}")
    @MethodSource("randintCases")
    void randint(Object seed, long a, long b, int n, String expected) {
        MersenneTwister mt = seeded(seed);
        StringJoiner j = new StringJoiner(" ");
        for (int i = 0; i < n; i++) {
            String r = outcome(() -> RandomFunctions.randint(mt, a, b));
            j.add(r);
            if (r.contains("Error")) {
                break;
            }
        }
        assertEquals(expected, j.toString());
    }

    static Stream<Arguments> shuffleCases() {
        return Stream.of(
                Arguments.of(new BigInteger("42"), 20, "[19, 5, 14, 4, 9, 13, 15, 18, 6, 12, 17, 10, 1, 11, 2, 16, 7, 8, 0, 3]"),
                Arguments.of(new BigInteger("12345"), 20, "[16, 18, 3, 8, 19, 10, 7, 14, 12, 1, 5, 2, 15, 17, 4, 6, 11, 9, 0, 13]"),
                Arguments.of(new BigInteger("42"), 1, "[0]"),
                Arguments.of(new BigInteger("42"), 0, "[]"),
                Arguments.of(new BigInteger("7"), 100, "[33, 25, 99, 84, 78, 81, 21, 93, 82, 1, 22, 0, 61, 73, 24, 49, 26, 44, 76, 79, 47, 2, 51, 38, 14, 48, 10, 32, 16, 94, 65, 69, 42, 59, 88, 98, 66, 91, 57, 29, 20, 87, 34, 60, 31, 13, 63, 3, 56, 86, 45, 62, 58, 23, 92, 40, 36, 67, 71, 80, 43, 52, 35, 39, 75, 18, 96, 37, 17, 5, 90, 95, 97, 77, 28, 15, 72, 89, 54, 70, 85, 30, 8, 53, 55, 11, 4, 27, 64, 7, 74, 46, 12, 68, 9, 6, 83, 50, 19, 41]"),
                Arguments.of("hello", 10, "[6, 4, 3, 9, 0, 2, 7, 1, 8, 5]"));
    }

    @ParameterizedTest(name = "seed({0}): shuffle(list(range({1})))")
    @MethodSource("shuffleCases")
    void shuffle(Object seed, int n, String expected) {
        MersenneTwister mt = seeded(seed);
        Object[] items = new Object[n + 3];
        for (int i = 0; i < n; i++) {
            items[i] = (long) i;
        }
        RandomFunctions.shuffle(mt, items, n);
        assertEquals(expected, Arrays.toString(Arrays.copyOf(items, n)));
    }

    static Stream<Arguments> choiceCases() {
        return Stream.of(
                Arguments.of(new BigInteger("42"), 10, 10, "1 0 4 3 3 2 1 8 1 9"),
                Arguments.of(new BigInteger("42"), 1, 3, "0 0 0"),
                Arguments.of(new BigInteger("12345"), 1000, 10, "426 750 10 839 845 822 305 875 377 954"),
                Arguments.of(new BigInteger("1"), 0, 1, "IndexError: Cannot choose from an empty sequence"));
    }

    @ParameterizedTest(name = "seed({0}): choice(range({1})) x{2}")
    @MethodSource("choiceCases")
    void choice(Object seed, int size, int n, String expected) {
        MersenneTwister mt = seeded(seed);
        StringJoiner j = new StringJoiner(" ");
        for (int i = 0; i < n; i++) {
            String r = outcome(() -> (long) RandomFunctions.choiceIndex(mt, size));
            j.add(r);
            if (r.contains("Error")) {
                break;
            }
        }
        assertEquals(expected, j.toString());
    }

    static Stream<Arguments> uniformCases() {
        return Stream.of(
                Arguments.of(new BigInteger("42"), -5.0, 10.0, 5, "4.591401976868257 -4.624838671659996 -0.8745602244632114 -1.6518389277676588 6.047068212460186"),
                Arguments.of(new BigInteger("42"), 0.0, 1.0, 5, "0.6394267984578837 0.025010755222666936 0.27502931836911926 0.22321073814882275 0.7364712141640124"),
                Arguments.of(new BigInteger("1"), 10.0, -10.0, 5, "7.312715117751976 -6.9486747387446535 -5.275492379532281 4.898619485211566 0.09129825816118142"));
    }

    @ParameterizedTest(name = "seed({0}): uniform({1}, {2}) x{3}")
    @MethodSource("uniformCases")
    void uniform(Object seed, double a, double b, int n, String expected) {
        MersenneTwister mt = seeded(seed);
        StringJoiner j = new StringJoiner(" ");
        for (int i = 0; i < n; i++) {
            String r = outcome(() -> FloatRepr.repr(RandomFunctions.uniform(mt, a, b)));
            j.add(r);
            if (r.contains("Error")) {
                break;
            }
        }
        assertEquals(expected, j.toString());
    }

    static Stream<Arguments> gaussCases() {
        return Stream.of(
                Arguments.of(new BigInteger("42"), 0.0, 1.0, 6, "-0.14409032957792836 -0.1729036003315193 -0.11131586156766246 0.7019837250988631 -0.12758828378288709 -1.4973534143409575"),
                Arguments.of(new BigInteger("1"), 10.0, 2.0, 5, "12.576369506310925 12.898891217399541 10.132671617876523 8.470912698056736 7.815653569791717"),
                Arguments.of(new BigInteger("7"), -1.0, 0.5, 6, "-1.1279401442238002 -0.744284243741743 -1.1130480823915523 -1.1575342111655926 -1.4650090951613837 -1.1066509737106018"));
    }

    @ParameterizedTest(name = "seed({0}): gauss({1}, {2}) x{3}")
    @MethodSource("gaussCases")
    void gauss(Object seed, double mu, double sigma, int n, String expected) {
        MersenneTwister mt = seeded(seed);
        StringJoiner j = new StringJoiner(" ");
        for (int i = 0; i < n; i++) {
            String r = outcome(() -> FloatRepr.repr(RandomFunctions.gauss(mt, mu, sigma)));
            j.add(r);
            if (r.contains("Error")) {
                break;
            }
        }
        assertEquals(expected, j.toString());
    }

    @Test
    void seedingForgetsTheSavedGaussValue() {
        MersenneTwister mt = seeded(new BigInteger("42"));
        RandomFunctions.gauss(mt, 0, 1);
        mt.seed(42L);
        MersenneTwister fresh = seeded(new BigInteger("42"));
        assertEquals(RandomFunctions.gauss(fresh, 0, 1), RandomFunctions.gauss(mt, 0, 1));
    }

    private static MersenneTwister seeded(Object seed) {
        MersenneTwister mt = new MersenneTwister();
        if (seed instanceof String s) {
            mt.seed(s);
        } else {
            mt.seed((BigInteger) seed);
        }
        return mt;
    }
}
