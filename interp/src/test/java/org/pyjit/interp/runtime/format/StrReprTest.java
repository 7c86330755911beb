package org.pyjit.interp.runtime.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.pyjit.interp.runtime.format.TestValues.bytes;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Table-driven tests of {@link StrRepr}; expected values printed by CPython 3.11 (repr, ascii,
 * bytes repr, str.isprintable), including code points that Unicode assigned after version 14.0, which
 * CPython 3.11 escapes and the JDK's newer character data would not.
 */
class StrReprTest {
    static Stream<Arguments> reprCases() {
        return Stream.of(
                Arguments.of("", "''"),
                Arguments.of("a", "'a'"),
                Arguments.of("it's", "\"it's\""),
                Arguments.of("say \"hi\"", "'say \"hi\"'"),
                Arguments.of("both ' and \"", "'both \\' and \"'"),
                Arguments.of("\\", "'\\\\'"),
                Arguments.of("a\\b", "'a\\\\b'"),
                Arguments.of("\n\r\t", "'\\n\\r\\t'"),
                Arguments.of("\000\001\037\177", "'\\x00\\x01\\x1f\\x7f'"),
                Arguments.of("\u0080\u009f\u00a0\u00ad\u00ff", "'\\x80\\x9f\\xa0\\xad\u00ff'"),
                Arguments.of("\u00e9", "'\u00e9'"),
                Arguments.of("\u4e2d\u6587", "'\u4e2d\u6587'"),
                Arguments.of("\ud83d\ude00", "'\ud83d\ude00'"),
                Arguments.of("\u200b", "'\\u200b'"),
                Arguments.of("\u2028\u2029", "'\\u2028\\u2029'"),
                Arguments.of("\u3000", "'\\u3000'"),
                Arguments.of("\ufeff", "'\\ufeff'"),
                Arguments.of("\ue000", "'\\ue000'"),
                Arguments.of("\udb80\udc00", "'\\U000f0000'"),
                Arguments.of("\ud800", "'\\ud800'"),
                Arguments.of("\udc80x", "'\\udc80x'"),
                Arguments.of("\ud83d\ude00\ud83d\ude01", "'\ud83d\ude00\ud83d\ude01'"),
                Arguments.of("\u0378", "'\\u0378'"),
                Arguments.of("\udb40\udc01", "'\\U000e0001'"),
                Arguments.of("\u061c", "'\\u061c'"),
                Arguments.of("x\u0301", "'x\u0301'"),
                Arguments.of("\ud884\udf50", "'\\U00031350'"),
                Arguments.of("\ud87a\udff0", "'\\U0002ebf0'"),
                Arguments.of("\u0897", "'\\u0897'"),
                Arguments.of("\ud83e\ude75", "'\\U0001fa75'"),
                Arguments.of("\u0250", "'\u0250'"),
                Arguments.of("\u00a0", "'\\xa0'"),
                Arguments.of("\u1680", "'\\u1680'"),
                Arguments.of("\u2000\u200a", "'\\u2000\\u200a'"),
                Arguments.of("\u2066", "'\\u2066'"),
                Arguments.of("\udbff\udfff", "'\\U0010ffff'"),
                Arguments.of("tab\tand\\slash'", "\"tab\\tand\\\\slash'\""),
                Arguments.of("'", "\"'\""),
                Arguments.of("\"", "'\"'"),
                Arguments.of("'\"", "'\\'\"'"),
                Arguments.of("ab\013c\014d", "'ab\\x0bc\\x0cd'"),
                Arguments.of("\u0085", "'\\x85'"),
                Arguments.of("\ud894\udd65\030\026", "'\\U00035165\\x18\\x16'"),
                Arguments.of("\ud9c9\udcc6\u02ce\u02ba\ud8d3\udc3b\ud87a\udc40", "'\\U000824c6\u02ce\u02ba\\U00044c3b\ud87a\udc40'"),
                Arguments.of("\udbb9\ude35\u01f2", "'\\U000fe635\u01f2'"),
                Arguments.of("\u81bf", "'\u81bf'"),
                Arguments.of("\u860e\ud89e\udfdd\udbf9\udcc2t\ufc85", "'\u860e\\U00037bdd\\U0010e4c2t\ufc85'"),
                Arguments.of("\ud958\udca6\u0279\u0217\uf1c8\u0229\025", "'\\U000660a6\u0279\u0217\\uf1c8\u0229\\x15'"),
                Arguments.of("\ue043\ud901\udc06\uf91c\u00ea", "'\\ue043\\U00050406\uf91c\u00ea'"),
                Arguments.of("\udab8\uddb8", "'\\U000be1b8'"),
                Arguments.of("\u9418", "'\u9418'"),
                Arguments.of("\u383cX|\uf5ed\u0290", "'\u383cX|\\uf5ed\u0290'"),
                Arguments.of("\uda16\udf0e\u012b\u0175\ube23\u3492\ue689", "'\\U00095b0e\u012b\u0175\ube23\u3492\\ue689'"),
                Arguments.of("\u7e8f\u00fa", "'\u7e8f\u00fa'"),
                Arguments.of("\uf955\u0122\u0115\ue693", "'\uf955\u0122\u0115\\ue693'"),
                Arguments.of("\uda57\udffb\u02d8", "'\\U000a5ffb\u02d8'"),
                Arguments.of("\ud90b\udf36", "'\\U00052f36'"),
                Arguments.of("\u0242\u7c36", "'\u0242\u7c36'"),
                Arguments.of("\u00ec\udb9e\udc39\u7478\ud9fb\udccb\ufca4\u0211", "'\u00ec\\U000f7839\u7478\\U0008eccb\ufca4\u0211'"),
                Arguments.of("\u0159\u0112\u0217\u028f", "'\u0159\u0112\u0217\u028f'"),
                Arguments.of("\ubbde\ub701K", "'\ubbde\ub701K'"),
                Arguments.of("\u0196", "'\u0196'"),
                Arguments.of("BGD8", "'BGD8'"),
                Arguments.of("\ud858\uddf0\u00f0\ua3f0", "'\ud858\uddf0\u00f0\ua3f0'"),
                Arguments.of("-\u0092\udbf5\udf0d\u51ca", "'-\\x92\\U0010d70d\u51ca'"),
                Arguments.of("#\022", "'#\\x12'"),
                Arguments.of("\uaea8\uea15\u018d\010\uda3b\udcfc\u8436", "'\uaea8\\uea15\u018d\\x08\\U0009ecfc\u8436'"),
                Arguments.of("$", "'$'"),
                Arguments.of("\u18a0\ud859\udeb6m", "'\u18a0\ud859\udeb6m'"),
                Arguments.of("\uf715", "'\\uf715'"),
                Arguments.of("\ua350\ud8bc\udd30\u0265\ufd76", "'\ua350\\U0003f130\u0265\ufd76'"),
                Arguments.of("z", "'z'"),
                Arguments.of("%\u00be\uf246w\ud89c\ude65", "'%\u00be\\uf246w\\U00037265'"),
                Arguments.of("\ud898\udf3a\u0111\uf75f\uea2e", "'\\U0003633a\u0111\\uf75f\\uea2e'"),
                Arguments.of("\u504c\u21f3\u21bb\udb1f\udc33\u7094\u00b4", "'\u504c\u21f3\u21bb\\U000d7c33\u7094\u00b4'"),
                Arguments.of("\uec26\007\ue8de", "'\\uec26\\x07\\ue8de'"),
                Arguments.of("\u7be1", "'\u7be1'"),
                Arguments.of("\uef46\u00fa\ufcfd", "'\\uef46\u00fa\ufcfd'"),
                Arguments.of("\u02b0\u1a51\ue149\u38c2", "'\u02b0\u1a51\\ue149\u38c2'"),
                Arguments.of("\ud901\udf28", "'\\U00050728'"),
                Arguments.of("\uefe6rld9", "'\\uefe6rld9'"),
                Arguments.of("\ud9dc\udd44\t\u4fe3\ue0ab\udbcd\uddb1", "'\\U00087144\\t\u4fe3\\ue0ab\\U001035b1'"));
    }

