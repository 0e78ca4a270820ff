package org.pathwise.model;

import java.util.List;

/**
 * One row of the skill-priority matrix.
 *
 * @param bestFreeResources ids of the resources the guide names as the best free way in
 */
public record Skill(String id, String name, Priority priority, SkillKind kind, String summary,
                    List<String> bestFreeResources, List<Topic> topics) {
    public Skill {
        bestFreeResources = List.copyOf(bestFreeResources);
        topics = List.copyOf(topics);
    }
}
