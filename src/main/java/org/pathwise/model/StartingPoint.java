package org.pathwise.model;

import java.util.List;

/**
 * Where a learner may start from (a software engineer, a data scientist, from scratch): the
 * first-start question offers these, and choosing one fills in the self-ratings it names.
 */
public record StartingPoint(String id, String name, String summary, List<SkillLevel> ratings) {
    public StartingPoint {
        ratings = List.copyOf(ratings);
    }

    /** The rating this starting point suggests for a skill, 0 when it names none. */
    public int rating(String skillId) {
        return ratings.stream().filter(r -> r.skill().equals(skillId)).mapToInt(SkillLevel::level).findFirst().orElse(0);
    }
}
