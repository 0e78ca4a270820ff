package org.pathwise.planner;

import java.util.List;
import java.util.Optional;

/**
 * Every project's fit, the suggested next one with its reason, and which lifecycle stages the
 * learner's projects cover: the guide asks for three or four projects that together show
 * training, serving, monitoring and retraining.
 */
public record ProjectAdvice(List<ProjectFit> projects, Optional<String> suggestedProjectId, String reason,
                            List<String> lifecycleCovered, List<String> lifecycleMissing) {
    public ProjectAdvice {
        projects = List.copyOf(projects);
        lifecycleCovered = List.copyOf(lifecycleCovered);
        lifecycleMissing = List.copyOf(lifecycleMissing);
    }
}
