package org.pathwise.model;

import java.util.List;
import java.util.Map;
import java.time.Instant;

/** Everything a learner has recorded, as read at one moment. Keyed by the curriculum's stable ids. */
public record LearnerProgress(Map<String, ResourceProgress> resources, List<StatusChange> history,
                              List<HoursEntry> hoursLog, Map<String, SkillRating> ratings,
                              Map<String, ProjectProgress> projects, Map<String, Instant> careerItems,
                              Map<String, String> settings) {
    public LearnerProgress {
        resources = Map.copyOf(resources);
        history = List.copyOf(history);
        hoursLog = List.copyOf(hoursLog);
        ratings = Map.copyOf(ratings);
        projects = Map.copyOf(projects);
        careerItems = Map.copyOf(careerItems);
        settings = Map.copyOf(settings);
    }

    public static LearnerProgress empty() {
        return new LearnerProgress(Map.of(), List.of(), List.of(), Map.of(), Map.of(), Map.of(), Map.of());
    }

    public Status statusOf(String resourceId) {
        ResourceProgress p = resources.get(resourceId);
        return p == null ? Status.NOT_STARTED : p.status();
    }
}
