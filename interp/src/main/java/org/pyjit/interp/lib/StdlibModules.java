package org.pyjit.interp.lib;

import org.pyjit.interp.exec.Interpreter;
import org.pyjit.interp.runtime.PyModule;

/** The modules written in Java, created on first import (one instance per interpreter). */
public final class StdlibModules {
    private StdlibModules() {}

    /** The module named name, or null if it is not one of ours. */
    public static PyModule create(Interpreter interp, String name) {
        return switch (name) {
            case "sys" -> SysModule.create(interp);
            case "math" -> MathModule.create();
            case "time" -> TimeModule.create();
            case "itertools" -> ItertoolsModule.create();
            case "functools" -> FunctoolsModule.create(interp);
            case "collections" -> CollectionsModule.create();
            case "operator" -> OperatorModule.create(interp);
            case "random" -> RandomModule.create();
            case "struct" -> StructModule.create();
            case "string" -> StringModule.create();
            default -> null;
        };
    }
}
