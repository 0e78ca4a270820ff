package org.pathwise.planner;

import org.pathwise.model.Priority;

/** How far a learner is from a role's target in one skill. */
public record SkillGap(String skillId, String skillName, Priority priority, int level, int target, int gap,
                       int weightedGap) {
}
