package org.pyjit.interp.lib;

import java.math.BigInteger;
import org.pyjit.interp.runtime.PyErr;

/**
 * The algorithms of CPython 3.11's random.py (randrange, randint, choice, shuffle, uniform, gauss) on top
 * of {@link MersenneTwister}, drawing exactly the same random numbers in the same order so that seeded
 * programs produce CPython's results, with CPython's error messages (gauss: see its comment).
 */
public final class RandomFunctions {
    private RandomFunctions() {}

    /**
     * Whether m is random.random() of a generator (the module's own, as the module-level function is bound
     * to it, or a random.Random's): compiled code then calls {@link #random}.
     */
    public static boolean isRandomOfGenerator(Object self, Object function) {
        return self instanceof RandomModule.Rng && function == RandomModule.RANDOM.lookup("random");
    }

    /** random() of a generator (see {@link #isRandomOfGenerator}): the next float in [0, 1). */
    public static double random(Object generator) { return ((RandomModule.Rng) generator).mt.random(); }

    /** randrange(stop). */
    public static long randrange(MersenneTwister mt, long stop) {
        if (stop > 0) {
            return mt.randbelow(stop);
        }
        throw PyErr.valueError("empty range for randrange()");
    }

    /** randrange(start, stop). */
    public static long randrange(MersenneTwister mt, long start, long stop) {
        return randrange(mt, start, stop, 1);
    }

    /** randrange(start, stop, step). */
    public static long randrange(MersenneTwister mt, long start, long stop, long step) {
        long width = stop - start;
        boolean overflow = ((stop ^ start) & (stop ^ width)) < 0;
        if (!overflow && step == 1) {
            if (width > 0) {
                return start + mt.randbelow(width);
            }
            throw PyErr.valueError("empty range for randrange() (" + start + ", " + stop + ", " + width + ")");
        }
        return randrange(mt, BigInteger.valueOf(start), BigInteger.valueOf(stop), BigInteger.valueOf(step))
                .longValueExact();
    }

    /** randrange(start, stop, step) for ints of any size. */
    public static BigInteger randrange(MersenneTwister mt, BigInteger start, BigInteger stop, BigInteger step) {
        BigInteger width = stop.subtract(start);
        if (step.equals(BigInteger.ONE)) {
            if (width.signum() > 0) {
                return start.add(mt.randbelow(width));
            }
            throw PyErr.valueError("empty range for randrange() (" + start + ", " + stop + ", " + width + ")");
        }
        BigInteger n;
        if (step.signum() > 0) {
            n = floorDiv(width.add(step).subtract(BigInteger.ONE), step);
        } else if (step.signum() < 0) {
            n = floorDiv(width.add(step).add(BigInteger.ONE), step);
        } else {
            throw PyErr.valueError("zero step for randrange()");
        }
        if (n.signum() <= 0) {
            throw PyErr.valueError("empty range for randrange()");
        }
        return start.add(step.multiply(mt.randbelow(n)));
    }

    /** randint(a, b): randrange(a, b + 1). */
    public static long randint(MersenneTwister mt, long a, long b) {
        if (b == Long.MAX_VALUE) {
            return randrange(mt, BigInteger.valueOf(a), BigInteger.valueOf(b).add(BigInteger.ONE), BigInteger.ONE)
                    .longValueExact();
        }
        return randrange(mt, a, b + 1, 1);
    }

    /** The index choice(seq) picks for a sequence of {@code size} items. */
    public static int choiceIndex(MersenneTwister mt, int size) {
        if (size == 0) {
            throw PyErr.indexError("Cannot choose from an empty sequence");
        }
        return (int) mt.randbelow(size);
    }

    /** shuffle(x) of the first {@code size} items of {@code items}, in place. */
    public static void shuffle(MersenneTwister mt, Object[] items, int size) {
        for (int i = size - 1; i > 0; i--) {
            int j = (int) mt.randbelow(i + 1L);
            Object t = items[i];
            items[i] = items[j];
            items[j] = t;
        }
    }

    /** uniform(a, b). */
    public static double uniform(MersenneTwister mt, double a, double b) {
        return a + (b - a) * mt.random();
    }

    /**
     * gauss(mu, sigma), which makes two normal values at a time and keeps the second in the generator. It
     * uses Java's Math.log/cos/sin, which round differently from glibc's for roughly 0.1% of arguments, so
     * about one value in 500 differs from CPython's in the last bit; the random stream itself stays in step.
     */
    public static double gauss(MersenneTwister mt, double mu, double sigma) {
        Double saved = mt.gaussNext();
        mt.setGaussNext(null);
        double z;
        if (saved != null) {
            z = saved;
        } else {
            double x2pi = mt.random() * (2 * Math.PI);
            double g2rad = Math.sqrt(-2.0 * Math.log(1.0 - mt.random()));
            z = Math.cos(x2pi) * g2rad;
            mt.setGaussNext(Math.sin(x2pi) * g2rad);
        }
        return mu + z * sigma;
    }

    private static BigInteger floorDiv(BigInteger a, BigInteger b) {
        BigInteger[] qr = a.divideAndRemainder(b);
        if (qr[1].signum() != 0 && (qr[1].signum() != b.signum())) {
            return qr[0].subtract(BigInteger.ONE);
        }
        return qr[0];
    }
}
