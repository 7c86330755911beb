package org.pyjit.interp.compile;

/**
 * The interpreter's instruction set: a stack machine close to CPython 3.11's. Every instruction is an opcode
 * plus one int argument; the pc indexes instructions, so a frame can resume at any pc (generators, exception
 * handlers and deoptimization all do).
 */
public final class Opcode {
    private Opcode() {}

    public static final int NOP = 0;
    public static final int POP_TOP = 1;
    /** Push a copy of stack[-arg]. */
    public static final int COPY = 2;
    /** Swap TOS with stack[-arg]. */
    public static final int SWAP = 3;
    public static final int LOAD_CONST = 4;
    public static final int LOAD_FAST = 5;
    public static final int STORE_FAST = 6;
    public static final int DELETE_FAST = 7;
    /** Locals slot arg holds a PyCell: push its contents. */
    public static final int LOAD_DEREF = 8;
    public static final int STORE_DEREF = 9;
    public static final int DELETE_DEREF = 10;
    /** Push the PyCell in locals slot arg itself (to build a closure). */
    public static final int LOAD_CLOSURE = 11;
    /** In a class body: the class namespace first, then the cell in slot arg. */
    public static final int LOAD_CLASSDEREF = 12;
    public static final int LOAD_GLOBAL = 13;
    public static final int STORE_GLOBAL = 14;
    public static final int DELETE_GLOBAL = 15;
    public static final int LOAD_NAME = 16;
    public static final int STORE_NAME = 17;
    public static final int DELETE_NAME = 18;
    public static final int LOAD_ATTR = 19;
    public static final int STORE_ATTR = 20;
    public static final int DELETE_ATTR = 21;
    /** Push (method, self) when names[arg] is a plain method of TOS's type, else (bound attribute, null). */
    public static final int LOAD_METHOD = 22;
    /** Stack: method, self-or-null, arg positional args. */
    public static final int CALL_METHOD = 23;
    /** Stack: callable, arg positional args. */
    public static final int CALL = 24;
    /** Stack: callable, arg args (the last ones keyword values), kwnames tuple. */
    public static final int CALL_KW = 25;
    /**
     * Stack: callable, args tuple, kwargs dict if arg & 1; with {@link #KWARGS_AS_WRITTEN} also in arg, the
     * kwargs are the call's lone {@code **mapping} itself, not yet checked to be a dict.
     */
    public static final int CALL_FUNCTION_EX = 26;
    public static final int KWARGS_AS_WRITTEN = 2;
    /** arg: an Operator ordinal, plus INPLACE for the augmented form. */
    public static final int BINARY_OP = 27;
    public static final int BINARY_SUBSCR = 28;
    /** Stack: value, container, key. */
    public static final int STORE_SUBSCR = 29;
    public static final int DELETE_SUBSCR = 30;
    public static final int UNARY_NEGATIVE = 31;
    public static final int UNARY_POSITIVE = 32;
    public static final int UNARY_INVERT = 33;
    public static final int UNARY_NOT = 34;
    /** arg: a Compare constant (LT .. GE). */
    public static final int COMPARE_OP = 35;
    /** {@code is} (arg 0) or {@code is not} (arg 1). */
    public static final int IS_OP = 36;
    /** {@code in} (arg 0) or {@code not in} (arg 1). */
    public static final int CONTAINS_OP = 37;
    public static final int JUMP = 38;
    public static final int POP_JUMP_IF_FALSE = 39;
    public static final int POP_JUMP_IF_TRUE = 40;
    public static final int JUMP_IF_FALSE_OR_POP = 41;
    public static final int JUMP_IF_TRUE_OR_POP = 42;
    public static final int GET_ITER = 43;
    /** TOS is an iterator: push its next item, or pop it and jump to arg when exhausted. */
    public static final int FOR_ITER = 44;
    public static final int BUILD_TUPLE = 45;
    public static final int BUILD_LIST = 46;
    public static final int BUILD_SET = 47;
    /** arg key/value pairs. */
    public static final int BUILD_MAP = 48;
    public static final int BUILD_SLICE = 49;
    /** Concatenate arg strings. */
    public static final int BUILD_STRING = 50;
    /** Append TOS to the list at stack[-arg] (after popping TOS). */
    public static final int LIST_APPEND = 51;
    public static final int SET_ADD = 52;
    /** Stack: ..., dict at [-arg-1 after pops], key, value. */
    public static final int MAP_ADD = 53;
    /**
     * Stack: ..., list at [-arg-1 after the pop], iterable. With {@link #CALL_ARGUMENTS} in arg (the depth is
     * arg & 0xff), the list is a call's positional arguments and the callable lies just below it.
     */
    public static final int LIST_EXTEND = 54;
    public static final int CALL_ARGUMENTS = 0x100;
    public static final int SET_UPDATE = 55;
    public static final int DICT_UPDATE = 56;
    /** Like DICT_UPDATE but for **kwargs in a call: duplicate keys are an error. */
    public static final int DICT_MERGE = 57;
    public static final int LIST_TO_TUPLE = 58;
    public static final int UNPACK_SEQUENCE = 59;
    /** arg: count before the star | count after the star << 16. */
    public static final int UNPACK_EX = 60;
    /** arg flags: 1 defaults tuple, 2 kw defaults dict, 8 closure tuple; TOS is the code object. */
    public static final int MAKE_FUNCTION = 61;
    public static final int RETURN_VALUE = 62;
    public static final int YIELD_VALUE = 63;
    public static final int GET_YIELD_FROM_ITER = 64;
    /** TOS value to send, TOS1 sub-iterator: delegate one step (re-executed until the sub-iterator ends). */
    public static final int YIELD_FROM = 65;
    /** arg 0: re-raise the handled exception; 1: raise TOS; 2: raise TOS1 from TOS. */
    public static final int RAISE_VARARGS = 66;
    /** Stack: exc → previously handled exc, exc (and exc becomes the handled one). */
    public static final int PUSH_EXC_INFO = 67;
    /** Pop the saved previous handled exception and restore it. */
    public static final int POP_EXCEPT = 68;
    /** Raise TOS again (keeping its traceback). */
    public static final int RERAISE = 69;
    /** Stack: exc, type → exc, bool. */
    public static final int CHECK_EXC_MATCH = 70;
    /** Stack: prev, exc → restore prev as handled and raise exc. */
    public static final int POP_EXCEPT_AND_RERAISE = 71;
    /** Stack: manager → exit bound method, result of __enter__(). */
    public static final int BEFORE_WITH = 72;
    /** Stack: exit, prev, exc → exit, prev, exc, result of exit(type, exc, tb). */
    public static final int WITH_EXCEPT_START = 73;
    /** Stack: exit → (calls exit(None, None, None)). */
    public static final int WITH_EXIT = 74;
    /** arg: conversion (0 none, 1 str, 2 repr, 3 ascii) | 4 when a format spec is on the stack. */
    public static final int FORMAT_VALUE = 75;
    /** Stack: level, fromlist → the module names[arg]. */
    public static final int IMPORT_NAME = 76;
    public static final int IMPORT_FROM = 77;
    public static final int IMPORT_STAR = 78;
    public static final int LOAD_BUILD_CLASS = 79;
    /** The REPL's display of an expression statement's value. */
    public static final int PRINT_EXPR = 80;
    public static final int LOAD_ASSERTION_ERROR = 81;
    /** Pop the iterator of a finished or broken for-loop. (Alias of POP_TOP kept for readability.) */
    public static final int END_FOR = 82;
    /**
     * {@code if a < b:} in one instruction: pops b and a, compares, jumps when the result's truth equals the
     * JUMP_IF_TRUE bit. arg: target (TARGET_MASK bits) | comparison (Compare.LT..GE) << 24 | JUMP_IF_TRUE.
     */
    public static final int COMPARE_AND_JUMP = 83;
    /**
     * Control reaches a loop from before it: the next instruction is the loop's header (where its back edges
     * jump). Does nothing; a JIT may run the loop's compiled code from here, so its first iteration is
     * compiled too (a loop of a few iterations per run, entered at its first back edge, ran a third of them
     * interpreted).
     */
    public static final int LOOP_ENTRY = 84;

