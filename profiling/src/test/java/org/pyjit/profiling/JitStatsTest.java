package org.pyjit.profiling;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pyjit.interp.compile.CodeObject;
import org.pyjit.interp.compile.Compiler;
import org.pyjit.interp.parse.Parser;
import org.pyjit.optimizer.ir.Trace;

class JitStatsTest {
    private static String printed(JitStats stats) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        stats.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void compileFailuresAreListedWithTheirLoopAndReason() {
        CodeObject code = Compiler.compileModule(Parser.parse("x = 1\nwhile x < 3:\n    x += 1\n", "prog.py"),
                "prog.py", false);
        int header = 0;
        while (code.lines[header] != 2) header++;
        JitStats stats = new JitStats();
        stats.compileFailed(new Trace(code, header, List.of()), "codegen: loop method is 9000 bytes");
        String out = printed(stats);
        assertTrue(out.contains("compile failures:    1"), out);
        assertTrue(out.contains("<module> (prog.py:2): codegen: loop method is 9000 bytes"), out);
    }
}
