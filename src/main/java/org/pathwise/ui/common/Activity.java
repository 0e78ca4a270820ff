package org.pathwise.ui.common;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;

import org.pathwise.model.HoursEntry;
import org.pathwise.model.LearnerProgress;
import org.pathwise.model.StatusChange;

/** The learner's streak: consecutive days with any recorded activity, ending today or yesterday. */
public final class Activity {
    private Activity() {
    }

    public static int streak(LearnerProgress p, LocalDate today, ZoneId zone) {
        Set<LocalDate> days = new HashSet<>();
        for (StatusChange c : p.history()) {
            days.add(c.at().atZone(zone).toLocalDate());
        }
        for (HoursEntry h : p.hoursLog()) {
            days.add(h.at().atZone(zone).toLocalDate());
        }
        LocalDate day = days.contains(today) ? today : today.minusDays(1);
        int n = 0;
        while (days.contains(day)) {
            n++;
            day = day.minusDays(1);
        }
        return n;
    }
}
