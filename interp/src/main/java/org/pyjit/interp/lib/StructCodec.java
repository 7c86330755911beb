package org.pyjit.interp.lib;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.math.BigInteger;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.pyjit.interp.runtime.PyBytes;
import org.pyjit.interp.runtime.PyErr;

/**
 * The engine of the struct module: calcsize, pack and unpack for format strings such as "<hhl" or "@3d10s",
 * matching CPython 3.11 on x86-64 (native order is little-endian, native sizes and alignment those of the
 * LP64 C ABI), error messages included. Those messages differ between formats and byte orders in ways that
 * mirror CPython's internal code paths; they are reproduced as observed.
 */
public final class StructCodec {
    private StructCodec() {}

    /** The byte order and size mode set by the first character of a format. */
    private enum Mode { NATIVE, LITTLE, BIG }

    /** One format code with its repeat count; {@code size} is per item, {@code offset} of the first item. */
    private record Item(char code, int count, long offset, int size) {}

    /** A compiled format. */
    private record Layout(Mode mode, List<Item> items, long size, long values) {}

    /**
     * struct.calcsize(fmt) for formats that pack into a Java array; larger sizes (which CPython reports up
     * to 2**63 - 1) raise struct.error("total struct size too long") here, see {@link #calcsizeLong}.
     */
    public static int calcsize(String fmt) {
        long size = compile(fmt).size;
        if (size > Integer.MAX_VALUE) {
            throw PyErr.structError("total struct size too long");
        }
        return (int) size;
    }

    /** struct.calcsize(fmt) exactly as CPython computes it, up to 2**63 - 1. */
    public static long calcsizeLong(String fmt) {
        return compile(fmt).size;
    }

    /** struct.pack(fmt, *values), with the truth value of objects for '?' limited to built-in values. */
    public static byte[] pack(String fmt, Object[] values) {
        return pack(fmt, values, StructCodec::builtinTruth);
    }

    /** struct.pack(fmt, *values); {@code truth} gives bool(v) for the '?' code. */
    public static byte[] pack(String fmt, Object[] values, Predicate<Object> truth) {
        Layout layout = compile(fmt);
        if (values.length != layout.values) {
            throw PyErr.structError("pack expected " + layout.values + " items for packing (got "
                    + values.length + ")");
        }
        if (layout.size > Integer.MAX_VALUE) {
            throw PyErr.structError("total struct size too long");
        }
        byte[] out = new byte[(int) layout.size];
        int v = 0;
        for (Item item : layout.items) {
            int at = (int) item.offset;
            switch (item.code) {
                case 'x' -> { }
                case 's' -> {
                    byte[] b = bytesArg(values[v++], "argument for 's' must be a bytes object");
                    System.arraycopy(b, 0, out, at, Math.min(b.length, item.count));
                }
                case 'p' -> {
                    byte[] b = bytesArg(values[v++], "argument for 'p' must be a bytes object");
                    // CPython writes a stray 0xff length byte for '0p' (a bug); nothing is written here.
                    if (item.count > 0) {
                        int n = Math.min(b.length, item.count - 1);
                        System.arraycopy(b, 0, out, at + 1, n);
                        out[at] = (byte) Math.min(n, 255);
                    }
                }
                default -> {
                    for (int k = 0; k < item.count; k++) {
                        packOne(out, at + k * item.size, item, layout.mode, values[v++], truth);
                    }
                }
            }
        }
        return out;
    }

