package org.pathwise.model;

import java.util.Optional;

/** Where a learner stands with a portfolio project. */
public enum ProjectStatus implements Keyed {
    NOT_STARTED, IN_PROGRESS, DONE;

    public static Optional<ProjectStatus> fromKey(String key) {
        return Keyed.byKey(values(), key);
    }
}
