package org.pyjit.codegen;

import java.util.List;
import org.pyjit.optimizer.ir.Op;

/**
 * A trace installed as a hidden class. Holding this record keeps the class alive; dropping it lets the JVM
 * unload the class and its machine code.
 *
 * @param entry        {@code run(Object[] io)}: io holds the inputs on entry; an expected exit writes its
 *                     live values to io[0..n) and returns its exit id; any other exit throws a DeoptException;
 *                     a side trace's FINISH writes the loop's next inputs to io and returns {@link #REJOIN}.
 *                     An exit with a side trace linked runs it instead: the exits the side trace leaves by are
 *                     thrown with their own ids; when it finishes, the code returns {@link ExitLinks#REJOINED}
 *                     with the loop's next inputs in io
 * @param exits        the trace's exits: exit id = exitBase + index
 * @param exitBase     the id of the first exit
 * @param ioSize       the io length the caller must pass: the inputs, or an expected exit's live values
 * @param finishValues how many values a side trace's FINISH writes (the loop's inputs, then frame slots; 0 for
 *                     one that ends with a RETURN or a YIELD); -1 for a loop
 * @param links        the side traces the exits call directly
 * @param className    the hidden class's name, {@code org.pyjit.codegen.py$<file>$<function>/0x...}
 * @param methodName   the loop method's name, {@code loop@L<line>}
 * @param bytecodeSize the loop method's bytecode length
 */
public record CompiledLoop(TraceCode entry, List<Op> exits, int exitBase, int ioSize, int finishValues,
        ExitLinks links, String className, String methodName, int bytecodeSize) {
    /** What a side trace returns when it finishes: io holds the loop's next inputs. */
    public static final int REJOIN = -1;

    public CompiledLoop {
        exits = List.copyOf(exits);
    }

    /** The exit with this (global) id. */
    public Op exit(int exitId) { return exits.get(exitId - exitBase); }

    /**
     * From now on the exit with this global id calls side directly (a side trace compiled from that exit,
     * whose inputs are the exit's live values, then the frame slots of slots, null for none): it no longer
     * leaves to the caller. loopInputs: the number of the loop's inputs (see {@link ExitLinks#link}).
     */
    public void link(int exitId, CompiledLoop side, ExitLinks.FrameSlots slots, int loopInputs) {
        links.link(exitId, side, slots, loopInputs);
    }
}
