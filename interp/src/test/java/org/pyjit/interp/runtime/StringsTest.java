package org.pyjit.interp.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class StringsTest {
    @Test
    void codePointArrayOfPlainText() {
        assertArrayEquals(new int[] {'v', '%', 'd'}, Strings.codePointArray("v%d"));
        assertArrayEquals(new int[0], Strings.codePointArray(""));
    }

    @Test
    void codePointArrayJoinsSurrogatePairs() {
        // U+1F600 is one code point written as two chars; a lone surrogate stays one code point of its own.
        assertArrayEquals(new int[] {'a', 0x1F600, 'b'}, Strings.codePointArray("a\uD83D\uDE00b"));
        assertArrayEquals(new int[] {0x1F600, 0xD83D}, Strings.codePointArray("\uD83D\uDE00\uD83D"));
        assertArrayEquals("x\uD83D\uDE00%s".codePoints().toArray(), Strings.codePointArray("x\uD83D\uDE00%s"));
    }
}
