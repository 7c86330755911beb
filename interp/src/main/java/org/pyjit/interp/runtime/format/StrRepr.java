package org.pyjit.interp.runtime.format;

/**
 * Python's repr() of str and bytes, and ascii(): the quote choice (single quotes unless the text holds a
 * single quote and no double quote), the escapes \\ \n \r \t, and hex escapes for everything that is not
 * printable. Printability follows str.isprintable(): the "Other" (Cc, Cf, Cs, Co, Cn) and "Separator" (Zl,
 * Zp, Zs) categories are non-printable, except the space; categories are those of Unicode 14.0, the version
 * CPython 3.11 uses (see {@link PyUnicodeData}).
 */
public final class StrRepr {
    private StrRepr() {}

    /** repr(s) for a Python str; lone surrogates are escaped as \\udXXX. */
    public static String repr(String s) {
        return quote(s, false);
    }

    /** ascii(s): like repr, but every non-ASCII character is escaped too. */
    public static String ascii(String s) {
        return quote(s, true);
    }

    /** Escapes the non-ASCII characters of an already-formed repr, as ascii() does for any object. */
    public static String escapeNonAscii(String repr) {
        StringBuilder sb = null;
        for (int i = 0; i < repr.length(); ) {
            int cp = repr.codePointAt(i);
            if (cp >= 0x80 && sb == null) {
                sb = new StringBuilder(repr.length() + 16).append(repr, 0, i);
            }
            if (sb != null) {
                if (cp >= 0x80) {
                    hexEscape(sb, cp);
                } else {
                    sb.append((char) cp);
                }
            }
            i += Character.charCount(cp);
        }
        return sb == null ? repr : sb.toString();
    }

    /** repr(b) for a Python bytes object: b'...' with \\xNN for bytes outside printable ASCII. */
    public static String reprBytes(byte[] b) {
        boolean single = false;
        boolean dbl = false;
        for (byte x : b) {
            single |= x == '\'';
            dbl |= x == '"';
        }
        char quote = single && !dbl ? '"' : '\'';
        StringBuilder sb = new StringBuilder(b.length + 3).append('b').append(quote);
        for (byte x : b) {
            int c = x & 0xff;
            if (c == quote || c == '\\') {
                sb.append('\\').append((char) c);
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < 0x20 || c >= 0x7f) {
                hexEscape(sb, c);
            } else {
                sb.append((char) c);
            }
        }
        return sb.append(quote).toString();
    }

    /** str.isprintable() for one code point. */
    public static boolean isPrintable(int cp) {
        if (cp == ' ') {
            return true;
        }
        return switch (PyUnicodeData.type(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                 Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }

    private static String quote(String s, boolean asciiOnly) {
        boolean single = s.indexOf('\'') >= 0;
        boolean dbl = s.indexOf('"') >= 0;
        char quote = single && !dbl ? '"' : '\'';
        StringBuilder sb = new StringBuilder(s.length() + 2).append(quote);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == quote || cp == '\\') {
                sb.append('\\').appendCodePoint(cp);
            } else if (cp == '\t') {
                sb.append("\\t");
            } else if (cp == '\n') {
                sb.append("\\n");
            } else if (cp == '\r') {
                sb.append("\\r");
            } else if (cp < 0x20 || cp == 0x7f) {
                hexEscape(sb, cp);
            } else if (cp < 0x7f) {
                sb.append((char) cp);
            } else if (asciiOnly || !isPrintable(cp)) {
                hexEscape(sb, cp);
            } else {
                sb.appendCodePoint(cp);
            }
        }
        return sb.append(quote).toString();
    }

    /** \xNN, \\uNNNN or \\UNNNNNNNN, whichever is the shortest that fits. */
    private static void hexEscape(StringBuilder sb, int cp) {
        String hex = Integer.toHexString(cp);
        int width;
        if (cp < 0x100) {
            sb.append("\\x");
            width = 2;
        } else if (cp < 0x10000) {
            sb.append("\\u");
            width = 4;
        } else {
            sb.append("\\U");
            width = 8;
        }
        for (int k = hex.length(); k < width; k++) {
            sb.append('0');
        }
        sb.append(hex);
    }
}
