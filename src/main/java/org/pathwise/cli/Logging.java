package org.pathwise.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Sends every log record, stack traces included, to {@code <data folder>/logs/pathwise-N.log} and
 * nothing to the terminal: learners read sentences, the log keeps the details.
 */
public final class Logging {
    private static volatile Path logFile;

    private Logging() {
    }

    public static void toFolder(Path dataFolder) {
        LogManager.getLogManager().reset();
        Logger root = Logger.getLogger("");
        root.setLevel(Level.INFO);
        System.setProperty("java.util.logging.SimpleFormatter.format",
                "%1$tF %1$tT %4$s %3$s: %5$s%6$s%n");
        try {
            Path logs = dataFolder.resolve("logs");
            Files.createDirectories(logs);
            Handler file = new FileHandler(logs.resolve("pathwise-%g.log").toString(), 1_000_000, 5, true);
            file.setFormatter(new SimpleFormatter());
            // A log that cannot be written (a full disk) must not print Java's traces to the terminal.
            file.setErrorManager(new java.util.logging.ErrorManager() {
                @Override
                public synchronized void error(String msg, Exception ex, int code) {
                    // Nothing: the learner's command goes on; the log is what failed.
                }
            });
            root.addHandler(file);
            logFile = logs.resolve("pathwise-0.log");
        } catch (IOException | SecurityException e) {
            // No log folder (read-only disk, say): run without a log rather than not at all.
            logFile = null;
        }
    }

    /** The current log file, for messages that point the learner to the details. */
    public static Path file() {
        return logFile;
    }
}
