package org.pyjit.interp.lib;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.pyjit.interp.runtime.PyErr;

/**
 * The MT19937 generator behind Python's random module, producing exactly CPython's streams: the same
 * seeding from ints (all their bits, as 32-bit key words) and from str (version 2: the UTF-8 bytes followed
 * by their SHA-512, read as a big-endian int), the same 53-bit random() and the same getrandbits(). One
 * instance is one random.Random; it is not thread-safe.
 */
public final class MersenneTwister {
    private static final int N = 624;
    private static final int M = 397;
    private static final int MATRIX_A = 0x9908b0df;
    private static final int UPPER_MASK = 0x80000000;
    private static final int LOWER_MASK = 0x7fffffff;

    private final int[] mt = new int[N];
    /** The position as CPython keeps it (mti): the next word to temper and return; N: regenerate them all first. */
    private int index;
    /**
     * How many words of the current round are regenerated: words are regenerated one at a time as they are
     * returned (the reference code does all N at once, in the same order, with the same values), so the work is
     * in nextInt32, which HotSpot compiles at once, rather than in a loop it compiled only after a program's
     * first 60,000 numbers or so (data_driven: 0.16 s of its main thread in the JVM's interpreter, there).
     * N when no word is pending (after a seed, a setstate, or getstate).
     */
    private int regenerated = N;
    /** random.gauss() makes two values at a time and keeps the second here (null when there is none). */
    private Double gaussNext;

    /** A generator seeded with 0; callers normally seed it right away. */
    public MersenneTwister() {
        seed(BigInteger.ZERO);
    }

    /** random.seed(n) for an int: the absolute value's 32-bit words, least significant first. */
    public void seed(BigInteger n) {
        BigInteger a = n.abs();
        int words = a.signum() == 0 ? 1 : (a.bitLength() - 1) / 32 + 1;
        int[] key = new int[words];
        for (int i = 0; i < words; i++) {
            key[i] = a.shiftRight(32 * i).intValue();
        }
        initByArray(key);
        gaussNext = null;
    }

    /** random.seed(n) for an int that fits a long. */
    public void seed(long n) {
        seed(BigInteger.valueOf(n));
    }

