package org.pyjit.interp.runtime.format;

/**
 * Python's repr() (and str()) of a float: the shortest digits that read back as the same double, in
 * positional notation with at least one fractional digit ("1.0", "123456789012345.0") unless the decimal
 * exponent is below -4 or at least 16, where exponent notation is used ("1e+16", "1.5e-07").
 */
public final class FloatRepr {
    private FloatRepr() {}

    public static String repr(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        String body = FloatFormat.repr(Math.abs(d), false, true);
        return Double.doubleToRawLongBits(d) < 0 ? "-" + body : body;
    }
}
