package org.pathwise.planner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pathwise.planner.TestCurricula.curriculum;
import static org.pathwise.planner.TestCurricula.resource;
import static org.pathwise.planner.TestCurricula.skill;
import static org.pathwise.planner.TestCurricula.statuses;
import static org.pathwise.planner.TestCurricula.teach;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.pathwise.graph.PrerequisiteGraph;
import org.pathwise.model.Cost;
import org.pathwise.model.Curriculum;
import org.pathwise.model.HoursEntry;
import org.pathwise.model.LearnerProgress;
import org.pathwise.model.Priority;
import org.pathwise.model.Project;
import org.pathwise.model.ProjectStatus;
import org.pathwise.model.Requirement;
import org.pathwise.model.Role;
import org.pathwise.model.SkillLevel;
import org.pathwise.model.Status;

/**
 * Skills a (Essential, weight 3), b (Important, 2), c (Bonus, 1); the role wants a 2, b 1, c 0.
 * r1 teaches a 1 (10 h, free); r2 teaches a 2 (20 h, paid, needs r1); r3 teaches b 1 (5 h, free);
 * r4 teaches a 2 (40 h, free, needs r1 or r3); r5 teaches c 3 (1 h), which the role does not want.
 */
class PlannerTest {
    private final Role role = new Role("builder", "Builder", "", List.of(new SkillLevel("a", 2), new SkillLevel("b", 1)));
    private final Curriculum c = curriculum(
            List.of(skill("a", Priority.ESSENTIAL), skill("b", Priority.IMPORTANT), skill("c", Priority.BONUS)),
            List.of(resource("r1", 10, Cost.FREE, List.of(teach("a", 1))),
                    resource("r2", 20, Cost.PAID, List.of(teach("a", 2)), Requirement.of("r1")),
                    resource("r3", 5, Cost.FREE, List.of(teach("b", 1))),
                    resource("r4", 40, Cost.FREE, List.of(teach("a", 2)), Requirement.anyOf(List.of("r1", "r3"))),
                    resource("r5", 1, Cost.FREE, List.of(teach("c", 3)))),
            List.of(new Project("p1", "Project one", "", List.of(new SkillLevel("a", 1)), List.of("a"),
                    List.of("training", "serving"), List.of(), List.of())),
            role);
    private final Planner planner = new Planner(c, PrerequisiteGraph.of(c.resources()));
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @Test
    void gapsAreTargetMinusLevelWeightedByPriority() {
        GapReport g = planner.gaps(LearnerProgress.empty(), role);
        assertEquals(List.of(2, 1, 0), g.gaps().stream().map(SkillGap::gap).toList());
        assertEquals(List.of(6, 2, 0), g.gaps().stream().map(SkillGap::weightedGap).toList());
        assertEquals(0.0, g.progress());
        // r1 done: a 1 of 2 → met weight 3 of 8.
        assertEquals(3.0 / 8, planner.gaps(statuses(Map.of("r1", Status.DONE)), role).progress(), 1e-12);
        // Level is the higher of the rating and what finished resources teach; c is not wanted.
        LearnerProgress rated = TestCurricula.progress(Instant.parse("2026-11-01T00:00:00Z"),
                Map.of("r1", Status.DONE, "r5", Status.DONE), Map.of("a", 2, "b", 3), List.of());
        GapReport full = planner.gaps(rated, role);
        assertEquals(1.0, full.progress());
        assertTrue(full.allTargetsMet());
        assertEquals(List.of(2, 3, 3), full.gaps().stream().map(SkillGap::level).toList());
    }

    @Test
    void nextRanksTheReadySetByGapClosedPerHourWithWhatItUnlocks() {
        // r1: 3 own + 0.5 × (6 for r2 + 6 for r4) = 9 over 10 h = 0.9; r3: 2 + 0.5 × 6 = 5 over 5 h = 1.0.
        NextSuggestions next = planner.next(LearnerProgress.empty(), role, 5);
        assertEquals(List.of("r3", "r1"), next.suggestions().stream().map(Suggestion::resourceId).toList());
        assertEquals(1.0, next.suggestions().get(0).valuePerHour(), 1e-12);
        assertEquals(0.9, next.suggestions().get(1).valuePerHour(), 1e-12);
        assertEquals("Closes the Important gap in B (0 → 1) · unlocks 1 · ~5 h · free",
                next.suggestions().get(0).reasonLine());
        assertEquals("Narrows the Essential gap in A (0 → 1 of 2) · unlocks 2 · ~10 h · free",
                next.suggestions().get(1).reasonLine());
    }

