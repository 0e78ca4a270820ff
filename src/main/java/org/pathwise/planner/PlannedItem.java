package org.pathwise.planner;

import java.time.LocalDate;
import java.util.List;

/**
 * One resource on the roadmap: its remaining hours, the week it falls in (0 = this week) and the
 * dates it is projected to start and finish at the learner's weekly hours.
 */
public record PlannedItem(String resourceId, String title, double hours, double remainingHours, int week,
                          LocalDate start, LocalDate finish, List<String> closes) {
    public PlannedItem {
        closes = List.copyOf(closes);
    }
}
