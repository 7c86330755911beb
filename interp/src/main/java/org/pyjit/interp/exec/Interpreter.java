package org.pyjit.interp.exec;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.pyjit.interp.ast.Module;
import org.pyjit.interp.builtins.Builtins;
import org.pyjit.interp.compile.CodeObject;
import org.pyjit.interp.compile.CompileError;
import org.pyjit.interp.compile.Compiler;
import org.pyjit.interp.lib.StdlibModules;
import org.pyjit.interp.parse.Parser;
import org.pyjit.interp.parse.PySyntaxError;
import org.pyjit.interp.runtime.ExceptionTypes;
import org.pyjit.interp.runtime.Ops;
import org.pyjit.interp.runtime.PyBaseException;
import org.pyjit.interp.runtime.PyBuiltinFunction;
import org.pyjit.interp.runtime.PyDict;
import org.pyjit.interp.runtime.PyErr;
import org.pyjit.interp.runtime.PyException;
import org.pyjit.interp.runtime.PyFunction;
import org.pyjit.interp.runtime.PyModule;
import org.pyjit.interp.runtime.PyNone;

/**
 * One Python interpreter: its builtins, modules, sys state and standard streams. Several can live in one JVM;
 * they share only immutable things (builtin types, compiled code). One thread at a time may use an instance.
 */
public final class Interpreter {
    public final PrintStream stdout;
    public final PrintStream stderr;
    public final PyDict builtins;
    private final Map<String, PyModule> modules = new HashMap<>();
    private final Map<String, String> moduleFiles = new HashMap<>();
    private final Map<String, String> sources = new HashMap<>();
    /** The directory scripts' sibling modules are imported from. */
    private Path scriptDir = Path.of(".");
    /** What relative file names in open() resolve against (the process's working directory by default). */
    private Path workingDir = Path.of("").toAbsolutePath();
    private final String[] argv;
    private int depth;
    private int recursionLimit = 1000;
    /** The exception being handled by the innermost except/finally block (sys.exc_info()). */
    PyBaseException handledException;
    private final PyBuiltinFunction buildClass;
    /** The JIT, or null when there is none (--jit=off). */
    JitHooks jit;
    /** The JIT when it compiles functions from their entry, else null: calls ask it only then. */
    private JitHooks functionJit;
    /** Sees every instruction while the JIT records a loop; null otherwise. */
    JitHooks.InstructionListener listener;
    /**
     * listener != null, kept as a field of its own: the evaluator reads it at every back edge, and a branch
     * on the listener there was never taken until the first recording, an uncommon trap that made C2
     * recompile the whole evaluator loop (half a second of a core).
     */
    boolean tracing;

    public Interpreter(PrintStream stdout, PrintStream stderr, String[] argv) {
        this.stdout = stdout;
        this.stderr = stderr;
        this.argv = argv.clone();
        this.builtins = Builtins.create(this);
        this.buildClass = ClassBuilder.buildClassFunction(this);
        PyModule b = new PyModule("builtins", builtins);
        modules.put("builtins", b);
    }

    public String[] argv() { return argv.clone(); }

    public int recursionLimit() { return recursionLimit; }

    public void setRecursionLimit(int limit) {
        if (limit < 1) throw PyErr.valueError("recursion limit must be greater or equal than 1");
        if (limit <= depth) {
            throw PyErr.recursionError("cannot set the recursion limit to " + limit + " at the recursion depth "
                    + depth + ": the limit is too low");
        }
        recursionLimit = limit;
    }

    public void setScriptDir(Path dir) { this.scriptDir = dir; }

    public Path workingDir() { return workingDir; }

    public void setWorkingDir(Path dir) { this.workingDir = dir; }

