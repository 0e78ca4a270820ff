package org.pathwise.progress;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/** An I/O failure in the words a learner reads, without Java's class names or internals. */
final class IoWords {
    private IoWords() {
    }

    static String of(IOException e) {
        String reason = e instanceof FileSystemException fse && fse.getReason() != null ? fse.getReason()
                : String.valueOf(e.getMessage());
        String lower = reason.toLowerCase(Locale.ROOT);
        if (lower.contains("no space left") || lower.contains("disk full") || lower.contains("quota")) {
            return "the disk is full";
        }
        if (e instanceof AccessDeniedException || lower.contains("permission denied")
                || lower.contains("read-only file system")) {
            return lower.contains("read-only") ? "the disk is read-only" : "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof NotDirectoryException || lower.contains("not a directory")) {
            return "a part of the path is a file, not a folder";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "something is already there";
        }
        if (e instanceof DirectoryNotEmptyException || lower.contains("is a directory")) {
            return "it is a folder";
        }
        return reason.replaceAll("(?i)java\\.[a-z.]+Exception:?\\s*", "").strip();
    }
}
