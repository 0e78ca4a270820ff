package org.pathwise.planner;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The ordered plan to a target role: what closes a gap, the prerequisites it needs and the
 * portfolio projects, in an order that respects every prerequisite and the stages of the path,
 * dated by the weekly hours and, when the history shows a real weekly rate, by the learner's pace.
 *
 * @param earliest    the finish if every step takes its fewest hours
 * @param latest      the finish if every step takes its most hours
 * @param unreachable one sentence per gap no resource of the curriculum can close
 */
public record Roadmap(String roleId, double weeklyHours, LocalDate today, List<PlannedItem> items,
                      Optional<Double> paceHoursPerWeek, Optional<LocalDate> finishAtPace,
                      LocalDate earliest, LocalDate latest, List<String> unreachable) {
    public Roadmap {
        items = List.copyOf(items);
        unreachable = List.copyOf(unreachable);
    }

    /** When the last item is projected to finish at the weekly hours (the middle of the ranges). */
    public LocalDate finish() {
        return items.isEmpty() ? today : items.get(items.size() - 1).finish();
    }

    public double totalHours() {
        return items.stream().mapToDouble(PlannedItem::remainingHours).sum();
    }

    public double totalMin() {
        return items.stream().mapToDouble(PlannedItem::remainingMin).sum();
    }

    public double totalMax() {
        return items.stream().mapToDouble(PlannedItem::remainingMax).sum();
    }

    public long projectCount() {
        return items.stream().filter(PlannedItem::project).count();
    }
}
