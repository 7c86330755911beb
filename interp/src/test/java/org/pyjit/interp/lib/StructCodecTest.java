package org.pyjit.interp.lib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.pyjit.interp.runtime.format.TestValues.NONE;
import static org.pyjit.interp.runtime.format.TestValues.big;
import static org.pyjit.interp.runtime.format.TestValues.bytes;
import static org.pyjit.interp.runtime.format.TestValues.list;
import static org.pyjit.interp.runtime.format.TestValues.outcome;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pyjit.interp.runtime.format.TestValues;

/**
 * Table-driven tests of {@link StructCodec}; every expected value (the repr of the packed bytes or
 * unpacked tuple, or "ExceptionType: message") was printed by CPython 3.11 on x86-64 Linux, where native
 * order is little-endian and the native 'l', 'n', 'P' are 8 bytes. The many different range-error messages
 * are CPython's own.
 */
class StructCodecTest {
    static Stream<Arguments> packCases() {
        return Stream.of(
                Arguments.of("h", new Object[] {40000L}, "struct.error: short format requires -32768 <= number <= 32767"),
                Arguments.of("<h", new Object[] {40000L}, "struct.error: short format requires -32768 <= number <= 32767"),
                Arguments.of(">h", new Object[] {40000L}, "struct.error: 'h' format requires -32768 <= number <= 32767"),
                Arguments.of("b", new Object[] {200L}, "struct.error: byte format requires -128 <= number <= 127"),
                Arguments.of("B", new Object[] {-1L}, "struct.error: ubyte format requires 0 <= number <= 255"),
                Arguments.of("<B", new Object[] {256L}, "struct.error: ubyte format requires 0 <= number <= 255"),
                Arguments.of("H", new Object[] {-1L}, "struct.error: ushort format requires 0 <= number <= 65535"),
                Arguments.of(">H", new Object[] {-1L}, "struct.error: argument out of range"),
                Arguments.of(">H", new Object[] {65536L}, "struct.error: 'H' format requires 0 <= number <= 65535"),
                Arguments.of("i", new Object[] {2147483648L}, "struct.error: 'i' format requires -2147483648 <= number <= 2147483647"),
                Arguments.of("I", new Object[] {-1L}, "struct.error: argument out of range"),
                Arguments.of("I", new Object[] {4294967296L}, "struct.error: 'I' format requires 0 <= number <= 4294967295"),
                Arguments.of("l", new Object[] {big("9223372036854775808")}, "struct.error: argument out of range"),
                Arguments.of("<l", new Object[] {2147483648L}, "struct.error: 'l' format requires -2147483648 <= number <= 2147483647"),
                Arguments.of("L", new Object[] {-1L}, "struct.error: argument out of range"),
                Arguments.of("<L", new Object[] {4294967296L}, "struct.error: 'L' format requires 0 <= number <= 4294967295"),
                Arguments.of("q", new Object[] {big("9223372036854775808")}, "struct.error: argument out of range"),
                Arguments.of("<q", new Object[] {big("9223372036854775808")}, "struct.error: argument out of range"),
                Arguments.of(">q", new Object[] {big("9223372036854775808")}, "struct.error: int too large to convert"),
                Arguments.of("Q", new Object[] {-1L}, "struct.error: argument out of range"),
                Arguments.of(">Q", new Object[] {-1L}, "struct.error: int too large to convert"),
                Arguments.of("<Q", new Object[] {big("18446744073709551616")}, "struct.error: argument out of range"),
                Arguments.of("n", new Object[] {big("9223372036854775808")}, "struct.error: argument out of range"),
                Arguments.of("N", new Object[] {-1L}, "struct.error: argument out of range"),
                Arguments.of("P", new Object[] {-1L}, "b'\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff'"),
                Arguments.of("P", new Object[] {big("18446744073709551616")}, "struct.error: int too large to convert"),
                Arguments.of("P", new Object[] {big("18446744073709551615")}, "b'\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff'"),
                Arguments.of("h", new Object[] {1.0}, "struct.error: required argument is not an integer"),
                Arguments.of("d", new Object[] {"x"}, "struct.error: required argument is not a float"),
                Arguments.of("d", new Object[] {NONE}, "struct.error: required argument is not a float"),
                Arguments.of("f", new Object[] {1e+300}, "b'\\x00\\x00\\x80\\x7f'"),
                Arguments.of("<f", new Object[] {1e+300}, "OverflowError: float too large to pack with f format"),
                Arguments.of("e", new Object[] {1e+300}, "OverflowError: float too large to pack with e format"),
                Arguments.of("=e", new Object[] {big("1267650600228229401496703205376")}, "struct.error: int too large to convert"),
                Arguments.of("<f", new Object[] {big("1606938044258990275541962092341162602522202993782792835301376")}, "struct.error: int too large to convert"),
                Arguments.of("d", new Object[] {big("13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376")}, "struct.error: required argument is not a float"),
                Arguments.of("f", new Object[] {big("1606938044258990275541962092341162602522202993782792835301376")}, "b'\\x00\\x00\\x80\\x7f'"),
                Arguments.of("<f", new Object[] {3.4028235e+38}, "b'\\xff\\xff\\x7f\\x7f'"),
                Arguments.of("<f", new Object[] {3.4028236e+38}, "OverflowError: float too large to pack with f format"),
                Arguments.of("<f", new Object[] {Double.POSITIVE_INFINITY}, "b'\\x00\\x00\\x80\\x7f'"),
                Arguments.of(">f", new Object[] {Double.NEGATIVE_INFINITY}, "b'\\xff\\x80\\x00\\x00'"),
                Arguments.of("<f", new Object[] {Double.NaN}, "b'\\x00\\x00\\xc0\\x7f'"),
                Arguments.of("s", new Object[] {"x"}, "struct.error: argument for 's' must be a bytes object"),
                Arguments.of("p", new Object[] {"x"}, "struct.error: argument for 'p' must be a bytes object"),
                Arguments.of("c", new Object[] {bytes("6162")}, "struct.error: char format requires a bytes object of length 1"),
                Arguments.of("c", new Object[] {"a"}, "struct.error: char format requires a bytes object of length 1"),
                Arguments.of("c", new Object[] {bytes("61")}, "b'a'"),
                Arguments.of("2c", new Object[] {bytes("61"), bytes("62")}, "b'ab'"),
                Arguments.of("hh", new Object[] {1L}, "struct.error: pack expected 2 items for packing (got 1)"),
                Arguments.of("h", new Object[] {1L, 2L}, "struct.error: pack expected 1 items for packing (got 2)"),
                Arguments.of("2i", new Object[] {1L}, "struct.error: pack expected 2 items for packing (got 1)"),
                Arguments.of("0s", new Object[] {}, "struct.error: pack expected 1 items for packing (got 0)"),
                Arguments.of("5p", new Object[] {bytes("68656c6c6f20776f726c64")}, "b'\\x04hell'"),
                Arguments.of("3s", new Object[] {bytes("61")}, "b'a\\x00\\x00'"),
                Arguments.of("s", new Object[] {bytes("616263")}, "b'a'"),
                Arguments.of("1p", new Object[] {bytes("6162")}, "b'\\x00'"),
                Arguments.of("300p", new Object[] {bytes("61616161616161616161616161616161616161616161616161616161616161616161616161616161616161616161616161616161616161616161616161616161616161616161616161616161616161616161616161616161616161616161616161616161616161616161616161616161616161616161616161616161616161616161616161616161616161616161616161616161616161616161616161616161616161616161616161616161616161616161616161616161616161616161616161616161616161616161616161616161616161616161616161616161616161616161616161616161616161616161616161616161616161616161616161616161616161616161616161616161616161616161616161616161616161616161616161616161616161616161616161616161616161616161616161616161616161616161616161616161616161616161616161616161616161616161616161616161616161616161616161616161616161616161616161616161616161616161616161616161616161616161616161616161")}, "b'\\xffaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'"),
                Arguments.of("?", new Object[] {list()}, "b'\\x00'"),
                Arguments.of("?x?", new Object[] {2L, 0L}, "b'\\x01\\x00\\x00'"),
                Arguments.of("?", new Object[] {NONE}, "b'\\x00'"),
                Arguments.of("3?", new Object[] {"", "a", 0.5}, "b'\\x00\\x01\\x01'"),
                Arguments.of("e", new Object[] {1.5}, "b'\\x00>'"),
                Arguments.of("<e", new Object[] {65520.0}, "OverflowError: float too large to pack with e format"),
                Arguments.of("<e", new Object[] {65519.0}, "b'\\xff{'"),
                Arguments.of("<e", new Object[] {1e-08}, "b'\\x00\\x00'"),
                Arguments.of("<e", new Object[] {Double.NaN}, "b'\\x00~'"),
                Arguments.of("<e", new Object[] {5.960464477539063e-08}, "b'\\x01\\x00'"),
                Arguments.of("<e", new Object[] {2.9802322387695312e-08}, "b'\\x00\\x00'"),
                Arguments.of("<e", new Object[] {2.9802322387695312e-08}, "b'\\x00\\x00'"),
                Arguments.of("<e", new Object[] {-0.0}, "b'\\x00\\x80'"),
                Arguments.of("<e", new Object[] {Double.NEGATIVE_INFINITY}, "b'\\x00\\xfc'"),
                Arguments.of(">e", new Object[] {3.0}, "b'B\\x00'"),
                Arguments.of("<e", new Object[] {0.333333}, "b'U5'"),
                Arguments.of("<e", new Object[] {6.1e-05}, "b'\\xff\\x03'"),
                Arguments.of("<e", new Object[] {6.097555160522461e-05}, "b'\\xff\\x03'"),
                Arguments.of(">Q", new Object[] {big("18446744073709551615")}, "b'\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff'"),
                Arguments.of("d", new Object[] {5L}, "b'\\x00\\x00\\x00\\x00\\x00\\x00\\x14@'"),
                Arguments.of("i", new Object[] {true}, "b'\\x01\\x00\\x00\\x00'"),
                Arguments.of("x", new Object[] {}, "b'\\x00'"),
                Arguments.of("@ihq?", new Object[] {1L, 2L, 3L, true}, "b'\\x01\\x00\\x00\\x00\\x02\\x00\\x00\\x00\\x03\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x01'"),
                Arguments.of("@ci", new Object[] {bytes("61"), 1L}, "b'a\\x00\\x00\\x00\\x01\\x00\\x00\\x00'"),
                Arguments.of("@3i", new Object[] {1L, 2L, 3L}, "b'\\x01\\x00\\x00\\x00\\x02\\x00\\x00\\x00\\x03\\x00\\x00\\x00'"),
                Arguments.of("@b3h", new Object[] {1L, 2L, 3L, 4L}, "b'\\x01\\x00\\x02\\x00\\x03\\x00\\x04\\x00'"),
                Arguments.of("@bd", new Object[] {1L, 2L}, "b'\\x01\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00@'"),
                Arguments.of("@dbe", new Object[] {1L, 2L, 3L}, "b'\\x00\\x00\\x00\\x00\\x00\\x00\\xf0?\\x02\\x00\\x00B'"),
                Arguments.of("<bd", new Object[] {1L, 2L}, "b'\\x01\\x00\\x00\\x00\\x00\\x00\\x00\\x00@'"),
                Arguments.of("!ihb", new Object[] {-1L, -2L, -3L}, "b'\\xff\\xff\\xff\\xff\\xff\\xfe\\xfd'"),
                Arguments.of(">qQ", new Object[] {Long.MIN_VALUE, big("18446744073709551615")}, "b'\\x80\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff'"),
                Arguments.of("<lL", new Object[] {-2147483648L, 4294967295L}, "b'\\x00\\x00\\x00\\x80\\xff\\xff\\xff\\xff'"),
                Arguments.of("2x3s", new Object[] {bytes("61")}, "b'\\x00\\x00a\\x00\\x00'"),
                Arguments.of(" 3d ", new Object[] {1.0, 2.5, -3.75}, "b'\\x00\\x00\\x00\\x00\\x00\\x00\\xf0?\\x00\\x00\\x00\\x00\\x00\\x00\\x04@\\x00\\x00\\x00\\x00\\x00\\x00\\x0e\\xc0'"),
                Arguments.of("z", new Object[] {1L}, "struct.error: bad char in struct format"),
                Arguments.of("<n", new Object[] {1L}, "struct.error: bad char in struct format"),
                Arguments.of("3", new Object[] {}, "struct.error: repeat count given without format specifier"),
                Arguments.of("i\ni", new Object[] {1L, 2L}, "b'\\x01\\x00\\x00\\x00\\x02\\x00\\x00\\x00'"),
                Arguments.of("<3HsQ", new Object[] {-9333L, 34882L, 64130L, bytes("68656c6c6f20776f726c64"), 7427078520158696065L}, "struct.error: ushort format requires 0 <= number <= 65535"),
                Arguments.of("@dcH", new Object[] {8.004845261287672e+31, bytes("61"), 25128L}, "b'\\x8f\\xa9\\x87\\x00\\xd4\\x92\\x8fFa\\x00(b'"),
                Arguments.of("2h", new Object[] {45985L, 15678L}, "struct.error: short format requires -32768 <= number <= 32767"),
                Arguments.of("LB2h", new Object[] {-4662943773994991953L, -68L, 27207L, 33763L}, "struct.error: argument out of range"),
                Arguments.of("@f", new Object[] {1e-08}, "b'w\\xcc+2'"),
                Arguments.of("<2LI?2l", new Object[] {4246621247647532060L, 7075333080720715795L, 3385311093L, 2.5, 3587373553292892371L, big("11807103883096632995")}, "struct.error: 'L' format requires 0 <= number <= 4294967295"),
                Arguments.of("<2q", new Object[] {3787053160596445011L, 4407397066586244479L}, "b'S\\x17\\xdf\\xee\\xc8P\\x8e4\\x7f\\xc5\\xf8\\xd9G8*='"),
                Arguments.of("=s", new Object[] {bytes("")}, "b'\\x00'"),
                Arguments.of("<3qh2L", new Object[] {big("13957976554088316161"), big("13190229360529838536"), big("16897158372923994597"), -1367L, 608964612456299879L, 3476798711293260673L}, "struct.error: argument out of range"),
                Arguments.of("!3bQ3e", new Object[] {106L, -87L, -223L, -6251439396236545310L, -2.25, 9.797607397340849e+26, 65504.0}, "struct.error: byte format requires -128 <= number <= 127"),
                Arguments.of("@qxdq", new Object[] {1647231203309960794L, 0.0, -8338364191697747378L}, "b'Z\\xbe:P\\r$\\xdc\\x16\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00N\\xc2\\x04:\\xf2-H\\x8c'"),
                Arguments.of("!2l", new Object[] {5068120679404521295L, big("-13750223647017920704")}, "struct.error: 'l' format requires -2147483648 <= number <= 2147483647"),
                Arguments.of("<x2f", new Object[] {65504.0, -3.173635537227095e-30}, "b'\\x00\\x00\\xe0\\x7fG\\xea\\xbc\\x80\\x8e'"),
                Arguments.of(">3q", new Object[] {-283340493295164750L, -4640832667666030964L, 4620861156236127745L}, "b'\\xfc\\x11_R\\x92\\xa8b\\xb2\\xbf\\x98sF\\xe5\\xbc\\xde\\x8c@ \\x98\\xbd=\\xda\\xee\\x01'"),
                Arguments.of("=HL2qd", new Object[] {-28889L, -5808558931433721699L, 3626521423002814438L, 1997166875647247047L, 1e-08}, "struct.error: ushort format requires 0 <= number <= 65535"),
                Arguments.of("@P2q", new Object[] {8142636025088485542L, 2152520844951373334L, big("16164915026675565922")}, "struct.error: argument out of range"),
                Arguments.of("@2N3b", new Object[] {7072915888274865554L, 3762174029417029388L, 232L, -208L, -86L}, "struct.error: byte format requires -128 <= number <= 127"),
                Arguments.of("<x", new Object[] {}, "b'\\x00'"),
                Arguments.of("=H?", new Object[] {-31101L, 5L}, "struct.error: ushort format requires 0 <= number <= 65535"),
                Arguments.of("!BBh2e", new Object[] {139L, 0L, 4604L, 1e-08, 3e-08}, "b'\\x8b\\x00\\x11\\xfc\\x00\\x00\\x00\\x01'"),
                Arguments.of("<f3LB", new Object[] {1e-08, 2096525008776870862L, -9217182101757339247L, -9134945196811047222L, -79L}, "struct.error: 'L' format requires 0 <= number <= 4294967295"),
                Arguments.of("!3b3d", new Object[] {-71L, 86L, 226L, 1L, 1e-08, 62193.22353488309}, "struct.error: byte format requires -128 <= number <= 127"),
                Arguments.of("!3h3LQ3x", new Object[] {12786L, -30617L, -47632L, big("-12994165424154724186"), big("11726816575131194547"), 6488472432452549461L, 2391552121760792241L}, "struct.error: 'h' format requires -32768 <= number <= 32767"),
                Arguments.of(">?3ff", new Object[] {2.5, -2.25, 1e-08, 1e-08, 1L}, "b'\\x01\\xc0\\x10\\x00\\x002+\\xccw2+\\xccw?\\x80\\x00\\x00'"),
                Arguments.of(">3q?", new Object[] {big("-10126573306602707543"), big("-12883443123692642970"), big("10586236887050197471"), 0.0}, "struct.error: int too large to convert"),
                Arguments.of(">df", new Object[] {65504.0, 3e-08}, "b'@\\xef\\xfc\\x00\\x00\\x00\\x00\\x003\\x00\\xd9Y'"),
                Arguments.of("=3xhxf", new Object[] {-20213L, -40049.52720432575}, "b'\\x00\\x00\\x00\\x0b\\xb1\\x00\\x87q\\x1c\\xc7'"),
                Arguments.of("@q3?3d", new Object[] {3271415259942960858L, 0L, "a", 2.5, -2.25, 58674.570452638145, -2.25}, "b'\\xda>\\xb1\\xa1\\xd8ff-\\x00\\x01\\x01\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x02\\xc0\\x18\\xe4%AR\\xa6\\xec@\\x00\\x00\\x00\\x00\\x00\\x00\\x02\\xc0'"),
                Arguments.of("2i2I", new Object[] {-3502334555L, -2663922711L, 1370333689L, 2442590888L}, "struct.error: 'i' format requires -2147483648 <= number <= 2147483647"),
                Arguments.of("@2NH3?I", new Object[] {2114929760614880916L, -2851023046027914248L, -16813L, true, 5L, true, 2043753480L}, "struct.error: argument out of range"),
                Arguments.of("@Pi", new Object[] {8785603806968420343L, 4101932301L}, "struct.error: 'i' format requires -2147483648 <= number <= 2147483647"),
                Arguments.of("=2h3Ie", new Object[] {60318L, 32017L, 450333120L, -2619450589L, -3956654262L, 1L}, "struct.error: short format requires -32768 <= number <= 32767"),
                Arguments.of("<i2Hl", new Object[] {2796297145L, 2434L, -29767L, big("10667958428386442197")}, "struct.error: 'i' format requires -2147483648 <= number <= 2147483647"),
                Arguments.of("<", new Object[] {}, "b''"),
                Arguments.of("3xH", new Object[] {31408L}, "b'\\x00\\x00\\x00\\x00\\xb0z'"),
                Arguments.of(">2Hc", new Object[] {26692L, 8226L, bytes("00")}, "b'hD \"\\x00'"),
                Arguments.of("<3Bb", new Object[] {-109L, 11L, -84L, -90L}, "struct.error: ubyte format requires 0 <= number <= 255"),
                Arguments.of("!qL", new Object[] {big("-9792189602025393556"), big("10212363461034686361")}, "struct.error: int too large to convert"),
                Arguments.of("@c", new Object[] {bytes("00")}, "b'\\x00'"),
                Arguments.of("HI", new Object[] {-45242L, -2399618932L}, "struct.error: ushort format requires 0 <= number <= 65535"),
                Arguments.of("!d?bl", new Object[] {-2.25, NONE, 173L, -7372884393515812487L}, "struct.error: byte format requires -128 <= number <= 127"),
                Arguments.of("!qi3e", new Object[] {big("15710852210702895860"), -1747762973L, -4.435574911829017e-14, 3e-08, 0.0}, "struct.error: int too large to convert"),
                Arguments.of("=Q", new Object[] {676592699095097680L}, "b'P\\xa1/\\x9fy\\xbdc\\t'"),
                Arguments.of("@f", new Object[] {3e-08}, "b'Y\\xd9\\x003'"),
                Arguments.of("!3s3x2bi", new Object[] {bytes("000102030405060708090a0b0c0d0e0f10111213"), 125L, -76L, -1956819041L}, "b'\\x00\\x01\\x02\\x00\\x00\\x00}\\xb4\\x8b]O\\x9f'"),
                Arguments.of(">2b", new Object[] {-34L, 90L}, "b'\\xdeZ'"),
                Arguments.of("eQ2h", new Object[] {-2.25, big("11143462131411406484"), 30235L, 63165L}, "struct.error: short format requires -32768 <= number <= 32767"),
                Arguments.of("!qHH?", new Object[] {-8642822276284151380L, 25120L, -22849L, 0.0}, "struct.error: argument out of range"),
                Arguments.of("<3bB", new Object[] {16L, 68L, 99L, 151L}, "b'\\x10Dc\\x97'"),
                Arguments.of("<x3s", new Object[] {bytes("")}, "b'\\x00\\x00\\x00\\x00'"),
                Arguments.of(">fhH", new Object[] {7.057652891827388e-41, 4962L, 30065L}, "b'\\x00\\x00\\xc4\\xbd\\x13buq'"),
                Arguments.of(">3e", new Object[] {1L, 65504.0, 1e-08}, "b'<\\x00{\\xff\\x00\\x00'"),
                Arguments.of("@?Il", new Object[] {0L, 1642104279L, 155399100157146420L}, "b'\\x00\\x00\\x00\\x00\\xd7\\x85\\xe0a45H\\x83\\xa8\\x16(\\x02'"),
                Arguments.of("<qlfq", new Object[] {big("14062749265980572510"), big("12110091768832834760"), 65504.0, 3449000896487635815L}, "struct.error: argument out of range"),
                Arguments.of("!ei", new Object[] {-2.25, 3538356357L}, "struct.error: 'i' format requires -2147483648 <= number <= 2147483647"),
                Arguments.of("@3e3?", new Object[] {-2.25, -99826.60271075816, -2.25, 0L, 1L, 0.0}, "OverflowError: float too large to pack with e format"),
                Arguments.of(">s2iI", new Object[] {bytes("61"), -1785499052L, 1393252349L, 2492186194L}, "b'a\\x95\\x93rTS\\x0bW\\xfd\\x94\\x8b\\xbeR'"),
                Arguments.of("b", new Object[] {-104L}, "b'\\x98'"),
                Arguments.of(">", new Object[] {}, "b''"),
                Arguments.of("!2q2d", new Object[] {4719888971139505670L, big("-11565253862648653328"), 3e-08, 3e-08}, "struct.error: int too large to convert"),
                Arguments.of("@Bs2B", new Object[] {182L, bytes("000102030405060708090a0b0c0d0e0f10111213"), 200L, 107L}, "b'\\xb6\\x00\\xc8k'"),
                Arguments.of(">3sc2Lf", new Object[] {bytes("61"), bytes("61"), -2036638024420567690L, -2862160403561876284L, 1e-08}, "struct.error: argument out of range"),
                Arguments.of("=Q", new Object[] {593166929050443089L}, "b'Q\\x9d\\x8f\\xe2-Z;\\x08'"),
                Arguments.of("=Q", new Object[] {4808471839931502949L}, "b'e\\x11\\x96{\\xa9\\x1f\\xbbB'"),
                Arguments.of("=2d", new Object[] {0.0, 0.0}, "b'\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00'"),
                Arguments.of("<3lLQl", new Object[] {-3020236570889108811L, 5310741394068054828L, -5997898084590934960L, 9183543489528051155L, -1997289863750365424L, big("11472575446301337603")}, "struct.error: 'l' format requires -2147483648 <= number <= 2147483647"),
                Arguments.of(">c", new Object[] {bytes("00")}, "b'\\x00'"),
                Arguments.of("=hQB", new Object[] {-30007L, -1583867140760691533L, 166L}, "struct.error: argument out of range"),
                Arguments.of(">i", new Object[] {-1390414036L}, "b'\\xad\\x1f\\xf7,'"),
                Arguments.of("<2f3cHc", new Object[] {1e-08, 65504.0, bytes("00"), bytes("61"), bytes("00"), 20725L, bytes("00")}, "b'w\\xcc+2\\x00\\xe0\\x7fG\\x00a\\x00\\xf5P\\x00'"),
                Arguments.of("ei", new Object[] {-51249.094840380094, -1784624980L}, "b'B\\xfa\\x00\\x00\\xac\\xc8\\xa0\\x95'"),
                Arguments.of("=d", new Object[] {4.819626631764524e-36}, "b'\\xe8=\\xde\\xc5\"\\xa0\\x998'"),
                Arguments.of("@?2dhL", new Object[] {true, 1e-08, -2.25, 2983L, 4610761886882293258L}, "b'\\x01\\x00\\x00\\x00\\x00\\x00\\x00\\x00:\\x8c0\\xe2\\x8eyE>\\x00\\x00\\x00\\x00\\x00\\x00\\x02\\xc0\\xa7\\x0b\\x00\\x00\\x00\\x00\\x00\\x00\\nf\\x87\\xdb\\x81\\xb7\\xfc?'"),
                Arguments.of(">?", new Object[] {1L}, "b'\\x01'"),
                Arguments.of("!Lc", new Object[] {7484654681098775844L, bytes("00")}, "struct.error: 'L' format requires 0 <= number <= 4294967295"),
                Arguments.of(">2h2Hq3q", new Object[] {13572L, 5117L, -61168L, 50934L, 4888139878622438679L, -1844401309717811545L, big("-9788067356042538257"), big("15161879868815301974")}, "struct.error: argument out of range"),
                Arguments.of("I", new Object[] {534194945L}, "b'\\x01+\\xd7\\x1f'"),
                Arguments.of("<?", new Object[] {0.0}, "b'\\x00'"),
                Arguments.of("<B3h", new Object[] {-248L, 4074L, -21358L, -20377L}, "struct.error: ubyte format requires 0 <= number <= 255"),
                Arguments.of(">2I", new Object[] {3356843409L, 1807074646L}, "b'\\xc8\\x15]\\x91k\\xb5\\xc5V'"),
                Arguments.of("<e", new Object[] {-2.25}, "b'\\x80\\xc0'"),
                Arguments.of("<i3e", new Object[] {-1340256709L, -2.25, 1e-08, -2.25}, "b';N\\x1d\\xb0\\x80\\xc0\\x00\\x00\\x80\\xc0'"),
                Arguments.of("b3sh", new Object[] {191L, bytes(""), -25728L}, "struct.error: byte format requires -128 <= number <= 127"),
                Arguments.of(">2H", new Object[] {37816L, 33928L}, "b'\\x93\\xb8\\x84\\x88'"),
                Arguments.of(">3II", new Object[] {1851505307L, 3273345871L, 2930582516L, 2352514177L}, "b'n[\\xba\\x9b\\xc3\\x1bKO\\xae\\xad#\\xf4\\x8c8\\x84\\x81'"),
                Arguments.of(">B", new Object[] {-147L}, "struct.error: ubyte format requires 0 <= number <= 255"),
                Arguments.of("2P3ix3h", new Object[] {8971493538037458271L, 4390076337491636492L, -2060261273L, -1612509747L, -322079710L, 32200L, 32572L, 17899L}, "b'_eo\\xff\\xd6%\\x81|\\x0cq\\tY+\\xaf\\xec<g\\xe82\\x85\\xcd\\r\\xe3\\x9f\"t\\xcd\\xec\\x00\\x00\\xc8}<\\x7f\\xebE'"),
                Arguments.of("!e", new Object[] {3e-08}, "b'\\x00\\x01'"),
                Arguments.of("!2qIB", new Object[] {big("14871418440586687937"), -6057966593902502065L, 3242727405L, 8L}, "struct.error: int too large to convert"),
                Arguments.of("e?", new Object[] {1e-08, NONE}, "b'\\x00\\x00\\x00'"),
                Arguments.of("=2c2L", new Object[] {bytes("ff"), bytes("00"), -3910292159903922541L, -445417595466798480L}, "struct.error: argument out of range"),
                Arguments.of("H2B2b", new Object[] {-176L, 201L, -94L, 139L, 4L}, "struct.error: ushort format requires 0 <= number <= 65535"),
                Arguments.of("<lebd", new Object[] {big("17953034838461391898"), 65504.0, 127L, 1e-08}, "struct.error: argument out of range"),
                Arguments.of("<Q", new Object[] {9011833482301211796L}, "b'\\x94\\x04\\x89/\\xcev\\x10}'"),
                Arguments.of("<d", new Object[] {1e-08}, "b':\\x8c0\\xe2\\x8eyE>'"),
                Arguments.of("!3b", new Object[] {183L, 104L, 152L}, "struct.error: byte format requires -128 <= number <= 127"),
                Arguments.of("@3nb", new Object[] {big("11872161647128865577"), big("12041336583178578382"), -8525782086398524304L, -216L}, "struct.error: argument out of range"),
                Arguments.of("!h3qh", new Object[] {-2522L, -3145390309607309170L, big("13964015140009209669"), -3848004415258623506L, 8973L}, "struct.error: int too large to convert"),
                Arguments.of("=x3f", new Object[] {5.3930775194889914e-27, 3e-08, 3e-08}, "b'\\x00N\\xa4\\xd5\\x13Y\\xd9\\x003Y\\xd9\\x003'"),
                Arguments.of("!f2?b2c", new Object[] {8.12261840431499e-38, bytes(""), true, 97L, bytes("61"), bytes("61")}, "b'\\x01\\xdd\\x1ec\\x00\\x01aaa'"),
                Arguments.of("@3d2h2l", new Object[] {1e-08, 3e-08, -2.25, -37307L, -43760L, big("-11057794814922241655"), 490800206304986358L}, "struct.error: short format requires -32768 <= number <= 32767"),
                Arguments.of(">hxQ", new Object[] {40846L, big("14802074723086285765")}, "struct.error: 'h' format requires -32768 <= number <= 32767"),
                Arguments.of("@f3se", new Object[] {1L, bytes("000102030405060708090a0b0c0d0e0f10111213"), 1e-08}, "b'\\x00\\x00\\x80?\\x00\\x01\\x02\\x00\\x00\\x00'"),
                Arguments.of("<3c", new Object[] {bytes("61"), bytes("61"), bytes("ff")}, "b'aa\\xff'"),
                Arguments.of("<Q3Q", new Object[] {2912486901364547592L, big("9639116963148575342"), 7101715095520727212L, 5882744426686115614L}, "b'\\x08\\xe0\\xcf\\xe0g;k(n\\xb2\\xe9\\xc8\\xce\\x05\\xc5\\x85\\xac\\xd0\\x8a\\xbc@\\\\\\x8eb\\x1e\\xef\\x08Q\\xe3\\xb4\\xa3Q'"),
                Arguments.of("@B2s2e", new Object[] {-68L, bytes("000102030405060708090a0b0c0d0e0f10111213"), -4.432743285092521e-30, -4462.957030172984}, "struct.error: ubyte format requires 0 <= number <= 255"),
                Arguments.of("@3PI", new Object[] {big("-10659778520868765576"), -5854529987053818297L, 4157277092858738749L, -1869751232L}, "struct.error: int too large to convert"),
                Arguments.of("<3H", new Object[] {10272L, 60485L, 30527L}, "b' (E\\xec?w'"),
                Arguments.of("d3e3bI", new Object[] {1L, 65504.0, 1L, -2.25, 85L, 37L, 250L, -3077827267L}, "struct.error: byte format requires -128 <= number <= 127"),
                Arguments.of("<I", new Object[] {-1519196147L}, "struct.error: argument out of range"),
                Arguments.of("H", new Object[] {24823L}, "b'\\xf7`'"),
                Arguments.of("=I", new Object[] {-632919160L}, "struct.error: argument out of range"),
                Arguments.of(">Iss", new Object[] {-1384565929L, bytes("68656c6c6f20776f726c64"), bytes("")}, "struct.error: argument out of range"),
                Arguments.of("f2cxf", new Object[] {3e-08, bytes("ff"), bytes("00"), 3.326786747276402e+35}, "b'Y\\xd9\\x003\\xff\\x00\\x00\\x00\\xa6$\\x80z'"),
                Arguments.of(">2L2qc", new Object[] {big("11163476307515068050"), 4163394152206205311L, big("10596330990255070852"), 1775783055690813801L, bytes("61")}, "struct.error: 'L' format requires 0 <= number <= 4294967295"),
                Arguments.of("!ec", new Object[] {1e-08, bytes("61")}, "b'\\x00\\x00a'"),
                Arguments.of("@2nI", new Object[] {882797451498658877L, big("-14490126018896975836"), 586967366L}, "struct.error: argument out of range"),
                Arguments.of("!", new Object[] {}, "b''"),
                Arguments.of("!B", new Object[] {9L}, "b'\\t'"),
                Arguments.of(">iI", new Object[] {-828897576L, 375504758L}, "b'\\xce\\x98\\x06\\xd8\\x16a\\xbfv'"),
                Arguments.of("=2e", new Object[] {3e-08, 3e-08}, "b'\\x01\\x00\\x01\\x00'"),
                Arguments.of(">IdB", new Object[] {-1437933097L, 1e-08, 213L}, "struct.error: argument out of range"),
                Arguments.of("2hI", new Object[] {-12862L, -14445L, 925258161L}, "b'\\xc2\\xcd\\x93\\xc7\\xb1Q&7'"),
                Arguments.of(">3s", new Object[] {bytes("61")}, "b'a\\x00\\x00'"),
                Arguments.of("=?cL", new Object[] {5L, bytes("61"), big("15797093877584207344")}, "struct.error: 'L' format requires 0 <= number <= 4294967295"),
                Arguments.of("=", new Object[] {}, "b''"),
                Arguments.of("2bB", new Object[] {77L, 158L, -76L}, "struct.error: byte format requires -128 <= number <= 127"),
                Arguments.of("=si", new Object[] {bytes("000102030405060708090a0b0c0d0e0f10111213"), 1587477185L}, "b'\\x00\\xc1\\xfa\\x9e^'"),
                Arguments.of("@2sl", new Object[] {bytes("68656c6c6f20776f726c64"), big("16195347903089616085")}, "struct.error: argument out of range"),
                Arguments.of("@I2f2?f", new Object[] {-1373519897L, 65504.0, 65504.0, 5L, 0L, 0.0}, "struct.error: argument out of range"),
                Arguments.of("=3f3I3B", new Object[] {1e-08, 8.449613517736988e+32, -76517.3965383485, 389968153L, 118320385L, 3267654079L, 43L, 5L, 47L}, "b'w\\xcc+2\\xa6\\xa3&v\\xb3r\\x95\\xc7\\x19q>\\x17\\x01m\\r\\x07\\xbfq\\xc4\\xc2+\\x05/'"),
                Arguments.of(">lI", new Object[] {811432095557215757L, 1565933083L}, "struct.error: 'l' format requires -2147483648 <= number <= 2147483647"),
                Arguments.of("!iLqd", new Object[] {2868149049L, big("-13189467958088879278"), big("12465128346526758075"), 0.0}, "struct.error: 'i' format requires -2147483648 <= number <= 2147483647"),
                Arguments.of(">3i", new Object[] {1227224013L, 1504408611L, 2496716006L}, "struct.error: 'i' format requires -2147483648 <= number <= 2147483647"),
                Arguments.of("!3x3?", new Object[] {"", false, "a"}, "b'\\x00\\x00\\x00\\x00\\x00\\x01'"),
                Arguments.of("=fx", new Object[] {0.0}, "b'\\x00\\x00\\x00\\x00\\x00'"),
                Arguments.of("!xi2l", new Object[] {-1408938256L, 3547188952969483141L, -8181519948152349366L}, "struct.error: 'l' format requires -2147483648 <= number <= 2147483647"),
                Arguments.of("3c", new Object[] {bytes("ff"), bytes("61"), bytes("61")}, "b'\\xffaa'"),
                Arguments.of("<qH3q", new Object[] {-5335241401834610515L, 30211L, -4062074350204938265L, -7903376168475732379L, big("15767941307843042197")}, "struct.error: argument out of range"),
                Arguments.of("<e2h2d", new Object[] {-2.25, -15655L, 37095L, 1L, 1e-08}, "struct.error: short format requires -32768 <= number <= 32767"),
                Arguments.of("@QsL", new Object[] {-749452000707646754L, bytes("000102030405060708090a0b0c0d0e0f10111213"), 7632663274236695728L}, "struct.error: argument out of range"),
                Arguments.of("=?c", new Object[] {0L, bytes("61")}, "b'\\x00a'"),
                Arguments.of("@bqbe", new Object[] {-19L, -626010421465132443L, 128L, 374306.49871283374}, "struct.error: byte format requires -128 <= number <= 127"),
                Arguments.of("@ii3B2I", new Object[] {-1119104694L, -919496387L, -70L, 235L, 130L, 441669909L, -1768597970L}, "struct.error: ubyte format requires 0 <= number <= 255"),
                Arguments.of("<cH", new Object[] {bytes("ff"), 30181L}, "b'\\xff\\xe5u'"),
                Arguments.of("@c2H", new Object[] {bytes("61"), 9128L, 39660L}, "b'a\\x00\\xa8#\\xec\\x9a'"),
                Arguments.of("<ds", new Object[] {1L, bytes("000102030405060708090a0b0c0d0e0f10111213")}, "b'\\x00\\x00\\x00\\x00\\x00\\x00\\xf0?\\x00'"),
                Arguments.of("@H2d2Hx", new Object[] {65065L, 1L, 1e-08, 17430L, 4159L}, "b')\\xfe\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\xf0?:\\x8c0\\xe2\\x8eyE>\\x16D?\\x10\\x00'"),
                Arguments.of("=I", new Object[] {2143066409L}, "b')\\x99\\xbc\\x7f'"),
                Arguments.of("@Q2H", new Object[] {-8032148934182929525L, 15617L, 24998L}, "struct.error: argument out of range"));
    }

