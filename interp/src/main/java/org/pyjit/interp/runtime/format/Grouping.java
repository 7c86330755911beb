package org.pyjit.interp.runtime.format;

/**
 * Inserts thousands separators into a run of digits, as the ',' and '_' format options do: groups of three
 * (four for binary, octal and hex with '_') counted from the right. With a minimum width (zero padding in
 * '=' alignment) the digits are first extended with zeros, separators included, so that "0,001,234" and not
 * "0001,234" fills a width of 9; a group is never left starting with a separator.
 */
final class Grouping {
    private Grouping() {}

    /**
     * @param digits    the digits, most significant first
     * @param separator ',' or '_', or 0 for no grouping (then only zero extension happens)
     * @param groupSize digits per group
     * @param minWidth  the minimum length of the result (zeros are added on the left), or <= 0
     */
    static String apply(String digits, char separator, int groupSize, int minWidth) {
        if (separator == 0) {
            return digits.length() >= minWidth ? digits : "0".repeat(minWidth - digits.length()) + digits;
        }
        StringBuilder out = new StringBuilder(); // built reversed
        int remaining = digits.length();
        int width = minWidth;
        boolean first = true;
        while (true) {
            if (!first) {
                out.append(separator);
            }
            first = false;
            int len = Math.min(groupSize, Math.max(Math.max(remaining, width), 1));
            int fromDigits = Math.min(remaining, len);
            for (int i = 0; i < fromDigits; i++) {
                out.append(digits.charAt(remaining - 1 - i));
            }
            for (int i = fromDigits; i < len; i++) {
                out.append('0');
            }
            remaining -= fromDigits;
            width -= groupSize;
            if (remaining <= 0 && width <= 0) {
                break;
            }
            width -= 1;
        }
        return out.reverse().toString();
    }
}