    /** random.seed(s) for a str (version 2). */
    public void seed(String s) {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        byte[] digest;
        try {
            digest = MessageDigest.getInstance("SHA-512").digest(utf8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-512 is required of every Java platform", e);
        }
        byte[] all = new byte[utf8.length + digest.length];
        System.arraycopy(utf8, 0, all, 0, utf8.length);
        System.arraycopy(digest, 0, all, utf8.length, digest.length);
        seed(new BigInteger(1, all));
    }

    /** The next 32 random bits (genrand_uint32). */
    public int nextInt32() {
        if (index >= N) {
            index = 0;
            regenerated = 0;
        }
        if (regenerated == index) regenerate(regenerated++);
        int y = mt[index++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        return y;
    }

    /** random.random(): a double in [0, 1) with 53 random bits. */
    public double random() {
        int a = nextInt32() >>> 5;
        int b = nextInt32() >>> 6;
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
    }

    /** random.getrandbits(k) for any k >= 0. */
    public BigInteger getrandbits(int k) {
        if (k < 0) {
            throw PyErr.valueError("number of bits must be non-negative");
        }
        if (k <= 63) {
            return BigInteger.valueOf(getrandbitsLong(k));
        }
        int words = (k - 1) / 32 + 1;
        byte[] bigEndian = new byte[words * 4];
        for (int i = 0, left = k; i < words; i++, left -= 32) {
            int r = nextInt32();
            if (left < 32) {
                r >>>= 32 - left;
            }
            int at = bigEndian.length - 4 * (i + 1);
            bigEndian[at] = (byte) (r >>> 24);
            bigEndian[at + 1] = (byte) (r >>> 16);
            bigEndian[at + 2] = (byte) (r >>> 8);
            bigEndian[at + 3] = (byte) r;
        }
        return new BigInteger(1, bigEndian);
    }

    /** random.getrandbits(k) for 0 <= k <= 63, consuming the generator exactly as CPython does. */
    public long getrandbitsLong(int k) {
        if (k < 0) {
            throw PyErr.valueError("number of bits must be non-negative");
        }
        if (k > 63) {
            throw new IllegalArgumentException("k > 63: " + k);
        }
        if (k == 0) {
            return 0;
        }
        if (k <= 32) {
            return Integer.toUnsignedLong(nextInt32()) >>> (32 - k);
        }
        long low = Integer.toUnsignedLong(nextInt32());
        long high = Integer.toUnsignedLong(nextInt32()) >>> (64 - k);
        return (high << 32) | low;
    }

    /** A random int in [0, n) for n > 0: getrandbits(n.bit_length()) until below n (CPython's _randbelow). */
    public long randbelow(long n) {
        if (n <= 0) {
            throw new IllegalArgumentException("randbelow needs n > 0: " + n);
        }
        int k = 64 - Long.numberOfLeadingZeros(n);
        long r = getrandbitsLong(k);
        while (r >= n) {
            r = getrandbitsLong(k);
        }
        return r;
    }

    /** {@link #randbelow(long)} for any n > 0. */
    public BigInteger randbelow(BigInteger n) {
        if (n.signum() <= 0) {
            throw new IllegalArgumentException("randbelow needs n > 0: " + n);
        }
        if (n.bitLength() < 64) {
            return BigInteger.valueOf(randbelow(n.longValue()));
        }
        int k = n.bitLength();
        BigInteger r = getrandbits(k);
        while (r.compareTo(n) >= 0) {
            r = getrandbits(k);
        }
        return r;
    }

    /** The value gauss() saved for its next call, or null. */
    public Double gaussNext() {
        return gaussNext;
    }

    public void setGaussNext(Double value) {
        gaussNext = value;
    }

    /**
     * The generator state as in random.getstate()[1]: the 624 words (unsigned) followed by the position.
     */
    public long[] getState() {
        while (regenerated < N) regenerate(regenerated++);
        long[] state = new long[N + 1];
        for (int i = 0; i < N; i++) {
            state[i] = Integer.toUnsignedLong(mt[i]);
        }
        state[N] = index;
        return state;
    }

    /** Restores a state from {@link #getState()}; ValueError("invalid state") for a bad one. */
    public void setState(long[] state) {
        if (state.length != N + 1 || state[N] < 0 || state[N] > N) {
            throw PyErr.valueError("invalid state");
        }
        for (int i = 0; i < N; i++) {
            if (state[i] < 0 || state[i] > 0xffffffffL) {
                throw PyErr.overflowError("Python int too large to convert to C unsigned long");
            }
            mt[i] = (int) state[i];
        }
        index = (int) state[N];
        regenerated = N;
    }

    private void initGenrand(int s) {
        mt[0] = s;
        for (int i = 1; i < N; i++) {
            mt[i] = 1812433253 * (mt[i - 1] ^ (mt[i - 1] >>> 30)) + i;
        }
        index = N;
        regenerated = N;
    }

    private void initByArray(int[] key) {
        initGenrand(19650218);
        int i = 1;
        int j = 0;
        for (int k = Math.max(N, key.length); k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1664525)) + key[j] + j;
            i++;
            j++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if (j >= key.length) {
                j = 0;
            }
        }
        for (int k = N - 1; k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1566083941)) - i;
            i++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x80000000;
    }

    /**
     * Regenerates word kk of a round, as the reference code's loop does at kk: the words before it are already
     * this round's, the ones after it still the last round's.
     */
    private void regenerate(int kk) {
        int next = kk + 1 == N ? 0 : kk + 1;
        int far = kk < N - M ? kk + M : kk + M - N;
        mt[kk] = mt[far] ^ mixed(mt[kk], mt[next]);
    }

    /** The twist of a word with the next one's low bits. */
    private static int mixed(int word, int next) {
        int y = (word & UPPER_MASK) | (next & LOWER_MASK);
        return (y >>> 1) ^ ((y & 1) != 0 ? MATRIX_A : 0);
    }
}
