package org.pathwise.model;

import java.util.Optional;

/** Where a learner stands with one resource. */
public enum Status implements Keyed {
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

    /** From the word used on the command line and in exports: not-started, in-progress, done, skipped. */
    public static Optional<Status> fromKey(String key) {
        return Keyed.byKey(values(), key);
    }
}
