package org.pathwise.progress;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One Pathwise per data folder. The lock is taken on a separate {@code pathwise.lock} file, never on
 * the database: a Java lock on the database file would break SQLite's own locks.
 */
final class InstanceLock implements AutoCloseable {
    static final String FILE_NAME = "pathwise.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private InstanceLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static InstanceLock acquire(Path dataFolder) throws StoreException {
        Path file = dataFolder.resolve(FILE_NAME);
        FileChannel channel = null;
        try {
            // Never follow a link, and never write into anything but a plain file of our own: a lock that
            // is a symlink would otherwise truncate whatever it points to.
            if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)
                    && !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                throw new StoreException("Pathwise will not use " + file + " as its lock: it is "
                        + (Files.isSymbolicLink(file) ? "a symbolic link" : "not a regular file")
                        + ". Remove it (nothing of yours is in it) and start again.");
            }
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                channel.close(); // Swapped for something else between the check and the open.
                throw new StoreException("Pathwise will not use " + file + " as its lock: it is not a regular "
                        + "file. Remove it and start again.");
            }
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                String holder = holder(file);
                channel.close();
                throw new StoreException.AlreadyOpen("Pathwise is already open on " + dataFolder
                        + (holder.isEmpty() ? "" : " (process " + holder + ")")
                        + ". Close it first, or make the change there.");
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(String.valueOf(ProcessHandle.current().pid())
                    .getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(false);
            return new InstanceLock(channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StoreException("Pathwise could not use " + dataFolder + " as its data folder: " + IoWords.of(e)
                    + ". Name a folder you can write to with --data-dir.", e);
        }
    }

    private static String holder(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "";
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // Already failing; the first error is the one to report.
            }
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // The lock goes with the channel anyway.
        }
        closeQuietly(channel);
    }
}
