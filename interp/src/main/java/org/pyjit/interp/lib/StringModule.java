package org.pyjit.interp.lib;

import org.pyjit.interp.runtime.Ops;
import org.pyjit.interp.runtime.PyBuiltinFunction;
import org.pyjit.interp.runtime.PyErr;
import org.pyjit.interp.runtime.PyList;
import org.pyjit.interp.runtime.PyModule;
import org.pyjit.interp.runtime.PyNone;

/** string: the character-class constants and capwords. */
final class StringModule {
    private StringModule() {}

    static final String ASCII_LOWERCASE = "abcdefghijklmnopqrstuvwxyz";
    static final String ASCII_UPPERCASE = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    static final String DIGITS = "0123456789";
    static final String PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
    static final String WHITESPACE = " \t\n\r\u000b\u000c";

    static PyModule create() {
        PyModule m = new PyModule("string");
        m.define("ascii_letters", ASCII_LOWERCASE + ASCII_UPPERCASE);
        m.define("ascii_lowercase", ASCII_LOWERCASE);
        m.define("ascii_uppercase", ASCII_UPPERCASE);
        m.define("digits", DIGITS);
        m.define("hexdigits", DIGITS + "abcdef" + "ABCDEF");
        m.define("octdigits", "01234567");
        m.define("punctuation", PUNCTUATION);
        m.define("whitespace", WHITESPACE);
        m.define("printable", DIGITS + ASCII_LOWERCASE + ASCII_UPPERCASE + PUNCTUATION + WHITESPACE);
        m.define("capwords", PyBuiltinFunction.kw("capwords", (a, kw) -> {
            Object[] p = LibSupport.parse("capwords", a, kw, 0, new String[] {"s", "sep"}, 1, 2);
            if (!(p[0] instanceof String)) {
                throw PyErr.attributeError("'" + Ops.typeName(p[0]) + "' object has no attribute 'split'");
            }
            Object sep = p[1] == null ? PyNone.NONE : p[1];
            Object parts = Ops.call(Ops.getAttr(p[0], "split"), new Object[] {sep}, null);
            PyList words = new PyList();
            org.pyjit.interp.runtime.PyIterator it = Ops.iterate(parts);
            for (Object w = it.next(); w != null; w = it.next()) {
                words.append(Ops.call(Ops.getAttr(w, "capitalize"), new Object[0], null));
            }
            Object joiner = sep == PyNone.NONE ? " " : sep;
            return Ops.call(Ops.getAttr(joiner, "join"), new Object[] {words}, null);
        }));
        return m;
    }
}
