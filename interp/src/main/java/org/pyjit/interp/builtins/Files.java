package org.pyjit.interp.builtins;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.pyjit.interp.exec.Interpreter;
import org.pyjit.interp.runtime.ExceptionTypes;
import org.pyjit.interp.runtime.Ops;
import org.pyjit.interp.runtime.PyErr;

/** open() and input(). Relative paths resolve against the interpreter's working directory. */
final class Files {
    private Files() {}

    static Object open(Interpreter interp, Object[] a, String[] kw) {
        Object[] p = Args.parse("open", a, kw, new String[] {"file", "mode", "buffering", "encoding", "errors",
            "newline"}, 1, 6);
        if (!(p[0] instanceof String name)) {
            throw PyErr.typeError("expected str, bytes or os.PathLike object, not " + Ops.typeName(p[0]));
        }
        String mode = p[1] == null ? "r" : Ops.str(p[1]);
        if (!mode.matches("[rwax]\\+?b?|[rwax]b?\\+?|[rwax]t|[rwax]\\+t|[rwax]t\\+")) {
            throw PyErr.valueError("invalid mode: '" + mode + "'");
        }
        Path path = interp.workingDir().resolve(name);
        try {
            return PyFile.open(path, name, mode);
        } catch (java.nio.file.NoSuchFileException e) {
            throw PyErr.withArgs(ExceptionTypes.FILE_NOT_FOUND_ERROR, 2L, "No such file or directory", name);
        } catch (java.nio.file.AccessDeniedException e) {
            throw PyErr.withArgs(ExceptionTypes.PERMISSION_ERROR, 13L, "Permission denied", name);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            throw PyErr.withArgs(ExceptionTypes.FILE_EXISTS_ERROR, 17L, "File exists", name);
        } catch (IOException e) {
            if (java.nio.file.Files.isDirectory(path)) {
                throw PyErr.withArgs(ExceptionTypes.IS_A_DIRECTORY_ERROR, 21L, "Is a directory", name);
            }
            throw PyErr.withArgs(ExceptionTypes.OS_ERROR, 5L, String.valueOf(e.getMessage()), name);
        }
    }

    static Object readLine(Interpreter interp) {
        try {
            interp.stdout.flush();
            StringBuilder sb = new StringBuilder();
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            int c;
            while ((c = System.in.read()) >= 0 && c != '\n') bytes.write(c);
            if (c < 0 && bytes.size() == 0) throw PyErr.of(ExceptionTypes.EOF_ERROR, "EOF when reading a line");
            sb.append(bytes.toString(StandardCharsets.UTF_8));
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) == '\r') sb.setLength(sb.length() - 1);
            return sb.toString();
        } catch (IOException e) {
            throw PyErr.osError(e.getMessage());
        }
    }
}
