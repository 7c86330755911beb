package org.pyjit.codegen;

import static org.pyjit.codegen.Fixtures.at;
import static org.pyjit.optimizer.ir.OpCode.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.pyjit.optimizer.ir.Const;
import org.pyjit.optimizer.ir.Kind;
import org.pyjit.optimizer.ir.Op;
import org.pyjit.optimizer.ir.OpCode;
import org.pyjit.optimizer.ir.Trace;
import org.pyjit.optimizer.ir.TraceBuilder;
import org.pyjit.optimizer.ir.Value;

/**
 * Random loops of int, float and bool ops with guards, for differential testing. Inputs are a counter, two
 * ints, two floats and a bool, each class-guarded and unboxed; the body draws operands from the values so
 * far (or constants, often extreme ones); guards and overflow checks get snapshots of random live values;
 * the loop's expected exit is the counter reaching a small limit. Half of the traces are peeled (a LABEL
 * over the unboxed values), half re-box their next values into the inputs.
 */
final class RandomTraces {
    private static final Class<?>[] INPUT_CLASSES = {Long.class, Long.class, Long.class, Double.class, Double.class,
            Boolean.class};
    private static final OpCode[] INT_BINARY = {INT_ADD, INT_SUB, INT_MUL, INT_AND, INT_OR, INT_XOR};
    private static final OpCode[] INT_OVF = {INT_ADD_OVF, INT_SUB_OVF, INT_MUL_OVF};
    private static final OpCode[] INT_COMPARE = {INT_LT, INT_LE, INT_EQ, INT_NE, INT_GT, INT_GE};
    private static final OpCode[] FLOAT_BINARY = {FLOAT_ADD, FLOAT_SUB, FLOAT_MUL, FLOAT_DIV};
    private static final OpCode[] FLOAT_COMPARE = {FLOAT_LT, FLOAT_LE, FLOAT_EQ, FLOAT_NE, FLOAT_GT, FLOAT_GE};
    private static final long[] SPECIAL_LONGS = {0, 1, -1, 2, 63, 64, Long.MAX_VALUE, Long.MIN_VALUE,
            Long.MAX_VALUE - 1, Long.MIN_VALUE + 1, 1L << 32, -(1L << 31), 3_037_000_499L};
    private static final double[] SPECIAL_DOUBLES = {0.0, -0.0, 1.0, -1.0, 0.5, Double.NaN,
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MAX_VALUE, Double.MIN_VALUE, 1e-300, 3.0};

    private final Random random;
    private List<Op> ints;
    private List<Op> floats;
    private List<Op> bools;
    private TraceBuilder b;

    RandomTraces(long seed) { this.random = new Random(seed); }

    /** The inputs a trace starts from: mostly of the guarded classes, sometimes not. */
    Object[] inputs() {
        Object[] in = new Object[INPUT_CLASSES.length];
        in[0] = (long) random.nextInt(3);
        for (int i = 1; i < in.length; i++) {
            Class<?> c = random.nextInt(40) == 0 ? INPUT_CLASSES[(i + 2) % INPUT_CLASSES.length] : INPUT_CLASSES[i];
            in[i] = c == Long.class ? someLong() : c == Double.class ? (Object) someDouble() : random.nextBoolean();
        }
        return in;
    }

    Trace next() {
        b = new TraceBuilder().atLine(2);
        ints = new ArrayList<>();
        floats = new ArrayList<>();
        bools = new ArrayList<>();
        List<Op> inputs = new ArrayList<>();
        for (int i = 0; i < INPUT_CLASSES.length; i++) inputs.add(b.input(i));
        List<Op> carried = new ArrayList<>();
        for (int i = 0; i < INPUT_CLASSES.length; i++) {
            b.guardClass(inputs.get(i), INPUT_CLASSES[i], at(inputs.toArray(new Value[0])));
            Op v = b.op(INPUT_CLASSES[i] == Long.class ? UNBOX_INT : INPUT_CLASSES[i] == Double.class ? UNBOX_FLOAT
                    : UNBOX_BOOL, inputs.get(i));
            carried.add(v);
            pool(v.kind()).add(v);
        }
        boolean peeled = random.nextBoolean();
        if (peeled) b.op(LABEL, carried.toArray(new Value[0]));
        Op counter = carried.get(0);
        int guards = random.nextInt(4);
        int length = 5 + random.nextInt(40);
        for (int i = 0; i < length; i++) {
            b.atLine(2 + random.nextInt(3));
            if (random.nextInt(length) < guards) guard(); else value();
        }
        Op count = b.op(INT_ADD, counter, Const.ofLong(1));
        b.guard(GUARD_TRUE, snapshot(), b.op(INT_LT, count, Const.ofLong(1 + random.nextInt(20)))).expectedExit = true;
        Value[] next = new Value[carried.size()];
        next[0] = count;
        for (int i = 1; i < next.length; i++) next[i] = pick(carried.get(i).kind());
        if (!peeled) {
            for (int i = 0; i < next.length; i++) next[i] = b.op(box(next[i].kind()), next[i]);
        }
        b.op(JUMP, next);
        return Fixtures.build(b);
    }

