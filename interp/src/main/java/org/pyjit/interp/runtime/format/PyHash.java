package org.pyjit.interp.runtime.format;

import java.math.BigInteger;

/**
 * CPython's 64-bit hash() of numbers and tuples, so that hash values, and with them set and dict ordering
 * that depends on them, match CPython. Numbers hash to their value modulo the Mersenne prime 2**61 - 1
 * (with the sign kept), which makes equal ints and floats hash alike; -1 is reserved for errors and becomes
 * -2. Tuples combine item hashes with the xxHash-style mix CPython uses since 3.8.
 */
public final class PyHash {
    private PyHash() {}

    /** The modulus 2**61 - 1. */
    public static final long MODULUS = (1L << 61) - 1;
    /** hash(float('inf')); hash(-inf) is its negation. */
    public static final long INF = 314159;

    private static final long PRIME_1 = 0x9E3779B185EBCA87L;
    private static final long PRIME_2 = 0xC2B2AE3D27D4EB4FL;
    private static final long PRIME_5 = 0x27D4EB2F165667C5L;

    public static long hashLong(long v) {
        // Long.MIN_VALUE negates to itself, which read unsigned is the right magnitude 2**63.
        long h = Long.remainderUnsigned(v < 0 ? -v : v, MODULUS);
        return fix(v < 0 ? -h : h);
    }

    public static long hashBig(BigInteger v) {
        long h = v.abs().mod(BigInteger.valueOf(MODULUS)).longValue();
        return fix(v.signum() < 0 ? -h : h);
    }

    /** hash(d); equal to the hash of the int when d is integral. NaN hashes to 0 here (CPython uses identity). */
    public static long hashDouble(double d) {
        if (Double.isNaN(d)) {
            return 0;
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? INF : -INF;
        }
        if (d == 0.0) {
            return 0;
        }
        // |d| = m * 2**e with m a 53-bit integer; 2**61 == 1 (mod 2**61 - 1), so 2**e == 2**(e mod 61).
        long bits = Double.doubleToRawLongBits(d);
        int biased = (int) ((bits >>> 52) & 0x7ff);
        long m = bits & ((1L << 52) - 1);
        int e;
        if (biased == 0) {
            e = -1074;
        } else {
            m |= 1L << 52;
            e = biased - 1075;
        }
        int shift = Math.floorMod(e, 61);
        long h = rotate61(m % MODULUS, shift);
        return fix(d < 0 ? -h : h);
    }

    /** hash(t) for a tuple whose items hash to {@code itemHashes}. */
    public static long hashTuple(long[] itemHashes) {
        long acc = PRIME_5;
        for (long lane : itemHashes) {
            acc += lane * PRIME_2;
            acc = Long.rotateLeft(acc, 31);
            acc *= PRIME_1;
        }
        acc += itemHashes.length ^ (PRIME_5 ^ 3527539L);
        return acc == -1 ? 1546275796L : acc;
    }

    /** (x * 2**shift) mod 2**61 - 1 for 0 <= x < 2**61 - 1 and 0 <= shift < 61: a 61-bit rotation. */
    private static long rotate61(long x, int shift) {
        if (shift == 0) {
            return x;
        }
        long r = ((x << shift) & MODULUS) | (x >>> (61 - shift));
        return r >= MODULUS ? r - MODULUS : r;
    }

    private static long fix(long h) {
        return h == -1 ? -2 : h;
    }
}
