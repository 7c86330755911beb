package org.pyjit.interp.parse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the test data files written by gen_cases.py. Each case is a header line {@code === name [flags]} followed
 * by a fixed number of lines; sources, dumps and messages are escaped onto one line (backslash, newline, carriage
 * return, tab and other control characters are written as \\ \n \r \t \xNN).
 */
final class CaseFiles {
    private CaseFiles() {}

    record Case(String name, String flags, List<String> lines) {
        @Override
        public String toString() { return name; }
    }

    static Path dataFile(String name) {
        Path rel = Path.of("src", "test", "java", "org", "pyjit", "interp", "parse", name);
        for (Path base : new Path[] {Path.of(""), Path.of("interp")}) {
            Path p = base.resolve(rel);
            if (Files.exists(p)) {
                return p;
            }
        }
        throw new IllegalStateException("test data file not found: " + rel.toAbsolutePath());
    }

    static List<Case> read(String fileName, int linesPerCase) {
        List<String> all;
        try {
            all = Files.readAllLines(dataFile(fileName), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < all.size(); ) {
            String h = all.get(i);
            if (!h.startsWith("=== ")) {
                i++;
                continue;
            }
            String rest = h.substring(4);
            int sp = rest.indexOf(' ');
            String name = sp < 0 ? rest : rest.substring(0, sp);
            String flags = sp < 0 ? "" : rest.substring(sp + 1);
            cases.add(new Case(name, flags, all.subList(i + 1, i + 1 + linesPerCase)));
            i += 1 + linesPerCase;
        }
        return cases;
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        sb.append(String.format("\\x%02x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }

    static String unescape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 >= s.length()) {
                sb.append(c);
                continue;
            }
            char d = s.charAt(++i);
            switch (d) {
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'x' -> {
                    sb.append((char) Integer.parseInt(s.substring(i + 1, i + 3), 16));
                    i += 2;
                }
                default -> sb.append(d);
            }
        }
        return sb.toString();
    }
}
