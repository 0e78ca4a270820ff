package org.pathwise.model;

import java.util.Optional;

/**
 * Who recommends a resource: the guide says to start here, names it as a skill's best free
 * resource, names it elsewhere, or Pathwise added it. Pathwise's own picks never outrank the guide's.
 */
public enum Endorsement implements Keyed {
    START_HERE("The guide says to start here"),
    BEST_FREE("The guide's best free resource"),
    NAMED("Named by the guide"),
    PATHWISE_PICK("Pathwise's pick, not in the guide");

    private final String label;

    Endorsement(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** From the word used in curriculum files: start-here, best-free, named, pathwise-pick. */
    public static Optional<Endorsement> fromKey(String key) {
        return Keyed.byKey(values(), key);
    }
}
