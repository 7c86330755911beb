package org.pyjit.codegen;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.Type;
import org.pyjit.optimizer.ir.Bridge;
import org.pyjit.optimizer.ir.Kind;
import org.pyjit.optimizer.ir.Op;
import org.pyjit.optimizer.ir.OpCode;
import org.pyjit.optimizer.ir.Trace;
import org.pyjit.optimizer.ir.Value;

/**
 * The JVM locals of a loop method: values that are never live at the same point share one. With a local per
 * value, a trace of a thousand ops had as many locals, and C1 pays for every local at every block of such a
 * method (its null check elimination and the states it copies at each block and call scan them all), and a
 * local above 255 costs a wide load and store.
 * <p>
 * Liveness is computed over the method's control flow: the ops in the order the method has them (the trace,
 * then each bridge), a guard's bridge, a JUMP's loop header (or the start, for a bridge that restarts the
 * trace) and a MERGE_JUMP's merge point. An op has two points, 2p before it (its operands are read) and 2p+1
 * after it (its result is written; the values its exit passes on are read there too, since a guard's own
 * value is stored before it branches to its stub, and so are an overflow check's operands). A value's range runs from its first point to its last, so
 * a value may take the local of one whose last use is the op that makes it; values whose ranges do not
 * overlap share a local. The ranges are intervals, colored greedily in order of their starts, which needs no
 * more locals of a type than there are ranges of that type over one point. Only values of one JVM type share a
 * local, so the verifier sees one type per local wherever paths meet.
 */
final class SlotSharing {
    /** The slot of each value, and the first slot after them all. */
    record Slots(Map<Op, Integer> slots, int end) {}

    private final Trace trace;
    private final List<Op> order = new ArrayList<>();
    private final Map<Op, Integer> position = new IdentityHashMap<>();
    /** Each value's number: its bit in the liveness sets. */
    private final Map<Op, Integer> number = new IdentityHashMap<>();
    private final List<Op> values = new ArrayList<>();
    /** The JUMPs that end bridges restarting the trace (at its start, with new inputs). */
    private final Set<Op> restarting = Collections.newSetFromMap(new IdentityHashMap<>());
    private int[][] successors;

    private SlotSharing(Trace trace) {
        this.trace = trace;
        for (Op op : trace.ops) add(op);
        for (Bridge b : trace.bridges) {
            for (Op op : b.ops()) add(op);
            if (b.toStart()) restarting.add(b.ops().get(b.ops().size() - 1));
        }
    }

    /**
     * Slots from {@code reserved} on (the method's parameters come first); the locals of the most used values
     * (uses: reads of each value) get the lowest ones, where loads and stores are shortest.
     */
    static Slots assign(Trace t, int reserved, Map<Op, Integer> uses) {
        SlotSharing s = new SlotSharing(t);
        s.successors = s.successors();
        int[] group = s.groups(s.liveIn());
        return s.number(group, reserved, uses);
    }

    private void add(Op op) {
        position.put(op, order.size());
        order.add(op);
        if (op.kind() != Kind.VOID) {
            number.put(op, values.size());
            values.add(op);
        }
    }

    /** Where control goes after each op (see LoopMethodWriter). */
    private int[][] successors() {
        int inputs = 0;
        while (inputs < trace.ops.size() && trace.ops.get(inputs).opcode == OpCode.INPUT) inputs++;
        Op label = trace.label();
        int header = label != null ? position.get(label) : inputs;
        Map<Op, Integer> bridgeStart = new IdentityHashMap<>();
        BitSet ends = new BitSet();
        ends.set(trace.ops.size() - 1);
        for (Bridge b : trace.bridges) {
            bridgeStart.put(b.guard(), position.get(b.ops().get(0)));
            ends.set(position.get(b.ops().get(b.ops().size() - 1)));
        }
        int[][] r = new int[order.size()][];
        for (int p = 0; p < order.size(); p++) {
            Op op = order.get(p);
            r[p] = switch (op.opcode) {
                case JUMP -> new int[] {restarting.contains(op) ? inputs : header};
                case MERGE_JUMP -> new int[] {position.get((Op) op.descr) + 1};
                case FINISH, RETURN, YIELD -> new int[0];
                default -> {
                    Integer bridge = bridgeStart.get(op);
                    if (ends.get(p)) yield bridge != null ? new int[] {bridge} : new int[0];
                    yield bridge != null ? new int[] {p + 1, bridge} : new int[] {p + 1};
                }
            };
        }
        return r;
    }