    @ParameterizedTest(name = "repr({0})")
    @MethodSource("reprCases")
    void repr(String s, String expected) {
        assertEquals(expected, StrRepr.repr(s));
    }

    static Stream<Arguments> asciiCases() {
        return Stream.of(
                Arguments.of("", "''"),
                Arguments.of("a", "'a'"),
                Arguments.of("it's", "\"it's\""),
                Arguments.of("say \"hi\"", "'say \"hi\"'"),
                Arguments.of("both ' and \"", "'both \\' and \"'"),
                Arguments.of("\\", "'\\\\'"),
                Arguments.of("a\\b", "'a\\\\b'"),
                Arguments.of("\n\r\t", "'\\n\\r\\t'"),
                Arguments.of("\000\001\037\177", "'\\x00\\x01\\x1f\\x7f'"),
                Arguments.of("\u0080\u009f\u00a0\u00ad\u00ff", "'\\x80\\x9f\\xa0\\xad\\xff'"),
                Arguments.of("\u00e9", "'\\xe9'"),
                Arguments.of("\u4e2d\u6587", "'\\u4e2d\\u6587'"),
                Arguments.of("\ud83d\ude00", "'\\U0001f600'"),
                Arguments.of("\u200b", "'\\u200b'"),
                Arguments.of("\u2028\u2029", "'\\u2028\\u2029'"),
                Arguments.of("\u3000", "'\\u3000'"),
                Arguments.of("\ufeff", "'\\ufeff'"),
                Arguments.of("\ue000", "'\\ue000'"),
                Arguments.of("\udb80\udc00", "'\\U000f0000'"),
                Arguments.of("\ud800", "'\\ud800'"),
                Arguments.of("\udc80x", "'\\udc80x'"),
                Arguments.of("\ud83d\ude00\ud83d\ude01", "'\\U0001f600\\U0001f601'"),
                Arguments.of("\u0378", "'\\u0378'"),
                Arguments.of("\udb40\udc01", "'\\U000e0001'"),
                Arguments.of("\u061c", "'\\u061c'"),
                Arguments.of("x\u0301", "'x\\u0301'"),
                Arguments.of("\ud884\udf50", "'\\U00031350'"),
                Arguments.of("\ud87a\udff0", "'\\U0002ebf0'"),
                Arguments.of("\u0897", "'\\u0897'"),
                Arguments.of("\ud83e\ude75", "'\\U0001fa75'"),
                Arguments.of("\u0250", "'\\u0250'"),
                Arguments.of("\u00a0", "'\\xa0'"),
                Arguments.of("\u1680", "'\\u1680'"),
                Arguments.of("\u2000\u200a", "'\\u2000\\u200a'"),
                Arguments.of("\u2066", "'\\u2066'"),
                Arguments.of("\udbff\udfff", "'\\U0010ffff'"),
                Arguments.of("tab\tand\\slash'", "\"tab\\tand\\\\slash'\""),
                Arguments.of("'", "\"'\""),
                Arguments.of("\"", "'\"'"),
                Arguments.of("'\"", "'\\'\"'"),
                Arguments.of("ab\013c\014d", "'ab\\x0bc\\x0cd'"),
                Arguments.of("\u0085", "'\\x85'"),
                Arguments.of("\ud894\udd65\030\026", "'\\U00035165\\x18\\x16'"),
                Arguments.of("\ud9c9\udcc6\u02ce\u02ba\ud8d3\udc3b\ud87a\udc40", "'\\U000824c6\\u02ce\\u02ba\\U00044c3b\\U0002e840'"),
                Arguments.of("\udbb9\ude35\u01f2", "'\\U000fe635\\u01f2'"),
                Arguments.of("\u81bf", "'\\u81bf'"),
                Arguments.of("\u860e\ud89e\udfdd\udbf9\udcc2t\ufc85", "'\\u860e\\U00037bdd\\U0010e4c2t\\ufc85'"),
                Arguments.of("\ud958\udca6\u0279\u0217\uf1c8\u0229\025", "'\\U000660a6\\u0279\\u0217\\uf1c8\\u0229\\x15'"),
                Arguments.of("\ue043\ud901\udc06\uf91c\u00ea", "'\\ue043\\U00050406\\uf91c\\xea'"),
                Arguments.of("\udab8\uddb8", "'\\U000be1b8'"),
                Arguments.of("\u9418", "'\\u9418'"),
                Arguments.of("\u383cX|\uf5ed\u0290", "'\\u383cX|\\uf5ed\\u0290'"),
                Arguments.of("\uda16\udf0e\u012b\u0175\ube23\u3492\ue689", "'\\U00095b0e\\u012b\\u0175\\ube23\\u3492\\ue689'"),
                Arguments.of("\u7e8f\u00fa", "'\\u7e8f\\xfa'"),
                Arguments.of("\uf955\u0122\u0115\ue693", "'\\uf955\\u0122\\u0115\\ue693'"),
                Arguments.of("\uda57\udffb\u02d8", "'\\U000a5ffb\\u02d8'"),
                Arguments.of("\ud90b\udf36", "'\\U00052f36'"),
                Arguments.of("\u0242\u7c36", "'\\u0242\\u7c36'"),
                Arguments.of("\u00ec\udb9e\udc39\u7478\ud9fb\udccb\ufca4\u0211", "'\\xec\\U000f7839\\u7478\\U0008eccb\\ufca4\\u0211'"),
                Arguments.of("\u0159\u0112\u0217\u028f", "'\\u0159\\u0112\\u0217\\u028f'"),
                Arguments.of("\ubbde\ub701K", "'\\ubbde\\ub701K'"),
                Arguments.of("\u0196", "'\\u0196'"),
                Arguments.of("BGD8", "'BGD8'"),
                Arguments.of("\ud858\uddf0\u00f0\ua3f0", "'\\U000261f0\\xf0\\ua3f0'"),
                Arguments.of("-\u0092\udbf5\udf0d\u51ca", "'-\\x92\\U0010d70d\\u51ca'"),
                Arguments.of("#\022", "'#\\x12'"),
                Arguments.of("\uaea8\uea15\u018d\010\uda3b\udcfc\u8436", "'\\uaea8\\uea15\\u018d\\x08\\U0009ecfc\\u8436'"),
                Arguments.of("$", "'$'"),
                Arguments.of("\u18a0\ud859\udeb6m", "'\\u18a0\\U000266b6m'"),
                Arguments.of("\uf715", "'\\uf715'"),
                Arguments.of("\ua350\ud8bc\udd30\u0265\ufd76", "'\\ua350\\U0003f130\\u0265\\ufd76'"),
                Arguments.of("z", "'z'"),
                Arguments.of("%\u00be\uf246w\ud89c\ude65", "'%\\xbe\\uf246w\\U00037265'"),
                Arguments.of("\ud898\udf3a\u0111\uf75f\uea2e", "'\\U0003633a\\u0111\\uf75f\\uea2e'"),
                Arguments.of("\u504c\u21f3\u21bb\udb1f\udc33\u7094\u00b4", "'\\u504c\\u21f3\\u21bb\\U000d7c33\\u7094\\xb4'"),
                Arguments.of("\uec26\007\ue8de", "'\\uec26\\x07\\ue8de'"),
                Arguments.of("\u7be1", "'\\u7be1'"),
                Arguments.of("\uef46\u00fa\ufcfd", "'\\uef46\\xfa\\ufcfd'"),
                Arguments.of("\u02b0\u1a51\ue149\u38c2", "'\\u02b0\\u1a51\\ue149\\u38c2'"),
                Arguments.of("\ud901\udf28", "'\\U00050728'"),
                Arguments.of("\uefe6rld9", "'\\uefe6rld9'"),
                Arguments.of("\ud9dc\udd44\t\u4fe3\ue0ab\udbcd\uddb1", "'\\U00087144\\t\\u4fe3\\ue0ab\\U001035b1'"));
    }