    @ParameterizedTest(name = "pack({0}, {1}) == {2}")
    @MethodSource("packCases")
    void pack(String fmt, Object[] values, String expected) {
        assertEquals(expected, outcome(() -> StructCodec.pack(fmt, values, TestValues::truth)));
    }

    static Stream<Arguments> unpackCases() {
        return Stream.of(
                Arguments.of("d", bytes("31323334").bytes, "struct.error: unpack requires a buffer of 8 bytes"),
                Arguments.of("<d", bytes("0000000000000000").bytes, "(0.0,)"),
                Arguments.of(">d", bytes("3ff8000000000000").bytes, "(1.5,)"),
                Arguments.of("<e", bytes("007c").bytes, "(inf,)"),
                Arguments.of("<e", bytes("0100").bytes, "(5.960464477539063e-08,)"),
                Arguments.of("<e", bytes("00fe").bytes, "(nan,)"),
                Arguments.of("<e", bytes("ff7b").bytes, "(65504.0,)"),
                Arguments.of(">e", bytes("8000").bytes, "(-0.0,)"),
                Arguments.of("5p", bytes("0961626364").bytes, "(b'abcd',)"),
                Arguments.of("3p", bytes("ff0102").bytes, "(b'\\x01\\x02',)"),
                Arguments.of("??", bytes("0005").bytes, "(False, True)"),
                Arguments.of(">Q", bytes("ffffffffffffffff").bytes, "(18446744073709551615,)"),
                Arguments.of("<q", bytes("ffffffffffffffff").bytes, "(-1,)"),
                Arguments.of("P", bytes("ffffffffffffffff").bytes, "(18446744073709551615,)"),
                Arguments.of("N", bytes("ffffffffffffffff").bytes, "(18446744073709551615,)"),
                Arguments.of("L", bytes("ffffffffffffffff").bytes, "(18446744073709551615,)"),
                Arguments.of("<L", bytes("ffffffff").bytes, "(4294967295,)"),
                Arguments.of("<l", bytes("ffffffff").bytes, "(-1,)"),
                Arguments.of("x", bytes("61").bytes, "()"),
                Arguments.of("", bytes("").bytes, "()"),
                Arguments.of("", bytes("61").bytes, "struct.error: unpack requires a buffer of 0 bytes"),
                Arguments.of("c", bytes("61").bytes, "(b'a',)"),
                Arguments.of("<f", bytes("0000c07f").bytes, "(nan,)"),
                Arguments.of("@f", bytes("0100807f").bytes, "(nan,)"),
                Arguments.of("@bq", bytes("000102030405060708090a0b0c0d0e0f").bytes, "(0, 1084818905618843912)"),
                Arguments.of("<bq", bytes("000102030405060708").bytes, "(0, 578437695752307201)"),
                Arguments.of("@ihq?", bytes("000102030405060708090a0b0c0d0e0f10").bytes, "(50462976, 1284, 1084818905618843912, True)"),
                Arguments.of(">bhl", bytes("00010203040506").bytes, "(0, 258, 50595078)"),
                Arguments.of("2s3s", bytes("68656c6c6f").bytes, "(b'he', b'llo')"),
                Arguments.of(">Q", bytes("8000000000000000").bytes, "(9223372036854775808,)"),
                Arguments.of(">Q", bytes("0000000000000000").bytes, "(0,)"),
                Arguments.of("<2h", bytes("0080ff7f").bytes, "(-32768, 32767)"),
                Arguments.of("<B", bytes("ff").bytes, "(255,)"),
                Arguments.of("<b", bytes("80").bytes, "(-128,)"),
                Arguments.of("<H", bytes("ffff").bytes, "(65535,)"),
                Arguments.of(">I", bytes("ffffffff").bytes, "(4294967295,)"),
                Arguments.of("<i", bytes("00000080").bytes, "(-2147483648,)"),
                Arguments.of(">f", bytes("3fc00000").bytes, "(1.5,)"),
                Arguments.of("3c", bytes("616263").bytes, "(b'a', b'b', b'c')"),
                Arguments.of("=I", bytes("f88f9311").bytes, "(294883320,)"),
                Arguments.of("2bB", bytes("6f962b7e").bytes, "struct.error: unpack requires a buffer of 3 bytes"),
                Arguments.of(">Iss", bytes("dd5a2e459ae0").bytes, "(3713674821, b'\\x9a', b'\\xe0')"),
                Arguments.of("<?", bytes("54").bytes, "(True,)"),
                Arguments.of("!2q2d", bytes("96cfc961c6df64a92b16f64597ff04484438587f3f9fbc87a7b0f5f8323351").bytes, "struct.error: unpack requires a buffer of 32 bytes"),
                Arguments.of("<i2Hl", bytes("bcf2c3136dfc5ae3d08b394b02").bytes, "struct.error: unpack requires a buffer of 12 bytes"),
                Arguments.of("=Q", bytes("3f69a42ba5adce9c").bytes, "(11299159440032557375,)"),
                Arguments.of(">3II", bytes("204821478bdaa88c3c5d48a8bef191b6").bytes, "(541598023, 2346363020, 1012746408, 3203502518)"),
                Arguments.of(">3e", bytes("5174698b6e19").bytes, "(43.625, 2838.0, 6244.0)"),
                Arguments.of("ei", bytes("6161fce336f3a4df").bytes, "(688.5, -542837962)"),
                Arguments.of("<e", bytes("b52a1b").bytes, "struct.error: unpack requires a buffer of 2 bytes"),
                Arguments.of("@3nb", bytes("b9ac1b563e16b25dca4242367df62d5e6be681da9023ffed").bytes, "struct.error: unpack requires a buffer of 25 bytes"),
                Arguments.of("f2cxf", bytes("0cf5463a99f3afcfbf4893a0").bytes, "(0.0007589615415781736, b'\\x99', b'\\xf3', -2.49509079759876e-19)"),
                Arguments.of("<i2Hl", bytes("ee9c0035df273d41cece12a4").bytes, "(889232622, 10207, 16701, -1542271282)"),
                Arguments.of("@ii3B2I", bytes("6e46c8b66ef90a73fb74a39760b803b0e7b843").bytes, "struct.error: unpack requires a buffer of 20 bytes"),
                Arguments.of("@2nI", bytes("42f43221311955d3937f005e3023f4cdd8864f28").bytes, "(-3218638659885271998, -3606218710974431341, 676300504)"),
                Arguments.of("<3Bb", bytes("12b630fc").bytes, "(18, 182, 48, -4)"),
                Arguments.of("@Pi", bytes("512f8957533bd51d4f4dc4f9").bytes, "(2149689626276212561, -104575665)"),
                Arguments.of(">2b", bytes("1c20").bytes, "(28, 32)"),
                Arguments.of("d3e3bI", bytes("441a5dc85955105c505c0b3029b8eea067420d1d35322043").bytes, "(2.9679371274164177e+135, 276.0, 0.1263427734375, -0.52001953125, -18, -96, 103, 1126183477)"),
                Arguments.of("2bB", bytes("3c22f2").bytes, "(60, 34, 242)"),
                Arguments.of("@I2f2?f", bytes("ee3bfc8e56d53185a05010a62afcea8cddcfdca0").bytes, "(2398895086, -8.361683627159081e-36, -5.006930335832785e-16, True, True, -3.740700206023854e-19)"),
                Arguments.of(">lI", bytes("7d498e93377328").bytes, "struct.error: unpack requires a buffer of 8 bytes"),
                Arguments.of("<Q", bytes("874db75367d6cdd8").bytes, "(15622378421692616071,)"),
                Arguments.of("<3HsQ", bytes("dec98d5364c176eed189eab40fb202").bytes, "(51678, 21389, 49508, b'v', 194235003633783278)"),
                Arguments.of("@?2dhL", bytes("b97d4ab8491dfb205508325e5c72debc398656c9b68a2a3e1747ab91062db9a12d8dadbe6671a8f0").bytes, "(True, -1.6901325851681175e-15, 3.089878195930329e-09, 18199, 17341235051289742637)"),
                Arguments.of("!", bytes("af").bytes, "struct.error: unpack requires a buffer of 0 bytes"),
                Arguments.of("@f", bytes("f9f096").bytes, "struct.error: unpack requires a buffer of 4 bytes"),
                Arguments.of("@f", bytes("9b464ccd").bytes, "(-214198704.0,)"),
                Arguments.of("@c2H", bytes("d20d3445ab8f").bytes, "(b'\\xd2', 17716, 36779)"),
                Arguments.of("=fx", bytes("82d2d24dc6").bytes, "(442126400.0,)"),
                Arguments.of(">2I", bytes("70b0f0b1710e9595").bytes, "(1890644145, 1896781205)"),
                Arguments.of("<i3e", bytes("b5f23cbe05f5c3fa71").bytes, "struct.error: unpack requires a buffer of 10 bytes"),
                Arguments.of(">iI", bytes("35356b8beb1652").bytes, "struct.error: unpack requires a buffer of 8 bytes"),
                Arguments.of("=x3f", bytes("89cfabe96bf725ef2b132dcc4948").bytes, "struct.error: unpack requires a buffer of 13 bytes"),
                Arguments.of("@q3?3d", bytes("9d69b42c1420621e6a822a06f01dbfa3eee6fe73c0f62b5aa8c65fd39bbad820fd26916eb45d90d9").bytes, "(2189347639876938141, True, True, True, 2.3661677933079537e+126, 1.8886334670488646e-150, -2.704716185078314e+123)"),
                Arguments.of("@3d2h2l", bytes("d9b5876affd541ce10c34901e15994ce5bb2458b34578ade3140e55ad6c6cb1c68e7a55905efd0535e8d62f01a88ebf4").bytes, "(-9.617113671395862e+68, -3.511451449618004e+70, -2.631323901757975e+147, 16433, 23269, 6039589906561754984, -798394859644613282)"),
                Arguments.of("<qlfq", bytes("50ee974af3f959a7fc32b800774e73c1f4cdead7556f87cd").bytes, "(-6387799773124497840, 12071676, -15.206656455993652, -3636815759592993292)"),
                Arguments.of("<3c", bytes("988a1a").bytes, "(b'\\x98', b'\\x8a', b'\\x1a')"),
                Arguments.of("<3lLQl", bytes("be4520669cd74123c9322749db6163f6eefcf734c36f1d71588a7bbb").bytes, "(1713391038, 591517596, 1227305673, 4133708251, 8150793784808439022, -1149531560)"),
                Arguments.of("<x", bytes("4a").bytes, "()"),
                Arguments.of("!ei", bytes("5a858ce1768c").bytes, "(208.625, -1931381108)"),
                Arguments.of("b", bytes("ef").bytes, "(-17,)"),
                Arguments.of("=2e", bytes("5d40089a").bytes, "(2.181640625, -0.0029449462890625)"),
                Arguments.of(">s2iI", bytes("a3540028050cd01d46cb92f2d7cc").bytes, "struct.error: unpack requires a buffer of 13 bytes"),
                Arguments.of("=x3f", bytes("ccfaf55734cbd8b1b9a3fcfac0").bytes, "(2.0112921106374415e-07, -0.00033921594149433076, -7.843339443206787)"),
                Arguments.of("=", bytes("").bytes, "()"),
                Arguments.of("!ec", bytes("c88656").bytes, "(-9.046875, b'V')"),
                Arguments.of("!d?bl", bytes("1e41426659ffe2f794392916c92a").bytes, "(5.994285179531198e-163, True, 57, 689359146)"),
                Arguments.of(">?3ff", bytes("28707447e3522e24d37113f192e1d28cb6").bytes, "(True, 3.024049924271698e+29, 186985529344.0, 7.325813925083416e+29, -4.8549444338625964e+20)"),
                Arguments.of("@?Il", bytes("fce073b9c395f245bde7ce0da6ff4f34").bytes, "(True, 1173525955, 3769512501793712061)"),
                Arguments.of("@c2H", bytes("870936f0aa696f").bytes, "struct.error: unpack requires a buffer of 6 bytes"),
                Arguments.of("eQ2h", bytes("1a5ff23dbc9e26bfbd92f5e0ae4fde3849abb82e").bytes, "(454.5, 4097800323470824125, -21687, 11960)"),
                Arguments.of("<x3s", bytes("9b461607").bytes, "(b'F\\x16\\x07',)"),
                Arguments.of("=?cL", bytes("ff23b6493935").bytes, "(True, b'#', 892946870)"),
                Arguments.of(">3i", bytes("1bebc81756dceffd76421a16").bytes, "(468437015, 1457319933, 1984043542)"),
                Arguments.of("H", bytes("65").bytes, "struct.error: unpack requires a buffer of 2 bytes"),
                Arguments.of("<3c", bytes("2a431a").bytes, "(b'*', b'C', b'\\x1a')"),
                Arguments.of("<3qh2L", bytes("53252421e72647169dfb5df0ba89199a048316ee5d3b5235571c0d29bd6d2efa7cf5").bytes, "(1605294566316189011, -7342686281461269603, 3842198706712904452, 7255, 1841113357, 4118608430)"),
                Arguments.of("2i2I", bytes("15738abf3d8a49cd69334650d735df").bytes, "struct.error: unpack requires a buffer of 16 bytes"));
    }

