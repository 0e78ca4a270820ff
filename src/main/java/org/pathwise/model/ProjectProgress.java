package org.pathwise.model;

import java.time.Instant;
import java.util.Map;

/**
 * A learner's work on one portfolio project: its status, the checklist items ticked, and the
 * evidence a resume bullet needs. {@code checkedItems} maps each ticked item to when it was ticked.
 */
public record ProjectProgress(String projectId, ProjectStatus status, Map<String, Instant> checkedItems, String repositoryUrl,
                              String demoUrl, String notes, String impact, Instant updatedAt) {
    public ProjectProgress {
        checkedItems = Map.copyOf(checkedItems);
    }
}
