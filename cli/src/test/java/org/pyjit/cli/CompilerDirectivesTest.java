package org.pyjit.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/compiler-directives.json, which the launcher passes to the JVM: the JVM takes it, reads the trace classes'
 * directive as meant, and its other patterns still name pyjit's classes (a renamed class would silently go back
 * to C2).
 */
class CompilerDirectivesTest {
    private static final Path FILE = Path.of("..", "bin", "compiler-directives.json").toAbsolutePath().normalize();
    private static final String GENERATED = "org/pyjit/codegen/py$*.*";
    /** One class of each jar or module the patterns are about: where to look for class names. */
    private static final List<String> MODULES = List.of("org.objectweb.asm.ClassWriter",
            "org.pyjit.optimizer.Optimizer", "org.pyjit.codegen.TraceCompiler", "org.pyjit.tracer.TracingJit");

    @Test
    void theJvmTakesTheFile() throws IOException, InterruptedException {
        String out = ChildJvm.versionOutput(List.of("-XX:+UnlockDiagnosticVMOptions",
                "-XX:CompilerDirectivesFile=" + FILE, "-XX:+DisplayVMOutput"));
        assertTrue(out.contains("2 compiler directives added"), out);
    }

    /** As the JVM read the file: C1 inlines nothing into the trace classes, C2 inlines into them as usual. */
    @Test
    void c1InlinesNothingIntoTheTraceClasses() throws IOException, InterruptedException {
        String out = ChildJvm.versionOutput(List.of("-XX:+UnlockDiagnosticVMOptions",
                "-XX:CompilerDirectivesFile=" + FILE, "-XX:+CompilerDirectivesPrint", "-XX:+DisplayVMOutput"));
        int start = out.indexOf("matching: " + GENERATED);
        assertTrue(start >= 0, out);
        int end = out.indexOf("Directive:", start);
        String directive = out.substring(start, end < 0 ? out.length() : end);
        int c2 = directive.indexOf("c2 directives:");
        assertTrue(c2 > 0, directive);
        assertTrue(directive.substring(0, c2).contains("inline: -*.*"), "C1 inlines into traces:\n" + directive);
        assertFalse(directive.substring(c2).contains("inline: -*.*"), "C2 inlines nothing into traces:\n" + directive);
    }

    @Test
    void theGeneratedTraceClassesComeFirstAndMatch(@TempDir Path dir) throws IOException {
        assertEquals(GENERATED, patterns().get(0), "the trace classes' directive must match before the others");
        Path log = dir.resolve("jit.log");
        PrintStream discard = new PrintStream(new ByteArrayOutputStream(), true, UTF_8);
        String program = "t = 0\nfor i in range(100):\n    t += i\nprint(t)\n";
        assertEquals(0, Main.run(new String[] {"--jit-threshold=1", "--jit-log=" + log, "-c", program}, discard,
                discard));
        String prefix = GENERATED.substring(0, GENERATED.indexOf('*')).replace('/', '.');
        assertTrue(Files.readString(log).contains("-> " + prefix), "no compiled class named " + prefix + "...");
    }

    @Test
    void eachOtherPatternNamesClassesOfPyjit() throws IOException, URISyntaxException, ClassNotFoundException {
        Set<String> classes = classNames();
        List<String> patterns = patterns();
        assertTrue(patterns.size() > 10, "patterns: " + patterns);
        for (String pattern : patterns.subList(1, patterns.size())) {
            assertTrue(pattern.endsWith(".*"), pattern + ": a pattern of whole classes");
            String cls = pattern.substring(0, pattern.length() - 2);
            boolean prefix = cls.endsWith("*");
            String name = prefix ? cls.substring(0, cls.length() - 1) : cls;
            assertFalse(name.contains("*"), pattern + ": HotSpot takes a '*' at the start or end only");
            assertTrue(classes.stream().anyMatch(c -> prefix ? c.startsWith(name) : c.equals(name)),
                    pattern + " names no class");
        }
    }

    private static List<String> patterns() throws IOException {
        Matcher m = Pattern.compile("\"([\\w/$*]+\\.\\*)\"").matcher(Files.readString(FILE));
        List<String> patterns = new ArrayList<>();
        while (m.find()) patterns.add(m.group(1));
        return patterns;
    }

    /** The internal names of the classes in the jars or class directories of MODULES. */
    private static Set<String> classNames() throws IOException, URISyntaxException, ClassNotFoundException {
        Set<String> names = new HashSet<>();
        for (String module : MODULES) {
            Path where = Path.of(Class.forName(module).getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(where)) {
                try (Stream<Path> files = Files.walk(where)) {
                    files.map(f -> where.relativize(f).toString().replace('\\', '/'))
                            .filter(f -> f.endsWith(".class")).forEach(f -> names.add(withoutSuffix(f)));
                }
            } else {
                try (JarFile jar = new JarFile(where.toFile())) {
                    jar.stream().map(JarEntry::getName).filter(n -> n.endsWith(".class"))
                            .forEach(n -> names.add(withoutSuffix(n)));
                }
            }
        }
        return names;
    }

    private static String withoutSuffix(String classFile) {
        return classFile.substring(0, classFile.length() - ".class".length());
    }
}