    @Test
    void aRedundantAlternativeFallsBehind() {
        // With r3 done, r1 is an alternative to it in r4's any-of group: its value is quartered.
        NextSuggestions next = planner.next(statuses(Map.of("r3", Status.DONE)), role, 5);
        Suggestion r1 = next.suggestions().stream().filter(s -> s.resourceId().equals("r1")).findFirst().orElseThrow();
        // own 3 + 0.5 × 6 for r2 (r4 is already ready) = 6, × 0.25 = 1.5 over 10 h.
        assertEquals(0.15, r1.valuePerHour(), 1e-12);
        assertTrue(r1.reasonLine().contains("an alternative to Title r3, which you finished"), r1.reasonLine());
        // r4: 6 over 40 h = 0.15 too; equally free, so the catalog order breaks the tie.
        assertEquals(List.of("r1", "r4"), next.suggestions().stream().map(Suggestion::resourceId).toList());
    }

    @Test
    void skippedMeansKnownForPrerequisitesButTeachesNothing() {
        LearnerProgress skipped = statuses(Map.of("r1", Status.SKIPPED));
        assertEquals(0, planner.gaps(skipped, role).gaps().get(0).level());
        List<String> next = planner.next(skipped, role, 5).suggestions().stream().map(Suggestion::resourceId).toList();
        assertTrue(next.contains("r2"), "r2 needs r1, which was skipped: " + next);
        assertTrue(!next.contains("r1"));
    }

    @Test
    void aSelfRatingPlacesTheLearnerPastWhatTheyKnow() {
        // Rated a 1: r1 (teaches a 1) counts as finished, so r2 is ready and r1 is never suggested.
        LearnerProgress rated = TestCurricula.progress(Instant.parse("2026-11-01T00:00:00Z"), Map.of(),
                Map.of("a", 1), List.of());
        List<String> next = planner.next(rated, role, 5).suggestions().stream().map(Suggestion::resourceId).toList();
        assertTrue(next.contains("r2") && !next.contains("r1"), next.toString());
        assertTrue(planner.plan(rated, role, 5, TODAY).items().stream().noneMatch(i -> i.resourceId().equals("r1")));
    }

    @Test
    void thePlanClosesEveryGapInPrerequisiteOrderAndIsDated() {
        // Selection: r3 (2 per 5 h), then r1 (3 per 10 h), then r2 (3 more per 20 h); r4 and r5 are left out.
        // Order: r1 first (3 + 0.5 × 6 for r2, per 10 h = 0.6) before r3 (0.4), then r2 (0.15).
        Roadmap plan = planner.plan(LearnerProgress.empty(), role, 5, TODAY);
        assertEquals(List.of("r1", "r3", "r2"), plan.items().stream().map(PlannedItem::resourceId).toList());
        assertEquals(List.of(LocalDate.of(2026, 12, 15), LocalDate.of(2026, 12, 22), LocalDate.of(2027, 1, 19)),
                plan.items().stream().map(PlannedItem::finish).toList());
        assertEquals(List.of(1, 2, 6), plan.items().stream().map(PlannedItem::week).toList());
        assertEquals(TODAY, plan.items().get(0).start());
        assertEquals(35, plan.totalHours());
        assertEquals(LocalDate.of(2027, 1, 19), plan.finish());
        assertEquals(List.of(), plan.unreachable());
        // The roadmap's next step is what "next" shows.
        assertEquals(List.of("r1", "r3"), planner.next(LearnerProgress.empty(), role, 5, plan).suggestions().stream()
                .map(Suggestion::resourceId).toList());
    }

    @Test
    void changingWeeklyHoursOrRoleReplans() {
        assertEquals(LocalDate.of(2026, 12, 26), planner.plan(LearnerProgress.empty(), role, 10, TODAY).finish());
        Role other = new Role("b-only", "B only", "", List.of(new SkillLevel("b", 1)));
        assertEquals(List.of("r3"), planner.plan(LearnerProgress.empty(), other, 5, TODAY).items().stream()
                .map(PlannedItem::resourceId).toList());
    }

