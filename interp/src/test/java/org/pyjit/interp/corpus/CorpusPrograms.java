package org.pyjit.interp.corpus;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.pyjit.interp.exec.Interpreter;
import org.pyjit.interp.exec.ProgramRunner;

/**
 * The test corpus: where its programs are, how to run one in-process, and what it is expected to print.
 * Public (and shipped in the test jar) so the JIT's modules run the same programs in their modes.
 */
public final class CorpusPrograms {
    private CorpusPrograms() {}

    public static final Path TESTS = Path.of("..", "tests", "python");
    public static final Path BENCH = Path.of("..", "bench", "programs");

    /** What a run printed and how it ended. */
    public record Outcome(String stdout, String stderr, int status) {}

    public static List<Path> testPrograms() throws IOException {
        try (Stream<Path> s = Files.walk(TESTS)) {
            return s.filter(p -> p.toString().endsWith(".py"))
                    .filter(p -> !p.getFileName().toString().startsWith("mod_"))
                    .sorted().toList();
        }
    }

    public static String read(Path p) throws IOException {
        return Files.exists(p) ? Files.readString(p, StandardCharsets.UTF_8) : "";
    }

    public static Outcome expected(Path program) throws IOException {
        String base = program.getFileName().toString().replaceAll("\\.py$", "");
        Path dir = program.getParent();
        String code = read(dir.resolve(base + ".code")).trim();
        return new Outcome(read(dir.resolve(base + ".out")), read(dir.resolve(base + ".err")),
                code.isEmpty() ? 0 : Integer.parseInt(code));
    }

    /** Runs a program as {@code python name.py args} from its own directory would. */
    public static Outcome run(Path program, String... args) { return run(program, ProgramRunner.NO_SETUP, args); }

    /** The same, with setup applied to the new interpreter first (a JIT attached, for instance). */
    public static Outcome run(Path program, Consumer<Interpreter> setup, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, false, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, false, StandardCharsets.UTF_8);
        String name = program.getFileName().toString();
        String[] argv = new String[args.length + 1];
        argv[0] = name;
        System.arraycopy(args, 0, argv, 1, args.length);
        int status;
        try {
            String source = Files.readString(program, StandardCharsets.UTF_8);
            Path dir = program.toAbsolutePath().getParent();
            status = ProgramRunner.runSource(source, name, argv, dir, dir, o, e, setup);
        } catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
        o.flush();
        e.flush();
        // As record.sh does for CPython: imported modules' absolute paths shown as bare file names.
        String dir = program.toAbsolutePath().getParent().toString();
        String stderr = err.toString(StandardCharsets.UTF_8).replace("File \"" + dir + "/", "File \"");
        return new Outcome(out.toString(StandardCharsets.UTF_8), stderr, status);
    }
}
