package org.pathwise.planner;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The ordered plan to a target role: only what closes a gap plus the prerequisites it needs, in an
 * order that respects every prerequisite, dated by the weekly hours and, when there is history,
 * by the learner's actual pace too.
 *
 * @param unreachable one sentence per gap no resource of the curriculum can close
 */
public record Roadmap(String roleId, double weeklyHours, LocalDate today, List<PlannedItem> items,
                      Optional<Double> paceHoursPerWeek, Optional<LocalDate> finishAtPace,
                      List<String> unreachable) {
    public Roadmap {
        items = List.copyOf(items);
        unreachable = List.copyOf(unreachable);
    }

    /** When the last item is projected to finish at the weekly hours; today when nothing is left. */
    public LocalDate finish() {
        return items.isEmpty() ? today : items.get(items.size() - 1).finish();
    }

    public double totalHours() {
        return items.stream().mapToDouble(PlannedItem::remainingHours).sum();
    }
}
