package org.pathwise.planner;

import java.util.List;

import org.pathwise.model.ProjectStatus;
import org.pathwise.model.SkillLevel;

/**
 * How ready a learner is for one portfolio project.
 *
 * @param readiness        the share of the project's required skill levels already met, 0–1
 * @param missing          the required levels not yet met
 * @param missingResources the shortest set of resources found that makes the project ready, in order
 * @param demonstrates     the skills with a gap to the target role that the project shows
 */
public record ProjectFit(String projectId, String title, ProjectStatus status, double readiness,
                         List<SkillLevel> missing, List<String> missingResources, double missingHours,
                         List<String> demonstrates, double value, List<String> lifecycle) {
    public ProjectFit {
        missing = List.copyOf(missing);
        missingResources = List.copyOf(missingResources);
        demonstrates = List.copyOf(demonstrates);
        lifecycle = List.copyOf(lifecycle);
    }

    public boolean ready() {
        return missing.isEmpty();
    }
}