    @ParameterizedTest(name = "unpack({0}, {1}) == {2}")
    @MethodSource("unpackCases")
    void unpack(String fmt, byte[] buffer, String expected) {
        assertEquals(expected, outcome(() -> StructCodec.unpack(fmt, buffer, 0, true)));
    }

    static Stream<Arguments> unpackFromCases() {
        return Stream.of(
                Arguments.of("d", bytes("313233343536373839303132").bytes, 8, "struct.error: unpack_from requires a buffer of at least 16 bytes for unpacking 8 bytes at offset 8 (actual buffer size is 12)"),
                Arguments.of("d", bytes("313233343536373839303132").bytes, -20, "struct.error: offset -20 out of range for 12-byte buffer"),
                Arguments.of("d", bytes("313233343536373839303132").bytes, 20, "struct.error: unpack_from requires a buffer of at least 28 bytes for unpacking 8 bytes at offset 20 (actual buffer size is 12)"),
                Arguments.of("d", bytes("313233343536373839303132").bytes, -4, "struct.error: not enough data to unpack 8 bytes at offset -4"),
                Arguments.of("d", bytes("313233343536373839303132").bytes, -12, "(6.821320051701325e-38,)"),
                Arguments.of("d", bytes("313233343536373839303132").bytes, 4, "(6.375521922910492e-67,)"),
                Arguments.of("d", bytes("313233343536373839303132").bytes, 0, "(6.821320051701325e-38,)"),
                Arguments.of("<h", bytes("010203").bytes, 1, "(770,)"),
                Arguments.of("<h", bytes("010203").bytes, -2, "(770,)"),
                Arguments.of("<h", bytes("010203").bytes, 2, "struct.error: unpack_from requires a buffer of at least 4 bytes for unpacking 2 bytes at offset 2 (actual buffer size is 3)"),
                Arguments.of("<h", bytes("010203").bytes, -3, "(513,)"),
                Arguments.of("<h", bytes("010203").bytes, 3, "struct.error: unpack_from requires a buffer of at least 5 bytes for unpacking 2 bytes at offset 3 (actual buffer size is 3)"),
                Arguments.of("", bytes("").bytes, 0, "()"),
                Arguments.of("", bytes("6162").bytes, 2, "()"),
                Arguments.of("", bytes("6162").bytes, 3, "struct.error: unpack_from requires a buffer of at least 3 bytes for unpacking 0 bytes at offset 3 (actual buffer size is 2)"),
                Arguments.of("", bytes("6162").bytes, -2, "()"),
                Arguments.of("", bytes("6162").bytes, -3, "struct.error: offset -3 out of range for 2-byte buffer"),
                Arguments.of(">2H", bytes("00010203040506070809").bytes, 5, "(1286, 1800)"),
                Arguments.of("4s", bytes("6162636465666768").bytes, 3, "(b'defg',)"));
    }

