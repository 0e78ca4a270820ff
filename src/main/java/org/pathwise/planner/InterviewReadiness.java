package org.pathwise.planner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.pathwise.model.Curriculum;
import org.pathwise.model.InterviewFocus;
import org.pathwise.model.InterviewStage;
import org.pathwise.model.Role;

/**
 * Readiness per interview round, from the skills each round tests, all rounds weighing the same:
 * the guide's warning is against over-preparing theory and under-preparing coding and design.
 * A round is measured by the rounds that test only it; the phone screen, which mixes two, does
 * not blur them.
 */
final class InterviewReadiness {
    static final List<InterviewFocus> ROUNDS = List.of(InterviewFocus.CODING, InterviewFocus.ML_FUNDAMENTALS,
            InterviewFocus.SYSTEM_DESIGN, InterviewFocus.BEHAVIORAL);
    /** Rounds further apart than this are uneven. */
    static final double UNEVEN = 0.34;

    private final Curriculum curriculum;

    InterviewReadiness(Curriculum curriculum) {
        this.curriculum = curriculum;
    }

    CareerReadiness of(Mastery m, Role role) {
        Map<InterviewFocus, Set<String>> skills = new LinkedHashMap<>();
        Map<InterviewFocus, Set<String>> prep = new LinkedHashMap<>();
        for (InterviewFocus f : ROUNDS) {
            skills.put(f, new LinkedHashSet<>());
            prep.put(f, new LinkedHashSet<>());
        }
        List<InterviewStage> leaves = new ArrayList<>();
        for (InterviewStage s : curriculum.career().interview()) {
            if (s.rounds().isEmpty()) {
                leaves.add(s);
            } else {
                leaves.addAll(s.rounds());
            }
        }
        for (InterviewStage s : leaves) {
            for (InterviewFocus f : s.focus()) {
                if (prep.containsKey(f)) {
                    prep.get(f).addAll(s.prep());
                    if (s.focus().size() == 1) {
                        skills.get(f).addAll(s.skills());
                    }
                }
            }
        }
        for (InterviewStage s : leaves) { // A round that only mixed rounds test still counts.
            for (InterviewFocus f : s.focus()) {
                if (skills.containsKey(f) && skills.get(f).isEmpty()) {
                    skills.get(f).addAll(s.skills());
                }
            }
        }
        List<CareerReadiness.Area> areas = new ArrayList<>();
        for (InterviewFocus f : skills.keySet()) {
            double sum = 0;
            int n = 0;
            for (String skill : skills.get(f)) {
                int target = role.targetFor(skill);
                if (target > 0) {
                    sum += Math.min(1.0, m.level(skill) / (double) target);
                    n++;
                }
            }
            int done = (int) prep.get(f).stream().filter(id -> m.progress().statusOf(id)
                    == org.pathwise.model.Status.DONE).count();
            if (n > 0 || !prep.get(f).isEmpty()) {
                areas.add(new CareerReadiness.Area(f, n == 0 ? 0 : sum / n, List.copyOf(skills.get(f)), done,
                        prep.get(f).size()));
            }
        }
        Optional<String> imbalance = Optional.empty();
        if (areas.size() >= 2) {
            CareerReadiness.Area hi = areas.stream().max(Comparator.comparingDouble(CareerReadiness.Area::readiness)
                    .thenComparing(a -> -ROUNDS.indexOf(a.focus()))).orElseThrow();
            CareerReadiness.Area lo = areas.stream().min(Comparator.comparingDouble(CareerReadiness.Area::readiness)
                    .thenComparing(a -> ROUNDS.indexOf(a.focus()))).orElseThrow();
            if (hi.readiness() - lo.readiness() >= UNEVEN) {
                String todo = prep.get(lo.focus()).stream()
                        .filter(id -> m.progress().statusOf(id) != org.pathwise.model.Status.DONE)
                        .map(id -> curriculum.resource(id).map(r -> r.title()).orElse(id)).findFirst()
                        .map(t -> "work through " + t)
                        .orElse("practise the skills it tests: " + String.join(", ", skills.get(lo.focus())));
                String why = switch (lo.focus()) {
                    case CODING, SYSTEM_DESIGN -> "Companies reject ML-knowledgeable candidates who can't write clean "
                            + "code or design scalable systems; balance coding, ML fundamentals and system design.";
                    case BEHAVIORAL -> "The behavioral round wants STAR stories with specific ML examples: a model "
                            + "that failed in production, a trade-off between accuracy and latency.";
                    default -> "The theory round asks for depth in your own area: bias-variance, regularization, "
                            + "how attention works, why a metric misleads.";
                };
                imbalance = Optional.of(String.format(Locale.ROOT, "Your weakest interview round is %s (%d%%, "
                        + "against %s %d%%): %s. %s", lo.focus().label(), Math.round(lo.readiness() * 100),
                        hi.focus().label(), Math.round(hi.readiness() * 100), todo, why));
            }
        }
        return new CareerReadiness(areas, imbalance);
    }
}
