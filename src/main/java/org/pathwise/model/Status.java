package org.pathwise.model;

import java.util.Locale;
import java.util.Optional;

/** Where a learner stands with one resource. */
public enum Status {
    NOT_STARTED("not started"),
    IN_PROGRESS("in progress"),
    DONE("done"),
    SKIPPED("skipped");

    private final String label;

    Status(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The word used on the command line and in exports: not-started, in-progress, done, skipped. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Status> fromKey(String key) {
        for (Status s : values()) {
            if (s.key().equals(key)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
