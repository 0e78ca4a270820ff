package org.pathwise.planner;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pathwise.GoldenFile;
import org.pathwise.catalog.CurriculumLoader;
import org.pathwise.catalog.LoadedCurriculum;
import org.pathwise.model.LearnerProgress;
import org.pathwise.model.Role;
import org.pathwise.model.SkillRating;

/**
 * The advice for the three learners of {@code shared/personas.sh} — from scratch, a backend
 * engineer, a data scientist — on the built-in curriculum, held against files written down after
 * reading them as a mentor would. A change to the planner or the curriculum that changes the
 * advice fails here until the new advice has been read and the files updated
 * ({@code -Dgolden.update=true} rewrites them).
 */
class PersonaGoldenTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    static LearnerProgress persona(String name) {
        Map<String, Integer> ratings = switch (name) {
            case "scratch" -> Map.of();
            case "backend" -> Map.of("python", 3, "software-engineering", 3, "data-engineering", 1, "math", 1);
            case "datasci" -> Map.of("python", 2, "math", 2, "ml-frameworks", 1, "ml-fundamentals", 2,
                    "data-engineering", 2, "software-engineering", 1);
            default -> throw new IllegalArgumentException(name);
        };
        Map<String, SkillRating> r = new HashMap<>();
        ratings.forEach((id, level) -> r.put(id, new SkillRating(id, level, Instant.parse("2026-12-01T09:00:00Z"))));
        return new LearnerProgress(Map.of(), List.of(), List.of(), r, Map.of(), Map.of(), Map.of());
    }

    static double weeklyHours(String name) {
        return switch (name) {
            case "scratch" -> 15;
            case "backend" -> 10;
            default -> 8;
        };
    }

    static String advice(LoadedCurriculum loaded, String name) {
        Planner planner = new Planner(loaded.curriculum(), loaded.graph());
        ReasonFormatter words = planner.formatter();
        Role role = loaded.curriculum().defaultRole();
        LearnerProgress p = persona(name);
        Roadmap plan = planner.plan(p, role, weeklyHours(name), TODAY);
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%s at %s h/week: %d steps, %d projects, %.0f–%.0f h, finishing %s%n",
                name, ReasonFormatter.hours(weeklyHours(name)), plan.items().size(), plan.projectCount(),
                plan.totalMin(), plan.totalMax(), ReasonFormatter.monthRange(plan.earliest(), plan.latest())));
        out.append("next:\n");
        for (Suggestion s : planner.next(p, role, 5, plan).suggestions()) {
            out.append("  ").append(s.project() ? "PROJECT " : "").append(s.id()).append(" — ")
                    .append(words.line(s.reasons())).append('\n');
        }
        out.append("plan:\n");
        for (PlannedItem i : plan.items()) {
            out.append(String.format(Locale.ROOT, "  %-14s %-9s %-40s %s%n", i.stage(),
                    ReasonFormatter.hoursRange(i.remainingMin(), i.remainingMax()),
                    (i.project() ? "PROJECT " : "") + i.id(), String.join(",", i.closes())));
        }
        plan.unreachable().forEach(u -> out.append("unreachable: ").append(u).append('\n'));
        ProjectAdvice projects = planner.projects(p, role);
        out.append("next project: ").append(projects.suggestedProjectId().orElse("none")).append(" — ")
                .append(projects.reason()).append('\n');
        CareerReadiness career = planner.career(p, role);
        career.areas().forEach(a -> out.append(String.format(Locale.ROOT, "interview %s %d%%%n", a.focus().key(),
                Math.round(a.readiness() * 100))));
        career.imbalance().ifPresent(w -> out.append(w).append('\n'));
        return out.toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"scratch", "backend", "datasci"})
    void theAdviceIsWhatAMentorReadAndSignedOff(String name) throws Exception {
        String actual = advice(new CurriculumLoader().loadBuiltIn(), name);
        GoldenFile.assertMatches(name + ".txt", actual, "the advice for " + name + " changed; read it as a mentor "
                + "would, then");
    }
}
