package org.pathwise.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/** Where the files of a curriculum come from: a folder on disk or the copy built into the app. */
public interface CurriculumSource {

    /** Name of the curriculum for messages, such as a folder path or "built-in curriculum". */
    String description();

    /** Name of one file for problem lines, such as {@code /home/me/my-path/skills.json}. */
    String displayName(String fileName);

    /** The file's bytes, or empty when the file does not exist. */
    Optional<byte[]> read(String fileName, long maxBytes) throws IOException, FileTooLargeException;

    /** The curriculum in a folder of the learner's. */
    static CurriculumSource folder(Path dir) {
        return new Folder(dir.toAbsolutePath().normalize());
    }

    /** The curriculum shipped inside the application. */
    static CurriculumSource builtIn() {
        return new BuiltIn("ml-engineer");
    }

    /** Thrown when a file is larger than the loader accepts. */
    final class FileTooLargeException extends Exception {
        private static final long serialVersionUID = 1L;
        private final long size;

        public FileTooLargeException(long size) {
            super("file of " + size + " bytes");
            this.size = size;
        }

        public long size() {
            return size;
        }
    }

    record Folder(Path dir) implements CurriculumSource {
        @Override
        public String description() {
            return dir.toString();
        }

        @Override
        public String displayName(String fileName) {
            return dir.resolve(fileName).toString();
        }

        @Override
        public Optional<byte[]> read(String fileName, long maxBytes) throws IOException, FileTooLargeException {
            Path file = dir.resolve(fileName);
            try {
                long size = Files.size(file);
                if (size > maxBytes) {
                    throw new FileTooLargeException(size);
                }
                return Optional.of(Files.readAllBytes(file));
            } catch (NoSuchFileException e) {
                return Optional.empty();
            }
        }
    }

    record BuiltIn(String name) implements CurriculumSource {
        @Override
        public String description() {
            return "the built-in curriculum";
        }

        @Override
        public String displayName(String fileName) {
            return "built-in:" + name + "/" + fileName;
        }

        @Override
        public Optional<byte[]> read(String fileName, long maxBytes) throws IOException, FileTooLargeException {
            try (InputStream in = CurriculumSource.class.getResourceAsStream("/curriculum/" + name + "/" + fileName)) {
                if (in == null) {
                    return Optional.empty();
                }
                byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                if (bytes.length > maxBytes) {
                    throw new FileTooLargeException(bytes.length);
                }
                return Optional.of(bytes);
            }
        }
    }
}
