package org.pathwise.model;

import java.util.Optional;

/** What a resource costs the learner. */
public enum Cost implements Keyed {
    FREE("free", "free"),
    FREE_TO_AUDIT("free-to-audit", "free to audit"),
    PAID("paid", "paid");

    private final String key;
    private final String label;

    Cost(String key, String label) {
        this.key = key;
        this.label = label;
    }

    @Override
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public static Optional<Cost> fromKey(String key) {
        return Keyed.byKey(values(), key);
    }
}