    @ParameterizedTest(name = "unpack_from({0}, {1}, {2}) == {3}")
    @MethodSource("unpackFromCases")
    void unpackFrom(String fmt, byte[] buffer, int offset, String expected) {
        assertEquals(expected, outcome(() -> StructCodec.unpack(fmt, buffer, offset, false)));
    }

    static Stream<Arguments> calcsizeCases() {
        return Stream.of(
                Arguments.of("bhi", "8"),
                Arguments.of("@bq", "16"),
                Arguments.of("<bq", "9"),
                Arguments.of("ci", "8"),
                Arguments.of("0i", "0"),
                Arguments.of("b0i", "4"),
                Arguments.of("?P", "16"),
                Arguments.of("5p", "5"),
                Arguments.of("!bhl", "7"),
                Arguments.of("@dbe", "12"),
                Arguments.of("@dbf", "16"),
                Arguments.of("@bP", "16"),
                Arguments.of("@bN", "16"),
                Arguments.of("@b?", "2"),
                Arguments.of("@bl0l", "16"),
                Arguments.of("z", "struct.error: bad char in struct format"),
                Arguments.of("<n", "struct.error: bad char in struct format"),
                Arguments.of("<P", "struct.error: bad char in struct format"),
                Arguments.of("3", "struct.error: repeat count given without format specifier"),
                Arguments.of("3 d", "struct.error: bad char in struct format"),
                Arguments.of(" 3d ", "24"),
                Arguments.of("x@", "struct.error: bad char in struct format"),
                Arguments.of("<<", "struct.error: bad char in struct format"),
                Arguments.of("\t<i", "struct.error: bad char in struct format"),
                Arguments.of("< i", "4"),
                Arguments.of("i\ni", "8"),
                Arguments.of("3 ", "struct.error: bad char in struct format"),
                Arguments.of("03i", "12"),
                Arguments.of("", "0"),
                Arguments.of("<", "0"),
                Arguments.of("=", "0"),
                Arguments.of("!", "0"),
                Arguments.of("@", "0"),
                Arguments.of("0s", "0"),
                Arguments.of("0p", "0"),
                Arguments.of("10s", "10"),
                Arguments.of("qQ", "16"),
                Arguments.of("@hq", "16"),
                Arguments.of("<hq", "10"),
                Arguments.of("=lL", "8"),
                Arguments.of("@lL", "16"),
                Arguments.of("e", "2"),
                Arguments.of("@be", "4"),
                Arguments.of("@bf", "8"),
                Arguments.of("@bd", "16"),
                Arguments.of("@cI", "8"),
                Arguments.of("2147483647s", "2147483647"),
                Arguments.of("99999999999999999999s", "struct.error: total struct size too long"),
                Arguments.of("4611686018427387904i", "struct.error: total struct size too long"));
    }

