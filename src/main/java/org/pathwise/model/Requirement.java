package org.pathwise.model;

import java.util.Collection;
import java.util.List;

/**
 * One prerequisite of a resource: either a single resource, or an any-of group whose options are
 * alternatives (finishing one of them is enough).
 */
public record Requirement(List<String> options) {
    public Requirement {
        options = List.copyOf(options);
        if (options.isEmpty()) {
            throw new IllegalArgumentException("a requirement needs at least one option");
        }
    }

    public static Requirement of(String id) {
        return new Requirement(List.of(id));
    }

    public static Requirement anyOf(List<String> ids) {
        return new Requirement(ids);
    }

    public boolean isAnyOf() {
        return options.size() > 1;
    }

    /** True when one of the options is in the given set of finished ids. */
    public boolean isMetBy(Collection<String> finished) {
        for (String option : options) {
            if (finished.contains(option)) {
                return true;
            }
        }
        return false;
    }
}