    /** Source text of a file that was run or imported (for tracebacks); null if unknown. */
    public String sourceOf(String filename) {
        if (filename.startsWith("<")) return null;
        String s = sources.get(filename);
        if (s == null) {
            try {
                s = Files.readString(Path.of(filename), StandardCharsets.UTF_8);
                sources.put(filename, s);
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }
        return s;
    }

    // ---- running code ----

    /** Parses and compiles source; syntax errors become Python SyntaxError exceptions. */
    public CodeObject compile(String source, String filename, boolean interactive) {
        // As CPython: tracebacks show source lines of files only, not of <string> or <stdin>.
        if (!filename.startsWith("<")) sources.put(filename, source);
        try {
            Module m = Parser.parse(source, filename);
            return Compiler.compileModule(m, filename, interactive);
        } catch (PySyntaxError e) {
            throw SyntaxErrors.toPython(e);
        } catch (CompileError e) {
            throw SyntaxErrors.toPython(e, source);
        }
    }

    /** Runs code as the body of module m. */
    public void runModuleCode(CodeObject code, PyModule m) {
        Frame f = new Frame(code, m.globals, builtins, m.globals);
        enter();
        try {
            Evaluator.run(this, f);
        } finally {
            depth--;
        }
    }

    /** Runs a script file's source as __main__. */
    public PyModule newMainModule(String filename) {
        PyModule main = new PyModule("__main__");
        main.globals.put("__builtins__", modules.get("builtins"));
        main.globals.put("__file__", filename);
        main.globals.put("__doc__", PyNone.NONE);
        modules.put("__main__", main);
        return main;
    }

    private void enter() {
        if (++depth > recursionLimit) {
            depth--;
            throw PyErr.recursionError("maximum recursion depth exceeded");
        }
    }

    /** Calls a Python function: bind arguments, then run its frame (or make a generator). */
    public Object callFunction(PyFunction fn, Object[] args, String[] kwnames) {
        CodeObject code = fn.code;
        Frame f = new Frame(code, fn.globals, builtins, null);
        ArgBinder.bind(fn, f.locals, args, kwnames);
        if (code.isGenerator) return new PyGenerator(this, f, fn.name, fn.qualname);
        if (++depth > recursionLimit) {
            depth--;
            throw PyErr.recursionError("maximum recursion depth exceeded");
        }
        try {
            return runCall(f);
        } finally {
            depth--;
        }
    }

    /**
     * Runs a call's new frame: the JIT may run the function's compiled trace first, which returns the result or
     * leaves the frame where the interpreter goes on; an exception it raises is raised at the frame's pc, as if
     * the interpreter had run the instruction there.
     */
    private Object runCall(Frame f) {
        RuntimeException pending = null;
        if (functionJit != null) {
            try {
                Object result = functionJit.onFunctionEntry(f);
                if (result != JitHooks.INTERPRET) return result;
            } catch (RuntimeException e) {
                pending = e;
            } catch (StackOverflowError e) {
                pending = PyErr.recursionError("maximum recursion depth exceeded");
            }
        }
        return Evaluator.run(this, f, pending);
    }

    /**
     * Calls a function whose code has only positional parameters, with exactly that many arguments sitting
     * in stack[base .. base+argc): they are copied into the new frame's locals with no binding work.
     */
    Object callSimple(PyFunction fn, Object[] stack, int base, int argc) {
        Frame f = new Frame(fn.code, fn.globals, builtins, null);
        System.arraycopy(stack, base, f.locals, 0, argc);
        if (fn.closure != null) {
            System.arraycopy(fn.closure, 0, f.locals, fn.code.varnames.length, fn.closure.length);
        }
        if (++depth > recursionLimit) {
            depth--;
            throw PyErr.recursionError("maximum recursion depth exceeded");
        }
        try {
            return runCall(f);
        } finally {
            depth--;
        }
    }

    /** Runs a class body with its namespace as the frame's namespace. */
    Object runClassBody(PyFunction body, PyDict namespace) {
        Frame f = new Frame(body.code, body.globals, builtins, namespace);
        ArgBinder.setupCells(body, f.locals);
        enter();
        try {
            return Evaluator.run(this, f);
        } finally {
            depth--;
        }
    }

    /** Resumes a suspended generator frame. */
    Object resumeFrame(Frame f) {
        enter();
        try {
            return Evaluator.run(this, f);
        } finally {
            depth--;
        }
    }

    /**
     * Runs a frame that a deoptimized trace rebuilt (an inlined call that had not returned yet) from its pc to
     * its return, first raising pending at its pc if given. It counts toward the recursion depth like a call.
     */
    public Object resumeRebuiltFrame(Frame f, RuntimeException pending) {
        enter();
        try {
            return Evaluator.run(this, f, pending);
        } finally {
            depth--;
        }
    }

    /** Attaches a JIT (null detaches it). */
    public void setJit(JitHooks jit) {
        this.jit = jit;
        this.functionJit = jit != null && jit.tracesFunctions() ? jit : null;
    }

    public JitHooks jit() { return jit; }

    /** Sets (or with null, clears) the listener that sees every instruction while a loop is recorded. */
    public void setInstructionListener(JitHooks.InstructionListener l) {
        this.listener = l;
        this.tracing = l != null;
    }

    PyBuiltinFunction buildClassFunction() { return buildClass; }

    /** The REPL's sys.displayhook: print repr of a non-None value and store it in builtins._ . */
    void displayHook(Object v) {
        if (v == PyNone.NONE) return;
        stdout.println(Ops.repr(v));
        builtins.put("_", v);
    }

    // ---- modules ----

    public void registerModule(PyModule m) { modules.put(m.name, m); }

    public PyModule getModule(String name) { return modules.get(name); }

    String moduleOrigin(String name) {
        String file = moduleFiles.get(name);
        return file == null ? "unknown location" : file;
    }

    /** import name: builtin-in-Java modules first, then name.py beside the script. */
    public Object importModule(String name, Object fromlist, long level, PyDict globals) {
        if (level > 0) throw PyErr.importError("attempted relative import with no known parent package");
        PyModule m = modules.get(name);
        if (m != null) return m;
        m = StdlibModules.create(this, name);
        if (m != null) {
            modules.put(name, m);
            return m;
        }
        Path file = scriptDir.resolve(name.replace('.', '/') + ".py");
        if (!Files.isRegularFile(file)) {
            throw PyErr.withArgs(ExceptionTypes.MODULE_NOT_FOUND_ERROR, "No module named '" + name + "'");
        }
        String source;
        try {
            source = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw PyErr.importError("cannot read module '" + name + "': " + e.getMessage());
        }
        String filename = file.toString();
        PyModule mod = new PyModule(name);
        mod.globals.put("__file__", filename);
        mod.globals.put("__builtins__", modules.get("builtins"));
        modules.put(name, mod);
        moduleFiles.put(name, filename);
        try {
            runModuleCode(compile(source, filename, false), mod);
        } catch (PyException e) {
            modules.remove(name);
            throw e;
        }
        return mod;
    }

    /** Formats an uncaught exception as CPython prints it. */
    public String formatException(PyBaseException e) { return TracebackPrinter.format(this, e); }

    /** The exit status for an uncaught SystemExit, printing its message if it has one. */
    public int systemExitStatus(PyBaseException e) {
        Object code = e.args.size() == 0 ? PyNone.NONE : e.args.size() == 1 ? e.args.get(0) : e.args;
        if (code == PyNone.NONE) return 0;
        if (code instanceof Long l) return (int) (long) l;
        if (code instanceof Boolean b) return b ? 1 : 0;
        stdout.flush();
        stderr.println(Ops.str(code));
        return 1;
    }

    public static boolean isSystemExit(PyBaseException e) { return e.isInstance(ExceptionTypes.SYSTEM_EXIT); }
}
