package org.pyjit.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The per-method {@code -XX:CompileCommand}s of bin/pyjit: the JVM takes them, and each still names a method of
 * pyjit (HotSpot ignores a pattern that matches nothing, so a renamed method would silently lose its setting).
 */
class LauncherCompileCommandsTest {
    private static final Path LAUNCHER = Path.of("..", "bin", "pyjit").toAbsolutePath().normalize();
    private static final Pattern COMMAND =
            Pattern.compile("-XX:CompileCommand=(\\w+),([\\w.$]+)::(\\w+)(,[\\w.]+)?");

    @Test
    void eachCommandNamesAMethodOfPyjit() throws IOException, ClassNotFoundException {
        List<Matcher> commands = commands();
        assertFalse(commands.isEmpty(), "no per-method CompileCommand in " + LAUNCHER);
        for (Matcher c : commands) {
            Class<?> owner = Class.forName(c.group(2), false, getClass().getClassLoader());
            String method = c.group(3);
            assertTrue(Arrays.stream(owner.getDeclaredMethods()).map(Method::getName).anyMatch(method::equals),
                    c.group() + ": " + owner.getName() + " has no method " + method);
        }
    }

    @Test
    void theJvmTakesTheCommands() throws IOException, InterruptedException {
        List<String> options = new ArrayList<>();
        options.add("-XX:CompileCommand=quiet");
        for (Matcher c : commands()) options.add(c.group());
        String out = ChildJvm.versionOutput(options);
        assertFalse(out.contains("CompileCommand"), "the JVM complained: " + out);
    }

    /** The launcher's per-method commands, each matched against COMMAND. */
    private static List<Matcher> commands() throws IOException {
        Matcher m = COMMAND.matcher(Files.readString(LAUNCHER));
        List<Matcher> commands = new ArrayList<>();
        while (m.find()) {
            Matcher one = COMMAND.matcher(m.group());
            assertTrue(one.matches());
            commands.add(one);
        }
        return commands;
    }
}
