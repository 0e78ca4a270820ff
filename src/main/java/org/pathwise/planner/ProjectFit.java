package org.pathwise.planner;

import java.util.List;

import org.pathwise.model.ProjectStatus;
import org.pathwise.model.SkillLevel;

/**
 * How ready a learner is for one portfolio project.
 *
 * @param readiness        the share of the topics its required skill levels need that are covered, 0–1
 * @param missing          the required levels not yet met
 * @param missingResources the resources found that make the project ready, in order
 * @param demonstrates     the skills with a gap to the target role that the project shows
 */
public record ProjectFit(String projectId, String title, ProjectStatus status, double readiness,
                         List<SkillLevel> missing, List<String> missingResources, double missingHours,
                         List<String> demonstrates, double value, List<String> lifecycle, double hoursMin,
                         double hoursMax) {
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
