package org.pathwise.planner;

import java.util.List;

import org.pathwise.model.Priority;

/**
 * How far a learner is from a role's target in one skill, with the topics behind it: which are
 * covered, and which the target still needs.
 */
public record SkillGap(String skillId, String skillName, Priority priority, int level, int target, int gap,
                       int weightedGap, List<String> coveredTopics, List<String> missingTopics) {
    public SkillGap {
        coveredTopics = List.copyOf(coveredTopics);
        missingTopics = List.copyOf(missingTopics);
    }
}