    private void value() {
        Op v = switch (random.nextInt(13)) {
            case 0, 1 -> b.op(oneOf(INT_BINARY), intArg(), intArg());
            case 2 -> b.guard(oneOf(INT_OVF), snapshot(), intArg(), intArg());
            case 3 -> b.op(random.nextBoolean() ? INT_FLOORDIV : INT_MOD, intArg(),
                    b.op(INT_OR, intArg(), Const.ofLong(1)));
            case 4 -> b.op(INT_RSHIFT, intArg(), b.op(INT_AND, intArg(), Const.ofLong(63)));
            case 5 -> b.op(oneOf(INT_COMPARE), intArg(), intArg());
            case 6, 7 -> b.op(oneOf(FLOAT_BINARY), floatArg(), floatArg());
            case 8 -> b.op(random.nextBoolean() ? FLOAT_NEG : FLOAT_ABS, floatArg());
            case 9 -> b.op(oneOf(FLOAT_COMPARE), floatArg(), floatArg());
            case 10 -> b.op(CAST_INT_TO_FLOAT, intArg());
            case 11 -> b.op(BOOL_NOT, boolArg());
            default -> boxRoundTrip();
        };
        pool(v.kind()).add(v);
    }

    /** box, check and unbox again: the box is a REF that must survive the class guard. */
    private Op boxRoundTrip() {
        Kind k = oneOf(new Kind[] {Kind.I64, Kind.F64, Kind.BOOL});
        Op boxed = b.op(box(k), pick(k));
        b.guard(GUARD_NONNULL, snapshot(), boxed);
        b.guard(GUARD_TRUE, snapshot(), b.op(REF_EQ, boxed, boxed));
        b.guardClass(boxed, k == Kind.I64 ? Long.class : k == Kind.F64 ? Double.class : Boolean.class, snapshot());
        return b.op(k == Kind.I64 ? UNBOX_INT : k == Kind.F64 ? UNBOX_FLOAT : UNBOX_BOOL, boxed);
    }

    private void guard() {
        switch (random.nextInt(4)) {
            case 0 -> b.guard(GUARD_TRUE, snapshot(), boolArg());
            case 1 -> b.guard(GUARD_FALSE, snapshot(), boolArg());
            case 2 -> {
                Value v = intArg();
                b.guard(GUARD_VALUE, snapshot(), v, v instanceof Const c ? c : Const.ofLong(someLong()));
            }
            default -> b.guard(GUARD_VALUE, snapshot(), boolArg(), Const.ofBool(random.nextBoolean()));
        }
    }

    /** A snapshot of up to six values of any kind (constants included, which are not live). */
    private org.pyjit.optimizer.ir.Snapshot snapshot() {
        Value[] locals = new Value[random.nextInt(7)];
        for (int i = 0; i < locals.length; i++) locals[i] = pick(oneOf(new Kind[] {Kind.I64, Kind.F64, Kind.BOOL}));
        return at(locals);
    }

    private Value intArg() { return pick(Kind.I64); }

    private Value floatArg() { return pick(Kind.F64); }

    private Value boolArg() { return pick(Kind.BOOL); }

    /** A value of the kind so far, or now and then a constant. */
    private Value pick(Kind k) {
        List<Op> pool = pool(k);
        if (random.nextInt(5) == 0) {
            return switch (k) {
                case I64 -> Const.ofLong(someLong());
                case F64 -> Const.ofDouble(someDouble());
                default -> Const.ofBool(random.nextBoolean());
            };
        }
        return pool.get(random.nextInt(pool.size()));
    }

    private List<Op> pool(Kind k) {
        return switch (k) {
            case I64 -> ints;
            case F64 -> floats;
            case BOOL -> bools;
            default -> throw new IllegalArgumentException(k.toString());
        };
    }

    private static OpCode box(Kind k) {
        return switch (k) {
            case I64 -> BOX_INT;
            case F64 -> BOX_FLOAT;
            case BOOL -> BOX_BOOL;
            default -> throw new IllegalArgumentException(k.toString());
        };
    }

    private long someLong() {
        return switch (random.nextInt(4)) {
            case 0 -> SPECIAL_LONGS[random.nextInt(SPECIAL_LONGS.length)];
            case 1 -> random.nextLong();
            default -> random.nextInt(201) - 100;
        };
    }

    private double someDouble() {
        return switch (random.nextInt(3)) {
            case 0 -> SPECIAL_DOUBLES[random.nextInt(SPECIAL_DOUBLES.length)];
            case 1 -> random.nextGaussian() * 1e6;
            default -> random.nextInt(21) - 10;
        };
    }

    private <T> T oneOf(T[] choices) { return choices[random.nextInt(choices.length)]; }
}
