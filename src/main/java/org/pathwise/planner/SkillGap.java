package org.pathwise.planner;

import java.util.List;

import org.pathwise.model.Priority;

/**
 * How far a learner is from a role's target in one skill, with the topics behind it: which are
 * covered, which the target still needs, and which of those stand between the learner and the next
 * level (a level counts only when all its topics, and those below, are covered).
 */
public record SkillGap(String skillId, String skillName, Priority priority, int level, int target, int gap,
                       int weightedGap, List<String> coveredTopics, List<String> missingTopics,
                       List<String> nextLevelMissing) {
    public SkillGap {
        coveredTopics = List.copyOf(coveredTopics);
        missingTopics = List.copyOf(missingTopics);
        nextLevelMissing = List.copyOf(nextLevelMissing);
    }
}
