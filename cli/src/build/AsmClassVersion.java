import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/**
 * A build step of the cli module (run by exec-maven-plugin after shading, as a single-file program with the
 * shaded jar on its class path): rewrites ASM's classes in the jar, which ASM ships as Java 5 class files, as
 * Java 8 class files with stack map frames. The JVM's AOT cache skips class files older than version 50 ("old
 * class"), so each run that compiled a trace loaded and verified ASM with the old verifier: spectral_norm's
 * first trace took 56 ms from recording to install, 39 ms with ASM archived (medians of 5). The classes'
 * code is unchanged.
 *
 * <p>Usage: {@code java -cp pyjit.jar AsmClassVersion.java pyjit.jar} (rewrites the jar in place).
 */
public class AsmClassVersion {
    public static void main(String[] args) throws IOException {
        Path jar = Path.of(args[0]);
        Path tmp = jar.resolveSibling(jar.getFileName() + ".tmp");
        int rewritten = 0;
        try (ZipFile in = new ZipFile(jar.toFile()); OutputStream os = Files.newOutputStream(tmp);
                ZipOutputStream out = new ZipOutputStream(os)) {
            for (Enumeration<? extends ZipEntry> e = in.entries(); e.hasMoreElements();) {
                ZipEntry entry = e.nextElement();
                byte[] bytes;
                try (var stream = in.getInputStream(entry)) {
                    bytes = stream.readAllBytes();
                }
                if (entry.getName().startsWith("org/objectweb/asm/") && entry.getName().endsWith(".class")) {
                    bytes = toJava8(bytes);
                    rewritten++;
                }
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTime(entry.getTime());
                out.putNextEntry(copy);
                out.write(bytes);
                out.closeEntry();
            }
        }
        Files.move(tmp, jar, StandardCopyOption.REPLACE_EXISTING);
        System.out.println("AsmClassVersion: " + rewritten + " ASM classes in " + jar.getFileName()
                + " are Java 8 class files now");
    }

    private static byte[] toJava8(byte[] classFile) {
        ClassReader reader = new ClassReader(classFile);
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES);
        reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public void visit(int version, int access, String name, String signature, String superName,
                    String[] interfaces) {
                super.visit(Math.max(version, Opcodes.V1_8), access, name, signature, superName, interfaces);
            }
        }, ClassReader.SKIP_FRAMES);
        return writer.toByteArray();
    }
}
