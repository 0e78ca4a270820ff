package org.pathwise.planner;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;

import org.pathwise.model.LearnerProgress;

/** Dates a plan's steps at the weekly hours: the middle of each range, and the whole range's ends. */
final class Schedule {
    /** No projection goes further than this: absurd inputs give a far date, never an overflow. */
    static final long MAX_DAYS = 100L * 366;

    private final TopicIndex ix;
    private final PlanBuilder builder;

    Schedule(TopicIndex ix, PlanBuilder builder) {
        this.ix = ix;
        this.builder = builder;
    }

    Roadmap roadmap(String roleId, List<Integer> ordered, BitSet needed, Mastery m, double weeklyHours,
                    LocalDate today, Optional<Double> pace, List<String> unreachable) {
        LearnerProgress progress = m.progress();
        BitSet sim = m.coveredBits();
        List<PlannedItem> items = new ArrayList<>(ordered.size());
        double cumulative = 0;
        double totalMin = 0;
        double totalMax = 0;
        for (int i : ordered) {
            double[] rem = builder.remaining(i, progress);
            LocalDate start = dateAfter(today, cumulative, weeklyHours);
            cumulative += rem[1];
            totalMin += rem[0];
            totalMax += rem[2];
            LocalDate end = dateAfter(today, cumulative, weeklyHours);
            int week = (int) Math.min(Integer.MAX_VALUE, Math.max(0, Math.ceil(cumulative / weeklyHours - 1e-9) - 1));
            List<String> closes = List.of();
            for (int t : ix.covers[i]) {
                String skill = ix.skillId[ix.topicSkill[t]];
                if (needed.get(t) && !sim.get(t) && !closes.contains(skill)) {
                    if (closes.isEmpty()) {
                        closes = new ArrayList<>(2);
                    }
                    closes.add(skill);
                }
            }
            for (int t : ix.covers[i]) {
                sim.set(t);
            }
            items.add(new PlannedItem(ix.stepId[i], ix.stepTitle[i], ix.isProject(i), stageId(i),
                    ix.expectedHours(i), rem[1], rem[0], rem[2], week, start, end, closes));
        }
        final double total = cumulative;
        Optional<LocalDate> atPace = pace.filter(p -> p > 0).map(p -> dateAfter(today, total, p));
        return new Roadmap(roleId, weeklyHours, today, items, pace, atPace, dateAfter(today, totalMin, weeklyHours),
                dateAfter(today, totalMax, weeklyHours), unreachable);
    }

    private String stageId(int step) {
        var stages = ix.curriculum.info().stages();
        return ix.stage[step] < stages.size() ? stages.get(ix.stage[step]).id() : "";
    }

    /** The day on which {@code hours} of work are done at {@code perWeek} hours a week, starting today. */
    static LocalDate dateAfter(LocalDate today, double hours, double perWeek) {
        double days = Math.ceil(hours / perWeek * 7 - 1e-9);
        if (!(days > 0)) {
            return today;
        }
        return today.plusDays((long) Math.min(MAX_DAYS, days));
    }
}
