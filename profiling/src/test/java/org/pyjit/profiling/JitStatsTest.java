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
import org.pyjit.optimizer.ir.Const;
import org.pyjit.optimizer.ir.Op;
import org.pyjit.optimizer.ir.OpCode;
import org.pyjit.optimizer.ir.Trace;

class JitStatsTest {
    private static String printed(JitStats stats) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        stats.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void expectedExitsAreSummedByLoopMostFirst() {
        CodeObject code = Compiler.compileModule(Parser.parse(
                "x = 1\nwhile x < 3:\n    x += 1\nwhile x < 9:\n    x += 2\n", "prog.py"), "prog.py", false);
        int first = 0;
        while (code.lines[first] != 2) first++;
        int second = first;
        while (code.lines[second] != 4) second++;
        Trace a = new Trace(code, first, List.of());
        Trace b = new Trace(code, second, List.of());
        Op endA = expected();
        Op otherEndA = expected();
        Op endB = expected();
        JitStats stats = new JitStats();
        for (int i = 0; i < 3; i++) stats.exitTaken(b, 0, endB);
        stats.exitTaken(a, 0, endA);
        stats.exitTaken(a, 1, otherEndA);
        String out = printed(stats);
        assertTrue(out.contains("loop exits:          5 expected, 0 failed guards"), out);
        int atB = out.indexOf("       3  <module> (prog.py:4)");
        int atA = out.indexOf("       2  <module> (prog.py:2)");
        assertTrue(atB > 0 && atA > atB, out);
    }

    private static Op expected() {
        Op exit = new Op(OpCode.GUARD_TRUE, null, Const.ofBool(true));
        exit.expectedExit = true;
        return exit;
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
