package org.pyjit.codegen;

import java.util.Arrays;
import org.pyjit.optimizer.ir.DeoptException;

/**
 * The side traces linked to one compiled trace's exits, so that an exit with a side trace calls it directly
 * instead of leaving to the JIT, which would look the side trace up and call it: a throw and a dispatch
 * (about 200 ns) become a call (a few ns). Every guard and expected exit of the trace's class goes through
 * {@link #leave} or {@link #leaveExpected}. Exit ids here are the trace's global ones (its exit base plus the index in its exits).
 *
 * <p>A side trace may also take values the loop does not carry, from the interpreter's frame (see
 * {@link FrameSlots}): they are read before it runs, and written back when it finishes.
 *
 * <p>Set by the JIT's thread only, read by the same thread: no synchronization.
 */
public final class ExitLinks {
    /**
     * What a side trace passes through the interpreter's frame rather than its exit: read into its inputs
     * after the exit's live values, and written back from what its FINISH writes after the loop's inputs.
     */
    public interface FrameSlots {
        /** How many slots. */
        int count();

        /** io[at..] = the slots' values in the running frame. */
        void read(Object[] io, int at);

        /** The slots of the running frame = io[at..]. */
        void write(Object[] io, int at);
    }

    /**
     * What a linked side trace's caller returns when it finished: the loop's next inputs are in io and its
     * frame slots written (whereas {@link CompiledLoop#REJOIN}, from a side trace's own FINISH, leaves them
     * to its caller to write).
     */
    public static final int REJOINED = -2;

    /**
     * rejoinInputs: how many inputs the loop has (the first values a side trace's FINISH writes, or those a side
     * trace linked to one of its exits wrote, when it rejoins through that); ioSize: the length of the side
     * trace's io, room for them included.
     */
    private record Link(TraceCode entry, int ioSize, int rejoinInputs, FrameSlots slots) {}

    private final int base;
    private final Link[] links;

    ExitLinks(int base, int exits) {
        this.base = base;
        this.links = new Link[exits];
    }

    /**
     * From now on, exit exitId (global) runs side directly; side takes the exit's live values as its inputs,
     * then the frame slots of slots (null: none). loopInputs: how many inputs the loop has, which a side trace
     * that rejoins it passes on (one that ends where its function returns or yields still has exits that may).
     */
    void link(int exitId, CompiledLoop side, FrameSlots slots, int loopInputs) {
        if (side.finishValues() < 0) throw new IllegalArgumentException("only a side trace can be linked to an exit");
        int passed = slots == null ? 0 : slots.count();
        if (side.finishValues() > 0 && side.finishValues() != loopInputs + passed) {
            throw new IllegalArgumentException("the side trace finishes with " + side.finishValues() + " values, not "
                    + loopInputs + " inputs and " + passed + " frame slots");
        }
        links[exitId - base] = new Link(side.entry(), Math.max(side.ioSize(), loopInputs), loopInputs, slots);
    }

    /**
     * Called by generated code when the trace leaves by the guard exitId, before it boxes its live values: an
     * array for them, with room for the inputs of the side trace linked to the exit (which then runs on it
     * without a copy), or of exactly their number, which a DeoptException carries.
     */
    static Object[] valuesArray(ExitLinks self, int exitId, int live) {
        Link link = self.links[exitId - self.base];
        return new Object[link == null ? live : Math.max(live, link.ioSize)];
    }

    /**
     * Called by generated code when the trace leaves by the guard exitId with its live boxed values in
     * values[0..live) (an array from {@link #valuesArray}): runs the side trace linked to the exit (see
     * {@link #run}), or throws the guard's DeoptException.
     */
    static int leave(ExitLinks self, int exitId, int live, Object[] values, Object[] io) {
        Link link = self.links[exitId - self.base];
        if (link == null) {
            throw new DeoptException(exitId, values.length == live ? values : Arrays.copyOf(values, live), null);
        }
        return run(link, values.length >= link.ioSize ? values : Arrays.copyOf(values, link.ioSize), live, io);
    }

    /**
     * Called by generated code when the trace leaves by its expected exit, its live boxed values already in
     * io[0..live): returns the exit id, unless a side trace is linked to it (see {@link #run}). The common case
     * (the loop just ends) copies nothing; a side trace runs on io itself when it has the room (an inner loop's
     * end whose side trace goes around the outer loop takes it at every outer iteration: nbody's steps).
     */
    static int leaveExpected(ExitLinks self, int exitId, int live, Object[] io) {
        Link link = self.links[exitId - self.base];
        if (link == null) return exitId;
        return run(link, io.length >= link.ioSize ? io : Arrays.copyOf(io, Math.max(live, link.ioSize)), live, io);
    }

    /**
     * Runs a linked side trace on sideIo (the exit's live values in [0..live), room for its other inputs):
     * when it finishes, its frame slots are written, its next loop inputs copied to io and {@link #REJOINED}
     * returned (up to the loop's caller, who enters the loop again); when it leaves by its own expected exit
     * (its function returns, its generator yields, a loop ends), that exit's id is returned with its values
     * copied to io, as the trace's own expected exit returns (up to the JIT), or thrown to the JIT when they
     * do not fit there. (A function trace's side traces leave at every call that takes them: a throw through
     * the trace's frames cost several times the return.)
     */
    private static int run(Link link, Object[] sideIo, int live, Object[] io) {
        if (link.slots != null) link.slots.read(sideIo, live);
        int r = link.entry.run(sideIo);
        if (r >= 0) {
            if (sideIo.length > io.length) throw new DeoptException(r, sideIo, null);
            if (sideIo != io) System.arraycopy(sideIo, 0, io, 0, sideIo.length);
            return r;
        }
        if (r == CompiledLoop.REJOIN && link.slots != null) link.slots.write(sideIo, link.rejoinInputs);
        if (sideIo != io) System.arraycopy(sideIo, 0, io, 0, link.rejoinInputs);
        return REJOINED;
    }
}