    /** The bits of a jump's argument that hold the target (the rest are free for fused instructions). */
    public static final int TARGET_MASK = 0x00FFFFFF;
    /** COMPARE_AND_JUMP: jump when the comparison is true (else when false). */
    public static final int JUMP_IF_TRUE = 1 << 27;

    /** Added to a BINARY_OP argument for the in-place (augmented assignment) form. */
    public static final int INPLACE = 16;

    private static final String[] NAMES = {
        "NOP", "POP_TOP", "COPY", "SWAP", "LOAD_CONST", "LOAD_FAST", "STORE_FAST", "DELETE_FAST", "LOAD_DEREF",
        "STORE_DEREF", "DELETE_DEREF", "LOAD_CLOSURE", "LOAD_CLASSDEREF", "LOAD_GLOBAL", "STORE_GLOBAL",
        "DELETE_GLOBAL", "LOAD_NAME", "STORE_NAME", "DELETE_NAME", "LOAD_ATTR", "STORE_ATTR", "DELETE_ATTR",
        "LOAD_METHOD", "CALL_METHOD", "CALL", "CALL_KW", "CALL_FUNCTION_EX", "BINARY_OP", "BINARY_SUBSCR",
        "STORE_SUBSCR", "DELETE_SUBSCR", "UNARY_NEGATIVE", "UNARY_POSITIVE", "UNARY_INVERT", "UNARY_NOT",
        "COMPARE_OP", "IS_OP", "CONTAINS_OP", "JUMP", "POP_JUMP_IF_FALSE", "POP_JUMP_IF_TRUE",
        "JUMP_IF_FALSE_OR_POP", "JUMP_IF_TRUE_OR_POP", "GET_ITER", "FOR_ITER", "BUILD_TUPLE", "BUILD_LIST",
        "BUILD_SET", "BUILD_MAP", "BUILD_SLICE", "BUILD_STRING", "LIST_APPEND", "SET_ADD", "MAP_ADD",
        "LIST_EXTEND", "SET_UPDATE", "DICT_UPDATE", "DICT_MERGE", "LIST_TO_TUPLE", "UNPACK_SEQUENCE", "UNPACK_EX",
        "MAKE_FUNCTION", "RETURN_VALUE", "YIELD_VALUE", "GET_YIELD_FROM_ITER", "YIELD_FROM", "RAISE_VARARGS",
        "PUSH_EXC_INFO", "POP_EXCEPT", "RERAISE", "CHECK_EXC_MATCH", "POP_EXCEPT_AND_RERAISE", "BEFORE_WITH",
        "WITH_EXCEPT_START", "WITH_EXIT", "FORMAT_VALUE", "IMPORT_NAME", "IMPORT_FROM", "IMPORT_STAR",
        "LOAD_BUILD_CLASS", "PRINT_EXPR", "LOAD_ASSERTION_ERROR", "END_FOR", "COMPARE_AND_JUMP", "LOOP_ENTRY",
    };

