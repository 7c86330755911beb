package org.pyjit.interp.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the interpreter does with a JIT's answers at a function's entry. */
class JitHooksTest {
    /** Stands for a JIT whose compiled code of answer() ran to its return (with 42), and of nothing else. */
    private static final class AnswerJit implements JitHooks {
        final List<String> entered = new ArrayList<>();

        @Override
        public boolean onBackEdge(Frame f) { return false; }

        @Override
        public boolean tracesFunctions() { return true; }

        @Override
        public Object onFunctionEntry(Frame f) {
            entered.add(f.code.name);
            return f.code.name.equals("answer") ? (Object) 42L : INTERPRET;
        }
    }

    private static String run(String source, JitHooks jit) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        Path here = Path.of(".");
        ProgramRunner.runSource(source, "t.py", new String[] {"t.py"}, here, here, o, o, interp -> interp.setJit(jit));
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aResultFromCompiledCodeIsTheCallsResultAndTheFrameDoesNotRun() {
        AnswerJit jit = new AnswerJit();
        String out = run("""
                def answer():
                    print("interpreted")
                    return 1
                def other(x):
                    return x + 1
                print(answer(), other(1), [answer() for _ in range(2)])
                """, jit);
        assertEquals("42 2 [42, 42]\n", out);
        assertEquals(List.of("answer", "other", "<listcomp>", "answer", "answer"), jit.entered);
    }
}
