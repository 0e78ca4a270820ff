package org.pathwise.model;

import java.util.Optional;

/** Whether a skill is technical, a soft skill, or one that the interview rounds test. */
public enum SkillKind {
    TECHNICAL("technical"),
    SOFT("soft"),
    INTERVIEW("interview");

    private final String key;

    SkillKind(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<SkillKind> fromKey(String key) {
        for (SkillKind k : values()) {
            if (k.key.equals(key)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