    /**
     * struct.unpack (exactLength: the buffer from offset on must be exactly the struct's size) or
     * struct.unpack_from (the buffer must hold at least the struct at offset; a negative offset counts from
     * the end). Returns the values: Long (BigInteger for unsigned 64-bit values of 2**63 and more), Double,
     * Boolean or PyBytes.
     */
    public static Object[] unpack(String fmt, byte[] buffer, int offset, boolean exactLength) {
        Layout layout = compile(fmt);
        long size = layout.size;
        int start = offset;
        if (exactLength) {
            if (buffer.length - offset != size) {
                throw PyErr.structError("unpack requires a buffer of " + size + " bytes");
            }
        } else {
            if (offset < 0) {
                if (offset + (long) buffer.length < 0) {
                    throw PyErr.structError("offset " + offset + " out of range for " + buffer.length
                            + "-byte buffer");
                }
                start = offset + buffer.length;
            }
            if (buffer.length - (long) start < size) {
                if (offset < 0) {
                    throw PyErr.structError("not enough data to unpack " + size + " bytes at offset " + offset);
                }
                throw PyErr.structError("unpack_from requires a buffer of at least " + (size + offset)
                        + " bytes for unpacking " + size + " bytes at offset " + offset
                        + " (actual buffer size is " + buffer.length + ")");
            }
        }
        Object[] out = new Object[(int) layout.values];
        int v = 0;
        for (Item item : layout.items) {
            int at = start + (int) item.offset;
            switch (item.code) {
                case 'x' -> { }
                case 's' -> out[v++] = new PyBytes(Arrays.copyOfRange(buffer, at, at + item.count));
                case 'p' -> {
                    int n = item.count == 0 ? 0 : Math.min(buffer[at] & 0xff, item.count - 1);
                    out[v++] = new PyBytes(Arrays.copyOfRange(buffer, at + 1, at + 1 + n));
                }
                default -> {
                    for (int k = 0; k < item.count; k++) {
                        out[v++] = unpackOne(buffer, at + k * item.size, item, layout.mode);
                    }
                }
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- records of doubles

    /**
     * How many doubles fmt unpacks to when it is made of 'd' codes only, packed one after another (in any byte
     * order: native is little-endian here); -1 for any other format, or one that does not compile. Compiled
     * code reads such records with {@link #readDoubleLE} and {@link #readDoubleBE}, as {@link #unpack} would.
     */
    public static int onlyDoubles(String fmt) {
        Layout layout;
        try {
            layout = compile(fmt);
        } catch (RuntimeException e) {
            return -1;
        }
        for (Item item : layout.items) {
            if (item.code != 'd') return -1;
        }
        return layout.values > 0 && layout.size == 8 * layout.values ? (int) layout.values : -1;
    }

    /** Whether fmt's byte order is big-endian ('>' or '!'); only for a format {@link #onlyDoubles} accepts. */
    public static boolean bigEndian(String fmt) { return compile(fmt).mode == Mode.BIG; }

    /** The little-endian double at b[at..at + 8), which the caller made sure is in the array. */
    public static double readDoubleLE(byte[] b, int at) { return (double) DoubleViews.LITTLE.get(b, at); }

    /** The big-endian double at b[at..at + 8). */
    public static double readDoubleBE(byte[] b, int at) { return (double) DoubleViews.BIG.get(b, at); }

    /** Made at the first read, not when the struct module is imported. */
    private static final class DoubleViews {
        static final VarHandle LITTLE = MethodHandles.byteArrayViewVarHandle(double[].class, ByteOrder.LITTLE_ENDIAN);
        static final VarHandle BIG = MethodHandles.byteArrayViewVarHandle(double[].class, ByteOrder.BIG_ENDIAN);
    }

    // ---------------------------------------------------------------- format parsing

    /**
     * Compiled formats by their text, as CPython's struct module caches them: programs unpack with a few
     * formats many times (readpoly: millions of unpack_from calls with two formats). Layouts are immutable;
     * the map is emptied when it holds MAX_COMPILED, so programs that build formats on the fly stay bounded.
     */
    private static final Map<String, Layout> COMPILED = new ConcurrentHashMap<>();
    private static final int MAX_COMPILED = 256;

    private static Layout compile(String fmt) {
        Layout layout = COMPILED.get(fmt);
        if (layout == null) {
            layout = parse(fmt);
            if (COMPILED.size() >= MAX_COMPILED) COMPILED.clear();
            COMPILED.put(fmt, layout);
        }
        return layout;
    }

    private static Layout parse(String fmt) {
        Mode mode = Mode.NATIVE;
        int pos = 0;
        if (!fmt.isEmpty()) {
            switch (fmt.charAt(0)) {
                case '@' -> pos = 1;
                case '=', '<' -> {
                    mode = Mode.LITTLE;
                    pos = 1;
                }
                case '>', '!' -> {
                    mode = Mode.BIG;
                    pos = 1;
                }
                default -> { }
            }
        }
        List<Item> items = new ArrayList<>();
        long size = 0;
        long values = 0;
        int n = fmt.length();
        while (pos < n) {
            char c = fmt.charAt(pos);
            if (isSpace(c)) {
                pos++;
                continue;
            }
            long count = 1;
            if (c >= '0' && c <= '9') {
                count = 0;
                while (pos < n && fmt.charAt(pos) >= '0' && fmt.charAt(pos) <= '9') {
                    int digit = fmt.charAt(pos++) - '0';
                    if (count > (Long.MAX_VALUE - digit) / 10) {
                        throw PyErr.structError("total struct size too long");
                    }
                    count = count * 10 + digit;
                }
                if (pos >= n) {
                    throw PyErr.structError("repeat count given without format specifier");
                }
                c = fmt.charAt(pos);
            }
            pos++;
            int itemSize = itemSize(c, mode);
            if (itemSize < 0) {
                throw PyErr.structError("bad char in struct format");
            }
            if (mode == Mode.NATIVE && itemSize > 1 && c != 's' && c != 'p') {
                size = (size + itemSize - 1) / itemSize * itemSize;
            }
            long bytes = c == 's' || c == 'p' ? count : multiply(count, itemSize);
            if (bytes > Long.MAX_VALUE - size) {
                throw PyErr.structError("total struct size too long");
            }
            if (count > 0 && count <= Integer.MAX_VALUE) {
                items.add(new Item(c, (int) count, size, itemSize));
            } else if (count > 0) {
                items.add(new Item(c, Integer.MAX_VALUE, size, itemSize));
            } else if (c == 's' || c == 'p') {
                items.add(new Item(c, 0, size, itemSize));
            }
            size += bytes;
            values += c == 's' || c == 'p' ? 1 : c == 'x' ? 0 : count;
        }
        return new Layout(mode, List.copyOf(items), size, values);
    }

    private static long multiply(long count, int itemSize) {
        if (count > Long.MAX_VALUE / itemSize) {
            throw PyErr.structError("total struct size too long");
        }
        return count * itemSize;
    }

    /** The size of one item of the code in the mode, or -1 for a code the mode does not have. */
    private static int itemSize(char c, Mode mode) {
        boolean nativeMode = mode == Mode.NATIVE;
        return switch (c) {
            case 'x', 'c', 'b', 'B', '?', 's', 'p' -> 1;
            case 'h', 'H', 'e' -> 2;
            case 'i', 'I', 'f' -> 4;
            case 'l', 'L' -> nativeMode ? 8 : 4;
            case 'q', 'Q', 'd' -> 8;
            case 'n', 'N', 'P' -> nativeMode ? 8 : -1;
            default -> -1;
        };
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0b || c == '\f' || c == '\r';
    }

    // ---------------------------------------------------------------- packing

    private static void packOne(byte[] out, int at, Item item, Mode mode, Object value, Predicate<Object> truth) {
        char c = item.code;
        switch (c) {
            case 'c' -> {
                if (!(value instanceof PyBytes b) || b.bytes.length != 1) {
                    throw PyErr.structError("char format requires a bytes object of length 1");
                }
                out[at] = b.bytes[0];
            }
            case '?' -> out[at] = (byte) (truth.test(value) ? 1 : 0);
            case 'e', 'f', 'd' -> packFloat(out, at, c, mode, value);
            default -> {
                long bits = checkedInt(c, item.size, mode, value);
                write(out, at, item.size, mode == Mode.BIG, bits);
            }
        }
    }

    /** The integer's two's complement bits, after the range checks (with CPython's varied messages). */
    private static long checkedInt(char c, int size, Mode mode, Object value) {
        BigInteger v;
        if (value instanceof Long l) {
            v = BigInteger.valueOf(l);
        } else if (value instanceof BigInteger b) {
            v = b;
        } else if (value instanceof Boolean b) {
            v = b ? BigInteger.ONE : BigInteger.ZERO;
        } else {
            throw PyErr.structError("required argument is not an integer");
        }
        boolean big = mode == Mode.BIG;
        boolean fitsLong = v.bitLength() < 64;
        boolean fitsULong = v.signum() >= 0 && v.bitLength() <= 64;
        switch (c) {
            case 'b' -> checkSigned(v, fitsLong, -128, 127, "byte format requires -128 <= number <= 127");
            case 'h' -> checkSigned(v, fitsLong, -32768, 32767, big ? rangeMessage('h', 2, false)
                    : "short format requires -32768 <= number <= 32767");
            case 'i' -> checkSigned(v, fitsLong, Integer.MIN_VALUE, Integer.MAX_VALUE, rangeMessage('i', 4, false));
            case 'l' -> {
                if (size == 8) {
                    checkSigned(v, fitsLong, Long.MIN_VALUE, Long.MAX_VALUE, "");
                } else {
                    checkSigned(v, fitsLong, Integer.MIN_VALUE, Integer.MAX_VALUE, rangeMessage('l', 4, false));
                }
            }
            case 'q', 'n' -> {
                if (!fitsLong) {
                    throw PyErr.structError(big ? "int too large to convert" : "argument out of range");
                }
            }
            case 'B' -> checkSigned(v, fitsLong, 0, 255, "ubyte format requires 0 <= number <= 255");
            case 'H' -> {
                if (big) {
                    checkUnsigned(v, fitsULong, 2, rangeMessage('H', 2, true));
                } else {
                    checkSigned(v, fitsLong, 0, 65535, "ushort format requires 0 <= number <= 65535");
                }
            }
            case 'I' -> checkUnsigned(v, fitsULong, 4, rangeMessage('I', 4, true));
            case 'L' -> checkUnsigned(v, fitsULong, size, rangeMessage('L', size, true));
            case 'Q', 'N' -> {
                if (!fitsULong) {
                    throw PyErr.structError(big ? "int too large to convert" : "argument out of range");
                }
            }
            case 'P' -> {
                if (!fitsULong && !fitsLong) {
                    throw PyErr.structError("int too large to convert");
                }
            }
            default -> throw new IllegalStateException("not an integer code: " + c);
        }
        return v.longValue();
    }

    /**
     * Range check of a code packed through a signed C long: values outside a long are "argument out of
     * range", others outside [lo, hi] get {@code message}.
     */
    private static void checkSigned(BigInteger v, boolean fitsLong, long lo, long hi, String message) {
        if (!fitsLong) {
            throw PyErr.structError("argument out of range");
        }
        long x = v.longValue();
        if (x < lo || x > hi) {
            throw PyErr.structError(message);
        }
    }

    /** Unsigned-conversion range check: negative or over 64 bits is "argument out of range". */
    private static void checkUnsigned(BigInteger v, boolean fitsULong, int size, String message) {
        if (!fitsULong) {
            throw PyErr.structError("argument out of range");
        }
        if (size < 8 && v.bitLength() > size * 8) {
            throw PyErr.structError(message);
        }
    }

    private static String rangeMessage(char code, int size, boolean unsigned) {
        if (unsigned) {
            BigInteger max = BigInteger.ONE.shiftLeft(size * 8).subtract(BigInteger.ONE);
            return "'" + code + "' format requires 0 <= number <= " + max;
        }
        long max = size >= 8 ? Long.MAX_VALUE : (1L << (size * 8 - 1)) - 1;
        return "'" + code + "' format requires " + (-max - 1) + " <= number <= " + max;
    }

    private static void packFloat(byte[] out, int at, char code, Mode mode, Object value) {
        double d;
        boolean fromInt = false;
        if (value instanceof Double x) {
            d = x;
        } else if (value instanceof Long l) {
            d = l;
            fromInt = true;
        } else if (value instanceof Boolean b) {
            d = b ? 1 : 0;
            fromInt = true;
        } else if (value instanceof BigInteger b) {
            d = b.doubleValue();
            if (Double.isInfinite(d)) {
                throw PyErr.structError("required argument is not a float");
            }
            fromInt = true;
        } else {
            throw PyErr.structError("required argument is not a float");
        }
        boolean big = mode == Mode.BIG;
        switch (code) {
            case 'd' -> write(out, at, 8, big, Double.doubleToRawLongBits(d));
            case 'f' -> {
                float f = (float) d;
                if (mode != Mode.NATIVE && Float.isInfinite(f) && !Double.isInfinite(d)) {
                    throw tooLarge(fromInt, 'f');
                }
                write(out, at, 4, big, Float.floatToRawIntBits(f) & 0xffffffffL);
            }
            default -> {
                int half = HalfFloat.fromDouble(d);
                if (half < 0) {
                    throw tooLarge(fromInt, 'e');
                }
                write(out, at, 2, big, half);
            }
        }
    }

    private static RuntimeException tooLarge(boolean fromInt, char code) {
        if (fromInt) {
            return PyErr.structError("int too large to convert");
        }
        return PyErr.overflowError("float too large to pack with " + code + " format");
    }

    private static byte[] bytesArg(Object value, String message) {
        if (value instanceof PyBytes b) {
            return b.bytes;
        }
        throw PyErr.structError(message);
    }

    /** bool(value) for the built-in values; other objects need the caller's truth test. */
    private static boolean builtinTruth(Object value) {
        if (value == null) {
            return false;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof Long l) {
            return l != 0;
        }
        if (value instanceof BigInteger) {
            return true;
        }
        if (value instanceof Double d) {
            return d != 0.0;
        }
        if (value instanceof String s) {
            return !s.isEmpty();
        }
        if (value instanceof PyBytes b) {
            return b.bytes.length != 0;
        }
        throw new IllegalArgumentException("truth value of a non-built-in object: pass a truth test");
    }

    private static void write(byte[] out, int at, int size, boolean bigEndian, long bits) {
        for (int i = 0; i < size; i++) {
            int shift = 8 * i;
            out[bigEndian ? at + size - 1 - i : at + i] = (byte) (bits >>> shift);
        }
    }

    // ---------------------------------------------------------------- unpacking

    private static Object unpackOne(byte[] buf, int at, Item item, Mode mode) {
        int size = item.size;
        long bits = 0;
        boolean big = mode == Mode.BIG;
        for (int i = 0; i < size; i++) {
            int b = buf[big ? at + i : at + size - 1 - i] & 0xff;
            bits = (bits << 8) | b;
        }
        return switch (item.code) {
            case 'c' -> new PyBytes(new byte[] {buf[at]});
            case '?' -> bits != 0;
            case 'd' -> Double.longBitsToDouble(bits);
            case 'f' -> (double) Float.intBitsToFloat((int) bits);
            case 'e' -> HalfFloat.toDouble((int) bits);
            case 'b', 'h', 'i', 'l', 'q', 'n' -> size == 8 ? bits : (bits << (64 - 8 * size)) >> (64 - 8 * size);
            default -> bits >= 0 ? (Object) bits
                    : BigInteger.valueOf(bits).add(BigInteger.ONE.shiftLeft(64));
        };
    }
}
