package org.pyjit.interp.runtime.format;

/**
 * What {@link PercentFormat} needs from the object model to format arbitrary Python objects with
 * {@code str % args}. PercentFormat handles int (Long/BigInteger), bool, float, str and bytes values itself
 * where CPython has fixed behaviour for them, and asks these hooks for everything else.
 */
public interface ObjectFormatting {
    /** str(o). */
    String str(Object o);

    /** repr(o). */
    String repr(Object o);

    /** The items of {@code args} if it is a tuple, else null. */
    Object[] asTuple(Object args);

    /** mapping[key] for %(key)s; returns the value or throws the Python exception (e.g. KeyError). */
    Object getItem(Object mapping, String key);

    /**
     * Whether {@code o} counts as a mapping for %: CPython's test is "has __getitem__ and is not a tuple or
     * str", so a list passes too.
     */
    boolean isMapping(Object o);

    /**
     * int(o) for %d, %i and %u of an object that is not an int, bool, float, str or bytes: returns a Long or
     * BigInteger, or throws TypeError if o has no int conversion (PercentFormat then raises CPython's
     * "%d format: a real number is required, not list").
     */
    Object toInt(Object o);

    /**
     * operator.index(o) for %x, %X, %o and %c of an object that is not an int, bool, float, str or bytes:
     * returns a Long or BigInteger, or throws TypeError. Defaults to {@link #toInt}.
     */
    default Object toIndex(Object o) {
        return toInt(o);
    }

    /**
     * float(o) for %e %f %g of an object that is not an int, bool, float, str or bytes, or throws TypeError
     * (PercentFormat then raises CPython's "must be real number, not list").
     */
    double toFloat(Object o);

    /** type(o).__name__, for error messages ("list", "NoneType"). */
    String typeName(Object o);
}
