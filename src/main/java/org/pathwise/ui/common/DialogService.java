package org.pathwise.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Every dialog the views open, behind one small interface (JabRef's pattern), so a view asks
 * "which backup?" or "where to save?" without building windows itself, and tests can answer.
 */
public interface DialogService {
    void info(String message);

    /** True when the learner confirms. */
    boolean confirm(String message);

    /** One of the options, or nothing when the learner cancels. */
    <T> Optional<T> choose(String title, String header, List<T> options, Function<T, String> label);

    /** A file to write, or nothing. Each filter is {description, pattern}, such as {"Progress file (JSON)", "*.json"}. */
    Optional<Path> fileToSave(String title, String initialName, List<String[]> filters);

    /** A file to read, or nothing. */
    Optional<Path> fileToOpen(String title, List<String[]> filters);

    /** A folder, or nothing. */
    Optional<Path> folder(String title);
}
