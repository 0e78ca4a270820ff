package org.pathwise.model;

import java.time.Instant;

/** A learner's own rating of a skill: "I already know this", placement instead of ticking courses. */
public record SkillRating(String skillId, int level, Instant updatedAt) {
}
