package org.pyjit.interp.runtime;

import java.util.Arrays;

/**
 * str as Java String indexed by code point. Strings without surrogates (nearly all) take the direct char
 * path; only strings that contain astral characters pay for code-point arithmetic.
 */
public final class Strings {
    private Strings() {}

    private static final String[] LATIN1 = new String[256];

    static {
        for (int i = 0; i < 256; i++) LATIN1[i] = String.valueOf((char) i);
    }

    public static String ofChar(char c) { return c < 256 ? LATIN1[c] : String.valueOf(c); }

    public static String ofCodePoint(int cp) {
        return cp < 256 ? LATIN1[cp] : new String(Character.toChars(cp));
    }

    public static boolean hasSurrogates(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isSurrogate(s.charAt(i))) return true;
        }
        return false;
    }

    /** len(s) in code points. */
    public static int length(String s) {
        int n = s.length();
        if (n < 2) return n;
        return hasSurrogates(s) ? s.codePointCount(0, n) : n;
    }

    /** s[i] with Python's negative indexing and IndexError. */
    public static String charAt(String s, long index) {
        if (!hasSurrogates(s)) {
            int n = s.length();
            long i = index < 0 ? index + n : index;
            if (i < 0 || i >= n) throw PyErr.indexError("string index out of range");
            return ofChar(s.charAt((int) i));
        }
        int n = s.codePointCount(0, s.length());
        long i = index < 0 ? index + n : index;
        if (i < 0 || i >= n) throw PyErr.indexError("string index out of range");
        int off = s.offsetByCodePoints(0, (int) i);
        return ofCodePoint(s.codePointAt(off));
    }

    /**
     * The code points of s (a loop rather than {@code s.codePoints().toArray()}: %-formatting and format specs
     * take this on every call, and a stream's pipeline costs far more than the loop until C2 has compiled it).
     */
    public static int[] codePointArray(String s) {
        int n = s.length();
        int[] cps = new int[n];
        int k = 0;
        for (int i = 0; i < n; k++) {
            int c = s.codePointAt(i);
            cps[k] = c;
            i += Character.charCount(c);
        }
        return k == n ? cps : Arrays.copyOf(cps, k);
    }

    /** s[lo:hi:step] resolved by PySlice.indices on the code-point length. */
    public static String slice(String s, PySlice slice) {
        boolean simple = !hasSurrogates(s);
        int[] cps = simple ? null : codePointArray(s);
        int n = simple ? s.length() : cps.length;
        PySlice.Bounds b = slice.indices(n);
        if (b.step() == 1 && simple) return b.length() == 0 ? "" : s.substring(b.start(), b.start() + b.length());
        StringBuilder sb = new StringBuilder(b.length());
        for (int k = 0, i = b.start(); k < b.length(); k++, i += b.step()) {
            if (simple) sb.append(s.charAt(i));
            else sb.appendCodePoint(cps[i]);
        }
        return sb.toString();
    }

    /** Code-point index of a char offset (for find/index results). */
    public static int cpIndex(String s, int charOffset) {
        return hasSurrogates(s) ? s.codePointCount(0, charOffset) : charOffset;
    }

    /** Char offset of a code-point index (clamped to the string). */
    public static int charOffset(String s, int cpIndex) {
        if (!hasSurrogates(s)) return Math.min(cpIndex, s.length());
        int n = s.codePointCount(0, s.length());
        return s.offsetByCodePoints(0, Math.min(cpIndex, n));
    }
}
