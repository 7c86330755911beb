package org.pyjit.optimizer.passes;

import org.pyjit.optimizer.ir.Kind;
import org.pyjit.optimizer.ir.OpCode;

/** The three boxes of unboxed values: the box and unbox ops of a kind and the Java class of its box. */
enum BoxKind {
    INT(Kind.I64, OpCode.BOX_INT, OpCode.UNBOX_INT, Long.class),
    FLOAT(Kind.F64, OpCode.BOX_FLOAT, OpCode.UNBOX_FLOAT, Double.class),
    BOOL(Kind.BOOL, OpCode.BOX_BOOL, OpCode.UNBOX_BOOL, Boolean.class);

    final Kind kind;
    final OpCode box;
    final OpCode unbox;
    final Class<?> boxClass;

    BoxKind(Kind kind, OpCode box, OpCode unbox, Class<?> boxClass) {
        this.kind = kind;
        this.box = box;
        this.unbox = unbox;
        this.boxClass = boxClass;
    }

    /** The box kind an op boxes, or null when it is not a box op. */
    static BoxKind ofBox(OpCode code) {
        for (BoxKind b : values()) if (b.box == code) return b;
        return null;
    }

    /** The box kind an op unboxes, or null when it is not an unbox op. */
    static BoxKind ofUnbox(OpCode code) {
        for (BoxKind b : values()) if (b.unbox == code) return b;
        return null;
    }

    static BoxKind of(Kind kind) {
        for (BoxKind b : values()) if (b.kind == kind) return b;
        throw new IllegalArgumentException("no box for " + kind);
    }
}