    @ParameterizedTest(name = "calcsize({0}) == {1}")
    @MethodSource("calcsizeCases")
    void calcsize(String fmt, String expected) {
        assertEquals(expected, outcome(() -> (long) StructCodec.calcsize(fmt)));
    }

    static Stream<Arguments> calcsizeLongCases() {
        return Stream.of(
                Arguments.of("9223372036854775807x", "9223372036854775807"),
                Arguments.of("9223372036854775808x", "struct.error: total struct size too long"),
                Arguments.of("2305843009213693951i", "9223372036854775804"),
                Arguments.of("2147483647s2147483647s", "4294967294"),
                Arguments.of("@b2305843009213693951q", "struct.error: total struct size too long"));
    }

    @ParameterizedTest(name = "calcsize({0}) == {1}")
    @MethodSource("calcsizeLongCases")
    void calcsizeLong(String fmt, String expected) {
        assertEquals(expected, outcome(() -> StructCodec.calcsizeLong(fmt)));
    }

    @Test
    void defaultTruthTestCoversBuiltInValues() {
        assertEquals("b'\\x00\\x01\\x00\\x01'", outcome(() -> StructCodec.pack("4?", new Object[] {0L, 2.5, "", bytes("00")})));
        assertThrows(IllegalArgumentException.class, () -> StructCodec.pack("?", new Object[] {new Object()}));
    }

