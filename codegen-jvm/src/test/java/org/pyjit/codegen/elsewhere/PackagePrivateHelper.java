package org.pyjit.codegen.elsewhere;

import org.pyjit.optimizer.ir.CallDescr;

/** Hands out a helper whose class generated code (in another package) cannot access. */
public final class PackagePrivateHelper {
    private PackagePrivateHelper() {}

    public static CallDescr descr() {
        return CallDescr.of("identity", Unreachable.class, "identity", true, false, long.class);
    }
}

/** Not public: a public static method of it still cannot be linked from org.pyjit.codegen. */
final class Unreachable {
    private Unreachable() {}

    public static long identity(long a) { return a; }
}
