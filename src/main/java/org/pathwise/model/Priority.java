package org.pathwise.model;

import java.util.Locale;
import java.util.Optional;

/** How much hiring managers care about a skill, as ranked by the guide's skill table. */
public enum Priority {
    ESSENTIAL("Essential", 3),
    IMPORTANT("Important", 2),
    BONUS("Bonus", 1);

    private final String label;
    private final int weight;

    Priority(String label, int weight) {
        this.label = label;
        this.weight = weight;
    }

    /** The word a learner reads: "Essential", "Important", "Bonus". */
    public String label() {
        return label;
    }

    /** Relative weight of a gap in a skill of this priority; Essential counts most. */
    public int weight() {
        return weight;
    }

    /** The lowercase word used in curriculum files. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Priority> fromKey(String key) {
        for (Priority p : values()) {
            if (p.key().equals(key)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
