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

    /** The names of the files the source holds, where it can list them (a folder); empty otherwise. */
    default java.util.List<String> fileNames() {
        return java.util.List.of();
    }

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

    /** Thrown for a curriculum file that is a folder, device or pipe. */
    final class NotARegularFileException extends IOException {
        private static final long serialVersionUID = 1L;

        public NotARegularFileException(String what) {
            super(what);
        }
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
        public java.util.List<String> fileNames() {
            try (java.util.stream.Stream<Path> files = Files.list(dir)) {
                return files.map(f -> f.getFileName().toString()).sorted().toList();
            } catch (IOException e) {
                return java.util.List.of();
            }
        }

        @Override
        public Optional<byte[]> read(String fileName, long maxBytes) throws IOException, FileTooLargeException {
            Path file = dir.resolve(fileName);
            if (!Files.exists(file)) {
                return Optional.empty();
            }
            // Only regular files: a pipe would hang the reader and a device would feed it forever.
            if (!Files.isRegularFile(file)) {
                throw new NotARegularFileException(Files.isDirectory(file) ? "a folder" : "not a regular file (a "
                        + "device or a pipe)");
            }
            try (InputStream in = Files.newInputStream(file)) {
                // The cap holds while reading, whatever the size said a moment before.
                byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                if (bytes.length > maxBytes) {
                    throw new FileTooLargeException(Math.max(bytes.length, Files.size(file)));
                }
                return Optional.of(bytes);
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
