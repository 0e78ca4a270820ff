package org.pathwise.model;

import java.util.Optional;

/** How much hiring managers care about a skill, as ranked by the guide's skill table. */
public enum Priority implements Keyed {
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

    /** From the lowercase word used in curriculum files: essential, important, bonus. */
    public static Optional<Priority> fromKey(String key) {
        return Keyed.byKey(values(), key);
    }
}
