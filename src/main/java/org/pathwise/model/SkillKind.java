package org.pathwise.model;

import java.util.Optional;

/** Whether a skill is technical, a soft skill, or one that the interview rounds test. */
public enum SkillKind implements Keyed {
    TECHNICAL("technical"),
    SOFT("soft"),
    INTERVIEW("interview");

    private final String key;

    SkillKind(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }

    public static Optional<SkillKind> fromKey(String key) {
        return Keyed.byKey(values(), key);
    }
}
