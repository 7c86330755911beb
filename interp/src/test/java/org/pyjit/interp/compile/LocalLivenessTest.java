package org.pyjit.interp.compile;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.pyjit.interp.parse.Parser;

class LocalLivenessTest {
    /** The code object of the first function defined in source. */
    private static CodeObject function(String source) {
        CodeObject module = Compiler.compileModule(Parser.parse(source, "<test>"), "<test>", false);
        return (CodeObject) Arrays.stream(module.consts).filter(c -> c instanceof CodeObject).findFirst().orElseThrow();
    }

    private static int local(CodeObject code, String name) { return Arrays.asList(code.varnames).indexOf(name); }

    /** The pc of the n-th (0-based) instruction with the given opcode. */
    private static int pcOf(CodeObject code, int opcode, int n) {
        for (int pc = 0; pc < code.ops.length; pc++) if (code.ops[pc] == opcode && n-- == 0) return pc;
        throw new AssertionError("no such instruction");
    }

    @Test
    void aLocalWrittenBeforeItIsReadAgainIsDeadInBetween() {
        CodeObject f = function("""
                def f(xs):
                    t = 0
                    for x in xs:
                        d = x * 2
                        t += d
                    return t
                """);
        LocalLiveness l = LocalLiveness.of(f);
        int header = pcOf(f, Opcode.FOR_ITER, 0);
        assertFalse(l.isLive(header, local(f, "d")), "d is written in every iteration before it is read");
        assertFalse(l.isLive(header, local(f, "x")), "so is x");
        assertTrue(l.isLive(header, local(f, "t")), "t is read after the loop and in it");
        assertFalse(l.isLive(header, local(f, "xs")), "xs was read once, for its iterator");
        assertFalse(l.isLive(pcOf(f, Opcode.RETURN_VALUE, 0), local(f, "t")), "nothing is live once t is loaded");
    }

    @Test
    void aLocalReadByAnExceptionHandlerIsLiveThroughoutTheTryBody() {
        CodeObject f = function("""
                def f(n):
                    state = 1
                    try:
                        state = 2
                        n = 10 // n
                        state = 3
                    except ZeroDivisionError:
                        return state
                    return n
                """);
        LocalLiveness l = LocalLiveness.of(f);
        int division = pcOf(f, Opcode.BINARY_OP, 0);
        assertTrue(l.isLive(division, local(f, "state")), "the handler reads state if the division raises");
    }

    @Test
    void aDeletedLocalCountsAsRead() {
        CodeObject f = function("""
                def f():
                    a = 1
                    b = 2
                    del a
                    return b
                """);
        assertTrue(LocalLiveness.of(f).isLive(pcOf(f, Opcode.STORE_FAST, 1), local(f, "a")), "del a needs a bound");
    }

    @Test
    void codeThatCanSeeItsLocalsKeepsThemAllLive() {
        CodeObject f = function("""
                def f(xs):
                    for x in xs:
                        d = x
                        print(locals())
                """);
        assertTrue(LocalLiveness.of(f).isLive(pcOf(f, Opcode.FOR_ITER, 0), local(f, "d")));
    }
}