    /** The values live before each op (its operands included), to a fixed point over the back edges. */
    private BitSet[] liveIn() {
        int n = order.size();
        BitSet[] uses = new BitSet[n];
        BitSet[] defs = new BitSet[n];
        BitSet[] in = new BitSet[n];
        for (int p = 0; p < n; p++) {
            Op op = order.get(p);
            uses[p] = new BitSet();
            defs[p] = new BitSet();
            in[p] = new BitSet();
            for (int i = 0; i < op.argCount(); i++) if (op.arg(i) instanceof Op a) uses[p].set(numberOf(a));
            if (op.hasExit()) for (Op live : op.snapshot().liveOps()) uses[p].set(numberOf(live));
            for (Op target : writes(op)) defs[p].set(numberOf(target));
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int p = n - 1; p >= 0; p--) {
                BitSet live = new BitSet();
                for (int s : successors[p]) live.or(in[s]);
                live.andNot(defs[p]);
                live.or(uses[p]);
                if (!live.equals(in[p])) {
                    in[p] = live;
                    changed = true;
                }
            }
        }
        return in;
    }

    private int numberOf(Op op) {
        Integer i = number.get(op);
        if (i == null) throw new IllegalStateException(op + " is used but not in the method");
        return i;
    }

    /**
     * The values op writes to their locals: its own value, or for a JUMP, a MERGE and a MERGE_JUMP the targets
     * it moves a new value into (an operand that already is its target's value is not moved).
     */
    private List<Op> writes(Op op) {
        List<Op> r = new ArrayList<>();
        switch (op.opcode) {
            case JUMP -> moved(op, jumpTargets(op), r);
            case MERGE -> moved(op, mergeParams(op), r);
            case MERGE_JUMP -> moved(op, mergeParams((Op) op.descr), r);
            case MERGE_PARAM -> { }
            default -> {
                if (op.kind() != Kind.VOID) r.add(op);
            }
        }
        return r;
    }

    /** As LoopMethodWriter.moveInto moves them. */
    private static void moved(Op op, List<? extends Value> targets, List<Op> r) {
        for (int i = 0; i < targets.size(); i++) if (op.arg(i) != targets.get(i)) r.add((Op) targets.get(i));
    }

    private List<? extends Value> jumpTargets(Op jump) {
        return LoopMethodWriter.jumpTargets(trace, restarting.contains(jump));
    }

    private List<Op> mergeParams(Op merge) { return LoopMethodWriter.mergeParams(trace, position.get(merge)); }

    /** Each value's range, and a group per value (values of one group share a local). */
    private int[] groups(BitSet[] liveIn) {
        int[] first = new int[values.size()];
        int[] last = new int[values.size()];
        Arrays.fill(first, Integer.MAX_VALUE);
        Arrays.fill(last, -1);
        // A value's range runs between the first and the last point it is live at. Live sets are walked a word
        // at a time, forwards for first points and backwards for last ones, and only the values not yet seen
        // are visited: visiting every live value at every point cost C2 half a second of compiling this loop
        // (in OSR) in deltablue, whose methods have thousands of ops.
        BitSet seen = new BitSet();
        for (int p = 0; p < order.size(); p++) {
            unseenAt(liveIn[p], seen, first, 2 * p, true);
            // After op p: what its successors need (a jump's target may lie behind it), what it writes, and
            // what its exit passes on.
            for (int s : successors[p]) unseenAt(liveIn[s], seen, first, 2 * p + 1, true);
            Op op = order.get(p);
            for (Op target : writes(op)) extend(first, last, numberOf(target), 2 * p + 1);
            if (op.hasExit()) for (Op live : op.snapshot().liveOps()) extend(first, last, numberOf(live), 2 * p + 1);
            if (op.isGuard() && op.kind() != Kind.VOID) {
                // An overflow check reads its operands again after its result is stored (see Guards).
                for (int i = 0; i < op.argCount(); i++) if (op.arg(i) instanceof Op a) extend(first, last, numberOf(a), 2 * p + 1);
            }
        }
        seen.clear();
        for (int p = order.size() - 1; p >= 0; p--) {
            for (int s : successors[p]) unseenAt(liveIn[s], seen, last, 2 * p + 1, false);
            unseenAt(liveIn[p], seen, last, 2 * p, false);
        }
        // A value with no point (a merge param nothing moves into or reads) still gets a local of its own.
        for (int v = 0; v < values.size(); v++) {
            if (last[v] < 0) {
                first[v] = 2 * position.get(values.get(v)) + 1;
                last[v] = first[v];
            }
        }
        int[] group = new int[values.size()];
        List<Type> groupType = new ArrayList<>();
        List<Integer> groupEnd = new ArrayList<>();
        for (int v : ascending(first)) {
            Type type = JvmKinds.type(values.get(v).kind());
            int g = -1;
            for (int i = 0; i < groupType.size() && g < 0; i++) {
                if (groupEnd.get(i) < first[v] && groupType.get(i).equals(type)) g = i;
            }
            if (g < 0) {
                g = groupType.size();
                groupType.add(type);
                groupEnd.add(last[v]);
            } else {
                groupEnd.set(g, last[v]);
            }
            group[v] = g;
        }
        return group;
    }

    /**
     * The indices of keys in ascending order of their keys, equal keys in index order. (Sorted as packed longs,
     * not with a Comparator lambda: lambdas are linked through invokedynamic at their first use, milliseconds of
     * the first trace's compile.)
     */
    private static int[] ascending(int[] keys) {
        long[] packed = new long[keys.length];
        for (int i = 0; i < keys.length; i++) packed[i] = (long) keys[i] << 32 | i;
        Arrays.sort(packed);
        int[] r = new int[keys.length];
        for (int i = 0; i < keys.length; i++) r[i] = (int) packed[i];
        return r;
    }

    /**
     * Marks the values of live not seen before as live at point: the first point they are live at when points
     * are visited in ascending order (earliest), the last in descending order.
     */
    private static void unseenAt(BitSet live, BitSet seen, int[] bound, int point, boolean earliest) {
        BitSet fresh = (BitSet) live.clone();
        fresh.andNot(seen);
        for (int v = fresh.nextSetBit(0); v >= 0; v = fresh.nextSetBit(v + 1)) {
            bound[v] = earliest ? Math.min(bound[v], point) : Math.max(bound[v], point);
        }
        seen.or(fresh);
    }

    private static void extend(int[] first, int[] last, int v, int point) {
        if (point < first[v]) first[v] = point;
        if (point > last[v]) last[v] = point;
    }

    /** Slots for the groups, the most used first. */
    private Slots number(int[] group, int reserved, Map<Op, Integer> uses) {
        int groups = 0;
        for (int g : group) groups = Math.max(groups, g + 1);
        int[] used = new int[groups];
        int[] size = new int[groups];
        for (int v = 0; v < values.size(); v++) {
            used[group[v]] += uses.getOrDefault(values.get(v), 0);
            size[group[v]] = JvmKinds.type(values.get(v).kind()).getSize();
        }
        int[] leastUsedFirst = new int[groups];
        for (int g = 0; g < groups; g++) leastUsedFirst[g] = -used[g];
        int[] slotOf = new int[groups];
        int next = reserved;
        for (int g : ascending(leastUsedFirst)) {
            slotOf[g] = next;
            next += size[g];
        }
        Map<Op, Integer> slots = new IdentityHashMap<>();
        for (int v = 0; v < values.size(); v++) slots.put(values.get(v), slotOf[group[v]]);
        return new Slots(slots, next);
    }
}
