package org.pyjit.codegen;

import java.lang.invoke.MethodHandle;
import java.util.List;
import org.pyjit.optimizer.ir.Op;

/**
 * A trace installed as a hidden class. Holding this record keeps the class alive; dropping it lets the JVM
 * unload the class and its machine code.
 *
 * @param entry        {@code (Object[] io)int}: io holds the inputs on entry; an expected exit writes its
 *                     live values to io[0..n) and returns its exit id; any other exit throws a DeoptException;
 *                     a side trace's FINISH writes the loop's next inputs to io and returns {@link #REJOIN}
 * @param exits        the trace's exits: index = exit id
 * @param ioSize       the io length the caller must pass: the inputs, or an expected exit's live values
 * @param className    the hidden class's name, {@code org.pyjit.codegen.py$<file>$<function>/0x...}
 * @param methodName   the loop method's name, {@code loop@L<line>}
 * @param bytecodeSize the loop method's bytecode length
 */
public record CompiledLoop(MethodHandle entry, List<Op> exits, int ioSize, String className, String methodName,
        int bytecodeSize) {
    /** What a side trace returns when it finishes: io holds the loop's next inputs. */
    public static final int REJOIN = -1;

    public CompiledLoop {
        exits = List.copyOf(exits);
    }
}
