package org.pathwise.planner;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.pathwise.model.HoursEntry;
import org.pathwise.model.LearnerProgress;
import org.pathwise.model.Status;
import org.pathwise.model.StatusChange;

/**
 * The learner's real activity: status changes less those that were taken back (a change that the
 * next change of the same resource reverts within a day leaves no trace, and neither does the
 * revert), and hours logged. Pace, streak and the activity list all read it, so an undone tick
 * changes none of them.
 */
public final class History {
    /** A change reverted within this long was a slip, not work. */
    static final Duration UNDO_WINDOW = Duration.ofHours(24);

    private History() {
    }

    /** The status changes that stand, oldest first. */
    public static List<StatusChange> effectiveChanges(LearnerProgress p) {
        List<StatusChange> all = new ArrayList<>(p.history());
        all.sort(Comparator.comparing(StatusChange::at));
        Map<String, List<StatusChange>> byResource = new HashMap<>();
        for (StatusChange c : all) {
            byResource.computeIfAbsent(c.resourceId(), k -> new ArrayList<>()).add(c);
        }
        Set<StatusChange> dropped = new HashSet<>();
        for (List<StatusChange> changes : byResource.values()) {
            Status before = Status.NOT_STARTED;
            for (int i = 0; i < changes.size(); i++) {
                StatusChange c = changes.get(i);
                if (i + 1 < changes.size()) {
                    StatusChange next = changes.get(i + 1);
                    if (next.status() == before && c.status() != before
                            && Duration.between(c.at(), next.at()).compareTo(UNDO_WINDOW) <= 0) {
                        dropped.add(c);
                        dropped.add(next);
                        i++; // The revert leaves the status where it was before.
                        continue;
                    }
                }
                before = c.status();
            }
        }
        List<StatusChange> out = new ArrayList<>(all.size());
        for (StatusChange c : all) {
            if (!dropped.contains(c)) {
                out.add(c);
            }
        }
        return out;
    }

    /** The days on which the learner did something that stands: a change kept, or hours logged. */
    public static Set<LocalDate> activeDays(LearnerProgress p, ZoneId zone) {
        Set<LocalDate> days = new HashSet<>();
        for (StatusChange c : effectiveChanges(p)) {
            days.add(c.at().atZone(zone).toLocalDate());
        }
        for (HoursEntry h : p.hoursLog()) {
            if (h.hours() > 0) {
                days.add(h.at().atZone(zone).toLocalDate());
            }
        }
        return days;
    }

    /**
     * How much the learner did on each day that stands: one for each change kept, plus the hours
     * logged that day rounded up; for the activity calendar.
     */
    public static java.util.Map<LocalDate, Integer> activityByDay(LearnerProgress p, ZoneId zone) {
        java.util.Map<LocalDate, Integer> days = new java.util.TreeMap<>();
        for (StatusChange c : effectiveChanges(p)) {
            days.merge(c.at().atZone(zone).toLocalDate(), 1, Integer::sum);
        }
        for (HoursEntry h : p.hoursLog()) {
            if (h.hours() > 0) {
                days.merge(h.at().atZone(zone).toLocalDate(), (int) Math.ceil(Math.min(h.hours(), 24)), Integer::sum);
            }
        }
        return days;
    }

    /** Consecutive active days ending today, or yesterday when today has nothing yet. */
    public static int streak(LearnerProgress p, LocalDate today, ZoneId zone) {
        Set<LocalDate> days = activeDays(p, zone);
        LocalDate day = days.contains(today) ? today : today.minusDays(1);
        int n = 0;
        while (days.contains(day) && n < 100_000) {
            n++;
            day = day.minusDays(1);
        }
        return n;
    }
}
