package org.pathwise.model;

import java.util.Locale;
import java.util.Optional;

/** Where a learner stands with a portfolio project. */
public enum ProjectStatus {
    NOT_STARTED, IN_PROGRESS, DONE;

    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<ProjectStatus> fromKey(String key) {
        for (ProjectStatus s : values()) {
            if (s.key().equals(key)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