    @ParameterizedTest(name = "ascii({0})")
    @MethodSource("asciiCases")
    void ascii(String s, String expected) {
        assertEquals(expected, StrRepr.ascii(s));
    }

    static Stream<Arguments> bytesCases() {
        return Stream.of(
                Arguments.of(bytes("").bytes, "b''"),
                Arguments.of(bytes("61").bytes, "b'a'"),
                Arguments.of(bytes("69742773").bytes, "b\"it's\""),
                Arguments.of(bytes("7361792022686922").bytes, "b'say \"hi\"'"),
                Arguments.of(bytes("626f7468202720616e642022").bytes, "b'both \\' and \"'"),
                Arguments.of(bytes("5c").bytes, "b'\\\\'"),
                Arguments.of(bytes("0a0d09").bytes, "b'\\n\\r\\t'"),
                Arguments.of(bytes("00011f7f80ff").bytes, "b'\\x00\\x01\\x1f\\x7f\\x80\\xff'"),
                Arguments.of(bytes("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f202122232425262728292a2b2c2d2e2f303132333435363738393a3b3c3d3e3f404142434445464748494a4b4c4d4e4f505152535455565758595a5b5c5d5e5f606162636465666768696a6b6c6d6e6f707172737475767778797a7b7c7d7e7f808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9fa0a1a2a3a4a5a6a7a8a9aaabacadaeafb0b1b2b3b4b5b6b7b8b9babbbcbdbebfc0c1c2c3c4c5c6c7c8c9cacbcccdcecfd0d1d2d3d4d5d6d7d8d9dadbdcdddedfe0e1e2e3e4e5e6e7e8e9eaebecedeeeff0f1f2f3f4f5f6f7f8f9fafbfcfdfeff").bytes, "b'\\x00\\x01\\x02\\x03\\x04\\x05\\x06\\x07\\x08\\t\\n\\x0b\\x0c\\r\\x0e\\x0f\\x10\\x11\\x12\\x13\\x14\\x15\\x16\\x17\\x18\\x19\\x1a\\x1b\\x1c\\x1d\\x1e\\x1f !\"#$%&\\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\\\]^_`abcdefghijklmnopqrstuvwxyz{|}~\\x7f\\x80\\x81\\x82\\x83\\x84\\x85\\x86\\x87\\x88\\x89\\x8a\\x8b\\x8c\\x8d\\x8e\\x8f\\x90\\x91\\x92\\x93\\x94\\x95\\x96\\x97\\x98\\x99\\x9a\\x9b\\x9c\\x9d\\x9e\\x9f\\xa0\\xa1\\xa2\\xa3\\xa4\\xa5\\xa6\\xa7\\xa8\\xa9\\xaa\\xab\\xac\\xad\\xae\\xaf\\xb0\\xb1\\xb2\\xb3\\xb4\\xb5\\xb6\\xb7\\xb8\\xb9\\xba\\xbb\\xbc\\xbd\\xbe\\xbf\\xc0\\xc1\\xc2\\xc3\\xc4\\xc5\\xc6\\xc7\\xc8\\xc9\\xca\\xcb\\xcc\\xcd\\xce\\xcf\\xd0\\xd1\\xd2\\xd3\\xd4\\xd5\\xd6\\xd7\\xd8\\xd9\\xda\\xdb\\xdc\\xdd\\xde\\xdf\\xe0\\xe1\\xe2\\xe3\\xe4\\xe5\\xe6\\xe7\\xe8\\xe9\\xea\\xeb\\xec\\xed\\xee\\xef\\xf0\\xf1\\xf2\\xf3\\xf4\\xf5\\xf6\\xf7\\xf8\\xf9\\xfa\\xfb\\xfc\\xfd\\xfe\\xff'"),
                Arguments.of(bytes("27").bytes, "b\"'\""),
                Arguments.of(bytes("22").bytes, "b'\"'"),
                Arguments.of(bytes("2722").bytes, "b'\\'\"'"),
                Arguments.of(bytes("7e0ed29d").bytes, "b'~\\x0e\\xd2\\x9d'"),
                Arguments.of(bytes("0b").bytes, "b'\\x0b'"),
                Arguments.of(bytes("ffd72983").bytes, "b'\\xff\\xd7)\\x83'"),
                Arguments.of(bytes("d9bd74fc").bytes, "b'\\xd9\\xbdt\\xfc'"),
                Arguments.of(bytes("ad").bytes, "b'\\xad'"),
                Arguments.of(bytes("b9ca6503952269").bytes, "b'\\xb9\\xcae\\x03\\x95\"i'"),
                Arguments.of(bytes("669f6376ee718797").bytes, "b'f\\x9fcv\\xeeq\\x87\\x97'"),
                Arguments.of(bytes("fd5f").bytes, "b'\\xfd_'"),
                Arguments.of(bytes("f8d51c4a").bytes, "b'\\xf8\\xd5\\x1cJ'"),
                Arguments.of(bytes("1b6d0c48d41a1e").bytes, "b'\\x1bm\\x0cH\\xd4\\x1a\\x1e'"),
                Arguments.of(bytes("c9e6a0").bytes, "b'\\xc9\\xe6\\xa0'"),
                Arguments.of(bytes("2854").bytes, "b'(T'"),
                Arguments.of(bytes("615eef109fc1").bytes, "b'a^\\xef\\x10\\x9f\\xc1'"),
                Arguments.of(bytes("a9e256370128").bytes, "b'\\xa9\\xe2V7\\x01('"),
                Arguments.of(bytes("29b3d73f6a").bytes, "b')\\xb3\\xd7?j'"),
                Arguments.of(bytes("b69edd2c19f264").bytes, "b'\\xb6\\x9e\\xdd,\\x19\\xf2d'"),
                Arguments.of(bytes("e462a5baf20f").bytes, "b'\\xe4b\\xa5\\xba\\xf2\\x0f'"),
                Arguments.of(bytes("7ecf14c011ed20").bytes, "b'~\\xcf\\x14\\xc0\\x11\\xed '"),
                Arguments.of(bytes("83").bytes, "b'\\x83'"),
                Arguments.of(bytes("20adb98b").bytes, "b' \\xad\\xb9\\x8b'"));
    }

