package org.pathwise.planner;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.pathwise.model.LearnerProgress;
import org.pathwise.model.ProjectProgress;
import org.pathwise.model.ResourceProgress;
import org.pathwise.model.SkillRating;
import org.pathwise.model.StatusChange;

/**
 * The learner's progress as it stood at earlier days, rebuilt from the history that stands (undone
 * ticks leave no trace): statuses from the status changes, ratings and projects from when they
 * were last set. For the "target met over time" chart.
 */
final class ProgressOverTime {
    private ProgressOverTime() {
    }

    /** The progress as of the end of {@code day}. */
    static LearnerProgress asOf(LearnerProgress p, LocalDate day, ZoneId zone) {
        Instant end = day.plusDays(1).atStartOfDay(zone).toInstant();
        Map<String, ResourceProgress> resources = new HashMap<>();
        List<StatusChange> history = new ArrayList<>();
        for (StatusChange c : History.effectiveChanges(p)) {
            if (c.at().isBefore(end)) {
                history.add(c);
                resources.put(c.resourceId(), new ResourceProgress(c.resourceId(), c.status(), 0, "", c.at()));
            }
        }
        // Progress with no history of its own (imported, say) counts from when it was last changed.
        p.resources().forEach((id, rp) -> {
            if (!resources.containsKey(id) && rp.updatedAt().isBefore(end)
                    && p.history().stream().noneMatch(c -> c.resourceId().equals(id))) {
                resources.put(id, rp);
            }
        });
        Map<String, SkillRating> ratings = new HashMap<>();
        p.ratings().forEach((id, r) -> {
            if (r.updatedAt().isBefore(end)) {
                ratings.put(id, r);
            }
        });
        Map<String, ProjectProgress> projects = new HashMap<>();
        p.projects().forEach((id, pp) -> {
            if (pp.updatedAt().isBefore(end)) {
                projects.put(id, pp);
            }
        });
        return new LearnerProgress(resources, history, List.of(), ratings, projects, Map.of(), p.settings());
    }
}
