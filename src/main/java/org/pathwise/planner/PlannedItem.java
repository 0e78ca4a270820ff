package org.pathwise.planner;

import java.time.LocalDate;
import java.util.List;

/**
 * One step of the roadmap — a resource or a portfolio project — with its remaining hours (a range,
 * and the middle the dates use), the week it falls in (0 = this week), the dates it is projected
 * to start and finish at the learner's weekly hours, its stage, and the skills it moves toward the
 * target ({@code closes}; empty for a prerequisite that only opens the way).
 */
public record PlannedItem(String resourceId, String title, boolean project, String stage, double hours,
                          double remainingHours, double remainingMin, double remainingMax, int week,
                          LocalDate start, LocalDate finish, List<String> closes) {
    public PlannedItem {
        closes = List.copyOf(closes);
    }

    /** The step's id: a resource id, or a project id when {@link #project()}. */
    public String id() {
        return resourceId;
    }
}