    public static String name(int op) { return op < NAMES.length ? NAMES[op] : "OP_" + op; }

    public static boolean isJump(int op) {
        return op == JUMP || op == POP_JUMP_IF_FALSE || op == POP_JUMP_IF_TRUE || op == JUMP_IF_FALSE_OR_POP
                || op == JUMP_IF_TRUE_OR_POP || op == FOR_ITER || op == COMPARE_AND_JUMP;
    }

    /** How the stack depth changes (for the fall-through path; jumps are handled by the assembler). */
    public static int stackEffect(int op, int arg) {
        switch (op) {
            case NOP: case LOOP_ENTRY: return 0;
            case POP_TOP: case END_FOR: return -1;
            case COPY: return 1;
            case SWAP: return 0;
            case LOAD_CONST: case LOAD_FAST: case LOAD_DEREF: case LOAD_CLOSURE: case LOAD_CLASSDEREF:
            case LOAD_GLOBAL: case LOAD_NAME: case LOAD_BUILD_CLASS: case LOAD_ASSERTION_ERROR:
                return 1;
            case STORE_FAST: case STORE_DEREF: case STORE_GLOBAL: case STORE_NAME: return -1;
            case DELETE_FAST: case DELETE_DEREF: case DELETE_GLOBAL: case DELETE_NAME: return 0;
            case LOAD_ATTR: return 0;
            case STORE_ATTR: return -2;
            case DELETE_ATTR: return -1;
            case LOAD_METHOD: return 1;
            case CALL_METHOD: return -arg - 1;
            case CALL: return -arg;
            case CALL_KW: return -arg - 1;
            case CALL_FUNCTION_EX: return (arg & 1) != 0 ? -2 : -1;
            case BINARY_OP: case BINARY_SUBSCR: case COMPARE_OP: case IS_OP: case CONTAINS_OP: return -1;
            case STORE_SUBSCR: return -3;
            case DELETE_SUBSCR: return -2;
            case UNARY_NEGATIVE: case UNARY_POSITIVE: case UNARY_INVERT: case UNARY_NOT: return 0;
            case JUMP: return 0;
            case POP_JUMP_IF_FALSE: case POP_JUMP_IF_TRUE: return -1;
            case JUMP_IF_FALSE_OR_POP: case JUMP_IF_TRUE_OR_POP: return -1;
            case GET_ITER: return 0;
            case FOR_ITER: return 1;
            case BUILD_TUPLE: case BUILD_LIST: case BUILD_SET: case BUILD_STRING: return 1 - arg;
            case BUILD_MAP: return 1 - 2 * arg;
            case BUILD_SLICE: return 1 - arg;
            case LIST_APPEND: case SET_ADD: return -1;
            case MAP_ADD: return -2;
            case LIST_EXTEND: case SET_UPDATE: case DICT_UPDATE: case DICT_MERGE: return -1;
            case LIST_TO_TUPLE: return 0;
            case UNPACK_SEQUENCE: return arg - 1;
            case UNPACK_EX: return (arg & 0xffff) + (arg >>> 16);
            case MAKE_FUNCTION: return -Integer.bitCount(arg & 11);
            case RETURN_VALUE: return -1;
            case YIELD_VALUE: return 0;
            case GET_YIELD_FROM_ITER: return 0;
            case YIELD_FROM: return -1;
            case RAISE_VARARGS: return -arg;
            case PUSH_EXC_INFO: return 1;
            case POP_EXCEPT: return -1;
            case RERAISE: return -1;
            case CHECK_EXC_MATCH: return 0;
            case POP_EXCEPT_AND_RERAISE: return -2;
            case BEFORE_WITH: return 1;
            case WITH_EXCEPT_START: return 1;
            case WITH_EXIT: return -1;
            case FORMAT_VALUE: return (arg & 4) != 0 ? -1 : 0;
            case IMPORT_NAME: return -1;
            case IMPORT_FROM: return 1;
            case IMPORT_STAR: return -1;
            case PRINT_EXPR: return -1;
            case COMPARE_AND_JUMP: return -2;
            default: throw new IllegalArgumentException("unknown opcode " + op);
        }
    }
}
