package org.pathwise.model;

import java.util.List;

/** A target role and the level it asks for in each skill (skills it does not name: level 0). */
public record Role(String id, String name, String summary, List<SkillLevel> targets) {
    public Role {
        targets = List.copyOf(targets);
    }

    public int targetFor(String skillId) {
        for (SkillLevel t : targets) {
            if (t.skill().equals(skillId)) {
                return t.level();
            }
        }
        return 0;
    }
}
