package org.pathwise.planner;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.pathwise.model.Curriculum;
import org.pathwise.model.HoursEntry;
import org.pathwise.model.LearnerProgress;
import org.pathwise.model.Resource;
import org.pathwise.model.Status;
import org.pathwise.model.StatusChange;

/**
 * The learner's actual pace over the last four weeks, or nothing when the history cannot tell:
 * activity in fewer than two different weeks is one sitting, not a weekly rate. Hours logged on a
 * resource stand for it; the estimate counts only for finished work with no hours logged. Undone
 * ticks leave no trace ({@link History}).
 */
final class Pace {
    static final int WINDOW_DAYS = 28;
    /** The shortest span a weekly rate is taken over, so a burst of ticks is not a week's work. */
    static final int MIN_SPAN_DAYS = 14;

    private Pace() {
    }

    static Optional<Double> hoursPerWeek(Curriculum c, LearnerProgress p, LocalDate today) {
        Instant end = today.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant start = end.minus(WINDOW_DAYS, ChronoUnit.DAYS);
        Set<String> weeks = new HashSet<>();
        Instant first = null;
        Map<String, Double> logged = new HashMap<>();
        for (HoursEntry h : p.hoursLog()) {
            if (!h.at().isBefore(start) && h.at().isBefore(end) && Double.isFinite(h.hours())) {
                logged.merge(h.resourceId(), h.hours(), Double::sum);
                weeks.add(week(h.at()));
                first = first == null || h.at().isBefore(first) ? h.at() : first;
            }
        }
        double hours = 0;
        for (double h : logged.values()) {
            hours += Math.max(0, h);
        }
        Set<String> counted = new HashSet<>();
        for (StatusChange ch : History.effectiveChanges(p)) {
            if (ch.at().isBefore(start) || !ch.at().isBefore(end)) {
                continue;
            }
            weeks.add(week(ch.at()));
            first = first == null || ch.at().isBefore(first) ? ch.at() : first;
            if (ch.status() == Status.DONE && !logged.containsKey(ch.resourceId())
                    && p.statusOf(ch.resourceId()) == Status.DONE && counted.add(ch.resourceId())) {
                hours += c.resource(ch.resourceId()).map(Resource::hours).orElse(0.0);
            }
        }
        if (weeks.size() < 2 || hours <= 0 || first == null) {
            return Optional.empty();
        }
        long span = ChronoUnit.DAYS.between(first.atZone(ZoneOffset.UTC).toLocalDate(), today) + 1;
        double days = Math.min(WINDOW_DAYS, Math.max(MIN_SPAN_DAYS, span));
        return Optional.of(hours / (days / 7.0));
    }

    private static String week(Instant at) {
        LocalDate d = at.atZone(ZoneOffset.UTC).toLocalDate();
        return d.get(IsoFields.WEEK_BASED_YEAR) + "-" + d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }
}
