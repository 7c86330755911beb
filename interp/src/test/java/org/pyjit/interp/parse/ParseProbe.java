package org.pyjit.interp.parse;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.pyjit.interp.ast.Module;

/**
 * A development tool for comparing the parser with CPython: reads escaped sources (one per line, see
 * {@link CaseFiles#unescape}) and prints one result line per source, in the format compare.py expects:
 * {@code OK <dump with positions>}, {@code ERR kind|line|offset|endLine|endOffset|incomplete|msg} or
 * {@code EXC <java exception>}. Usage: {@code java ... ParseProbe sources.txt}.
 */
public final class ParseProbe {
    private ParseProbe() {}

    public static void main(String[] argv) throws IOException {
        boolean format = argv[0].equals("--format");
        List<String> lines = Files.readAllLines(Path.of(argv[format ? 1 : 0]), StandardCharsets.UTF_8);
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        for (String line : lines) {
            out.println(format ? formatted(CaseFiles.unescape(line)) : probe(CaseFiles.unescape(line)));
        }
        out.flush();
    }

    /** format() of the error for a file named x.py, or "" when the source parses. */
    static String formatted(String src) {
        try {
            Parser.parse(src, "x.py");
            return "";
        } catch (PySyntaxError e) {
            return CaseFiles.escape(e.format());
        }
    }

    static String probe(String src) {
        try {
            Module m = Parser.parse(src, "x.py");
            return "OK " + CaseFiles.escape(AstDump.dump(m, true));
        } catch (PySyntaxError e) {
            return "ERR " + errorLine(e);
        } catch (RuntimeException | StackOverflowError e) {
            return "EXC " + CaseFiles.escape(e.toString());
        }
    }

    static String errorLine(PySyntaxError e) {
        return e.kind() + "|" + e.line() + "|" + e.offset() + "|" + e.endLine() + "|" + e.endOffset() + "|"
                + (e.incompleteInput() ? 1 : 0) + "|" + CaseFiles.escape(e.msg());
    }
}
