package org.pathwise.catalog;

/**
 * One thing wrong with a curriculum, printed as {@code file:line:column: message}. Line and column
 * are 0 when the problem has no place inside the file (a missing file, a file too large).
 */
public record Problem(String file, int line, int column, String message) {

    public static Problem inFile(String file, String message) {
        return new Problem(file, 0, 0, message);
    }

    @Override
    public String toString() {
        if (line <= 0) {
            return file + ": " + message;
        }
        return file + ":" + line + ":" + column + ": " + message;
    }
}