    @ParameterizedTest(name = "repr(bytes {0})")
    @MethodSource("bytesCases")
    void reprBytes(byte[] b, String expected) {
        assertEquals(expected, StrRepr.reprBytes(b));
    }

    static Stream<Arguments> printableCases() {
        return Stream.of(
                Arguments.of(0x20, true),
                Arguments.of(0x41, true),
                Arguments.of(0x7e, true),
                Arguments.of(0x7f, false),
                Arguments.of(0x9f, false),
                Arguments.of(0xa0, false),
                Arguments.of(0xa1, true),
                Arguments.of(0xad, false),
                Arguments.of(0x378, false),
                Arguments.of(0x2028, false),
                Arguments.of(0x3000, false),
                Arguments.of(0xd800, false),
                Arguments.of(0xe000, false),
                Arguments.of(0xfeff, false),
                Arguments.of(0x1f600, true),
                Arguments.of(0x31350, false),
                Arguments.of(0x2ebf0, false),
                Arguments.of(0x10ffff, false),
                Arguments.of(0xe0001, false),
                Arguments.of(0x30000, true));
    }

    @ParameterizedTest(name = "isprintable({0})")
    @MethodSource("printableCases")
    void isPrintable(int cp, boolean expected) {
        assertEquals(expected, StrRepr.isPrintable(cp));
    }
}