    @Test
    void unsignedSixtyFourBitValuesBecomeBigIntegers() {
        Object[] r = StructCodec.unpack("<Qq", bytes("ffffffffffffffffffffffffffffffff").bytes, 0, true);
        assertEquals(big("18446744073709551615"), r[0]);
        assertEquals(-1L, r[1]);
    }

    @Test
    void aFormatUsedAgainGivesTheSameResultsAndABadOneKeepsFailing() {
        byte[] buf = bytes("000000000000f83f0000000000000440").bytes;
        for (int round = 0; round < 3; round++) {
            assertEquals("(1.5, 2.5)", outcome(() -> StructCodec.unpack("<2d", buf, 0, true)));
            assertEquals("(2.5,)", outcome(() -> StructCodec.unpack("<d", buf, 8, false)));
            assertEquals("struct.error: bad char in struct format", outcome(() -> StructCodec.unpack("<z", buf, 0, true)));
        }
        // Many distinct formats (the cache of compiled ones is bounded) still compile correctly.
        for (int n = 1; n < 600; n++) {
            int k = n % 2 + 1;
            String fmt = "<" + k + "d" + " ".repeat(n);
            assertEquals(k == 1 ? "(1.5,)" : "(1.5, 2.5)", outcome(() -> StructCodec.unpack(fmt, buf, 0, false)),
                    "format " + n);
        }
    }
}