    @Test
    void afterATickTheItemLeavesAndTheDatesMoveUp() {
        Roadmap plan = planner.plan(LearnerProgress.empty(), role, 5, TODAY);
        LearnerProgress ticked = statuses(Map.of("r1", Status.DONE));
        Roadmap after = planner.afterTick(plan, "r1", ticked, role);
        assertEquals(List.of("r3", "r2"), after.items().stream().map(PlannedItem::resourceId).toList());
        assertEquals(LocalDate.of(2026, 12, 8), after.items().get(0).finish());
        assertEquals(25, after.totalHours());
    }

    @Test
    void inProgressWorkCountsOnlyItsRemainingHours() {
        LearnerProgress started = TestCurricula.progress(Instant.parse("2026-11-30T10:00:00Z"),
                Map.of("r1", Status.IN_PROGRESS), Map.of(), List.of(new HoursEntry("r1", 6, Instant.parse(
                        "2026-11-30T10:00:00Z"))));
        Roadmap plan = planner.plan(started, role, 5, TODAY);
        assertEquals("r1", plan.items().get(0).resourceId());
        assertEquals(4, plan.items().get(0).remainingHours());
        assertTrue(planner.next(started, role, 1, plan).top().orElseThrow().reasonLine().startsWith("You started it"));
    }

    @Test
    void paceForecastUsesTheLastFourWeeks() {
        LearnerProgress history = TestCurricula.progress(Instant.parse("2026-11-20T18:00:00Z"),
                Map.of("r1", Status.DONE), Map.of(), List.of(new HoursEntry("r3", 6, Instant.parse("2026-11-25T18:00:00Z"))));
        // Finished 10 estimated hours (more than the 6 logged) over 12 days since the first activity.
        double pace = planner.plan(history, role, 5, TODAY).paceHoursPerWeek().orElseThrow();
        assertEquals(10 / (12 / 7.0), pace, 1e-9);
        Roadmap plan = planner.plan(history, role, 5, TODAY);
        assertEquals(Planner.dateAfter(TODAY, plan.totalHours(), pace), plan.finishAtPace().orElseThrow());
        assertTrue(planner.plan(LearnerProgress.empty(), role, 5, TODAY).paceHoursPerWeek().isEmpty());
    }

    @Test
    void whenEverythingIsMetNextSaysSo() {
        LearnerProgress done = statuses(Map.of("r1", Status.DONE, "r2", Status.DONE, "r3", Status.DONE));
        NextSuggestions next = planner.next(done, role, 3);
        assertTrue(next.top().isEmpty());
        assertTrue(next.whyNone().startsWith("You have reached every target of Builder."), next.whyNone());
        assertTrue(planner.plan(done, role, 5, TODAY).items().isEmpty());
    }

    @Test
    void unreachableTargetsAreNamed() {
        Role greedy = new Role("g", "Greedy", "", List.of(new SkillLevel("b", 3)));
        Roadmap plan = planner.plan(LearnerProgress.empty(), greedy, 5, TODAY);
        assertEquals(List.of("r3"), plan.items().stream().map(PlannedItem::resourceId).toList());
        assertEquals(List.of("No resource in this curriculum takes B from 1 to 3; the plan gets you to 1."),
                plan.unreachable());
    }

    @Test
    void projectReadinessWhatIsMissingAndTheSuggestion() {
        ProjectAdvice advice = planner.projects(LearnerProgress.empty(), role);
        ProjectFit p1 = advice.projects().get(0);
        assertEquals(0.0, p1.readiness());
        assertEquals(List.of(new SkillLevel("a", 1)), p1.missing());
        assertEquals(List.of("r1"), p1.missingResources());
        assertEquals(10, p1.missingHours());
        assertEquals(List.of("a"), p1.demonstrates());
        assertEquals("p1", advice.suggestedProjectId().orElseThrow());
        assertTrue(advice.reason().startsWith("Nearly ready: Title r1 (~10 h) would make it ready"), advice.reason());
        assertEquals(List.of("training", "serving", "monitoring", "retraining"), advice.lifecycleMissing());

        ProjectAdvice ready = planner.projects(statuses(Map.of("r1", Status.DONE)), role);
        assertTrue(ready.projects().get(0).ready());
        assertTrue(ready.reason().startsWith("You are ready for it"), ready.reason());
        assertEquals(ProjectStatus.NOT_STARTED, ready.projects().get(0).status());
    }
}
