package org.pyjit.interp.builtins;

import org.pyjit.interp.runtime.Formatting;
import org.pyjit.interp.runtime.Ops;
import org.pyjit.interp.runtime.PyErr;

/** str.format: replacement fields with auto/explicit indexes, names, attributes, items, conversions, specs. */
final class StrFormat {
    private StrFormat() {}

    static Object format(Object[] a, String[] kw) {
        return format((String) a[0], a, kw, new int[1]);
    }

    /** Formats fmt with the call's arguments; auto[0] is the next automatic field number (shared with nested specs). */
    private static String format(String fmt, Object[] a, String[] kw, int[] auto) {
        int nkw = kw == null ? 0 : kw.length;
        int npos = a.length - 1 - nkw;
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < fmt.length()) {
            char c = fmt.charAt(i);
            if (c == '{') {
                if (i + 1 < fmt.length() && fmt.charAt(i + 1) == '{') {
                    sb.append('{');
                    i += 2;
                    continue;
                }
                int depth = 1;
                int j = i + 1;
                while (j < fmt.length() && depth > 0) {
                    if (fmt.charAt(j) == '{') depth++;
                    else if (fmt.charAt(j) == '}') depth--;
                    if (depth > 0) j++;
                }
                if (j >= fmt.length()) throw PyErr.valueError("expected '}' before end of string");
                String field = fmt.substring(i + 1, j);
                String spec = "";
                char conv = 0;
                int colon = field.indexOf(':');
                if (colon >= 0) {
                    spec = field.substring(colon + 1);
                    field = field.substring(0, colon);
                }
                int bang = field.indexOf('!');
                if (bang >= 0) {
                    conv = field.charAt(bang + 1);
                    field = field.substring(0, bang);
                }
                int end = 0;
                while (end < field.length() && field.charAt(end) != '.' && field.charAt(end) != '[') end++;
                String head = field.substring(0, end);
                Object v;
                if (head.isEmpty()) {
                    if (auto[0] >= npos) {
                        throw PyErr.indexError("Replacement index " + auto[0] + " out of range for positional args tuple");
                    }
                    v = a[1 + auto[0]++];
                } else if (Character.isDigit(head.charAt(0))) {
                    int k = Integer.parseInt(head);
                    if (k >= npos) throw PyErr.indexError("Replacement index " + k + " out of range for positional args tuple");
                    v = a[1 + k];
                } else {
                    v = null;
                    for (int k = 0; k < nkw; k++) {
                        if (kw[k].equals(head)) v = a[1 + npos + k];
                    }
                    if (v == null) throw PyErr.keyError(head);
                }
                String rest = field.substring(end);
                while (!rest.isEmpty()) {
                    if (rest.charAt(0) == '.') {
                        int e = 1;
                        while (e < rest.length() && rest.charAt(e) != '.' && rest.charAt(e) != '[') e++;
                        v = Ops.getAttr(v, rest.substring(1, e));
                        rest = rest.substring(e);
                    } else {
                        int e = rest.indexOf(']');
                        String key = rest.substring(1, e);
                        Object k = key.chars().allMatch(Character::isDigit) && !key.isEmpty() ? (Object) Long.parseLong(key) : key;
                        v = Ops.getItem(v, k);
                        rest = rest.substring(e + 1);
                    }
                }
                if (spec.contains("{")) spec = format(spec, a, kw, auto);
                if (conv == 'r' || conv == 'a') v = Ops.repr(v);
                else if (conv == 's') v = Ops.str(v);
                sb.append(Formatting.format(v, spec));
                i = j + 1;
            } else if (c == '}') {
                if (i + 1 < fmt.length() && fmt.charAt(i + 1) == '}') {
                    sb.append('}');
                    i += 2;
                    continue;
                }
                throw PyErr.valueError("Single '}' encountered in format string");
            } else {
                sb.append(c);
                i++;
            }
        }
        return sb.toString();
    }
}
