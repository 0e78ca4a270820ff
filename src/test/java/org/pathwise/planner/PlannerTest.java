package org.pathwise.planner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pathwise.planner.TestCurricula.curriculum;
import static org.pathwise.planner.TestCurricula.project;
import static org.pathwise.planner.TestCurricula.resource;
import static org.pathwise.planner.TestCurricula.skill;
import static org.pathwise.planner.TestCurricula.statuses;
import static org.pathwise.planner.TestCurricula.teach;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.pathwise.graph.PrerequisiteGraph;
import org.pathwise.model.Cost;
import org.pathwise.model.Curriculum;
import org.pathwise.model.HoursEntry;
import org.pathwise.model.LearnerProgress;
import org.pathwise.model.Priority;
import org.pathwise.model.ProjectStatus;
import org.pathwise.model.Requirement;
import org.pathwise.model.ResourceProgress;
import org.pathwise.model.Role;
import org.pathwise.model.SkillLevel;
import org.pathwise.model.Status;
import org.pathwise.model.StatusChange;

/**
 * Skills a (Essential, weight 3), b (Important, 2), c (Bonus, 1), each with one topic per level
 * (a-1, a-2, a-3 …); the role wants a 2, b 1, c 0. r1 covers a-1 (10 h, free); r2 a-1 and a-2
 * (20 h, paid, needs r1); r3 b-1 (5 h, free); r4 a-1 and a-2 (40 h, free, needs r1 or r3); r5 c up
 * to 3 (1 h), which the role does not want. Project p1 (30 h) needs a 1 and demonstrates a-1, a-2.
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
            List.of(project("p1", List.of(new SkillLevel("a", 1)), List.of(teach("a", 2)), 30, "training", "serving")),
            role);
    private final Planner planner = new Planner(c, PrerequisiteGraph.of(c.resources()));
    private final ReasonFormatter words = planner.formatter();
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    private static List<String> ids(Roadmap plan) {
        return plan.items().stream().map(PlannedItem::id).toList();
    }

    private List<String> next(LearnerProgress p) {
        return planner.next(p, role, 5, planner.plan(p, role, 5, TODAY)).suggestions().stream().map(Suggestion::id)
                .toList();
    }

    @Test
    void aLevelIsReachedWhenEveryTopicUpToItIsCovered() {
        GapReport g = planner.gaps(LearnerProgress.empty(), role);
        assertEquals(List.of(2, 1, 0), g.gaps().stream().map(SkillGap::gap).toList());
        assertEquals(List.of(6, 2, 0), g.gaps().stream().map(SkillGap::weightedGap).toList());
        assertEquals(List.of("a one", "a two"), g.gaps().get(0).missingTopics());
        assertEquals(0.0, g.progress());
        // r1 done: a-1 covered, a 1 of 2 → met weight 3 of 8.
        GapReport one = planner.gaps(statuses(Map.of("r1", Status.DONE)), role);
        assertEquals(3.0 / 8, one.progress(), 1e-12);
        assertEquals(List.of("a one"), one.gaps().get(0).coveredTopics());
        assertEquals(List.of("a two"), one.gaps().get(0).missingTopics());
        // A resource that lists only the level-2 topic leaves level 1 open: a stays at 0.
        Curriculum gappy = curriculum(List.of(skill("a", Priority.ESSENTIAL)),
                List.of(resource("deep", 5, Cost.FREE, List.of(new org.pathwise.model.Teaching("a", 2,
                        List.of("a-2"))))), List.of(), role);
        Planner p2 = new Planner(gappy, PrerequisiteGraph.of(gappy.resources()));
        assertEquals(0, p2.mastery(statuses(Map.of("deep", Status.DONE))).level("a"));
        // A rating covers every topic up to it; the higher of rating and topics counts.
        LearnerProgress rated = TestCurricula.progress(Instant.parse("2026-11-01T00:00:00Z"),
                Map.of("r1", Status.DONE, "r5", Status.DONE), Map.of("a", 2, "b", 3), List.of());
        GapReport full = planner.gaps(rated, role);
        assertEquals(1.0, full.progress());
        assertTrue(full.allTargetsMet());
        assertEquals(List.of(2, 3, 3), full.gaps().stream().map(SkillGap::level).toList());
    }

    @Test
    void thePlanHoldsTheProjectAfterItsGateAndIsDated() {
        // Gap: a-1, a-2, b-1. p1 shows a-2 and joins; its gate a-1 must come from a resource.
        // Cover: r3 (b-1, 2 per 5 h = 0.4) then r1 (a-1, 3 per 10 h = 0.3); r2 and r4 would add nothing.
        // Order: r1 first, though r3 has more value per hour (0.4 against 0.3), because it opens the project's
        // gate; the project as soon as it is ready; then r3.
        Roadmap plan = planner.plan(LearnerProgress.empty(), role, 5, TODAY);
        assertEquals(List.of("r1", "p1", "r3"), ids(plan));
        assertEquals(List.of(false, true, false), plan.items().stream().map(PlannedItem::project).toList());
        assertEquals(List.of(LocalDate.of(2026, 12, 15), LocalDate.of(2027, 1, 26), LocalDate.of(2027, 2, 2)),
                plan.items().stream().map(PlannedItem::finish).toList());
        assertEquals(List.of(1, 7, 8), plan.items().stream().map(PlannedItem::week).toList());
        assertEquals(45, plan.totalHours());
        assertEquals(List.of(), plan.unreachable());
        assertEquals(List.of("a"), plan.items().get(0).closes());
        // "Next" is the plan's first ready steps: the project waits for its gate.
        assertEquals(List.of("r1", "r3"), next(LearnerProgress.empty()));
    }

    @Test
    void reasonsAreValuesRenderedInOnePlace() {
        Roadmap plan = planner.plan(LearnerProgress.empty(), role, 5, TODAY);
        NextSuggestions next = planner.next(LearnerProgress.empty(), role, 5, plan);
        Suggestion r1 = next.suggestions().get(0);
        assertEquals(new Reason.Covers("a", 0, 1, 2, List.of("a-1")), r1.reasons().get(0));
        assertEquals(new Reason.Unlocks(List.of("r2", "r4")), r1.reasons().get(1));
        assertEquals("Essential A 0 → 1 of 2: a one · unlocks 2 · ~10 h · free", words.line(r1.reasons()));
        assertEquals("Important B 0 → 1: b one · unlocks 1 · ~5 h · free",
                words.line(next.suggestions().get(1).reasons()));
        assertEquals(List.of("Title r2", "Title r4"), words.unlocked((Reason.Unlocks) r1.reasons().get(1)));
    }

    @Test
    void finishedIsSaidOnlyOfWhatWasFinished() {
        // r3 done: r1 is its alternative in r4's group, and the reason says so.
        Roadmap plan = planner.plan(statuses(Map.of("r3", Status.DONE)), role, 5, TODAY);
        Suggestion r1 = planner.next(statuses(Map.of("r3", Status.DONE)), role, 5, plan).top().orElseThrow();
        assertEquals("r1", r1.id());
        assertTrue(r1.reasons().contains(new Reason.AlternativeTo("r3")), r1.reasons().toString());
        // b rated 1: r3 counts as met for prerequisites, but nobody finished it.
        LearnerProgress rated = TestCurricula.progress(Instant.parse("2026-11-01T00:00:00Z"), Map.of(), Map.of("b", 1),
                List.of());
        Suggestion top = planner.next(rated, role, 5, planner.plan(rated, role, 5, TODAY)).top().orElseThrow();
        assertEquals("r1", top.id());
        assertFalse(words.line(top.reasons()).contains("finished"), words.line(top.reasons()));
    }

    @Test
    void skippedMeansKnownForPrerequisitesButTeachesNothing() {
        LearnerProgress skipped = statuses(Map.of("r1", Status.SKIPPED));
        assertEquals(0, planner.gaps(skipped, role).gaps().get(0).level());
        Roadmap plan = planner.plan(skipped, role, 5, TODAY);
        // a-1 now comes from r2 (3 per 20 h, r1 being met) rather than r4 (3 per 40 h); r2 covers a-2 too, so
        // the project shows nothing the plan does not already reach and is dropped.
        assertEquals(List.of("r3", "r2"), ids(plan));
        assertTrue(planner.mastery(skipped).isMet("r1"));
    }

    @Test
    void aSelfRatingPlacesTheLearnerPastWhatTheyKnow() {
        // Rated a 1: a-1 is covered, so r1 counts as met, the project is ready at once, and r1 is never planned.
        LearnerProgress rated = TestCurricula.progress(Instant.parse("2026-11-01T00:00:00Z"), Map.of(),
                Map.of("a", 1), List.of());
        assertTrue(planner.mastery(rated).isMet("r1"));
        assertEquals(List.of("p1", "r3"), ids(planner.plan(rated, role, 5, TODAY)));
        assertEquals(List.of("p1", "r3"), next(rated));
    }

    @Test
    void changingWeeklyHoursOrRoleReplans() {
        assertEquals(LocalDate.of(2027, 1, 2), planner.plan(LearnerProgress.empty(), role, 10, TODAY).finish());
        Role other = new Role("b-only", "B only", "", List.of(new SkillLevel("b", 1)));
        assertEquals(List.of("r3"), ids(planner.plan(LearnerProgress.empty(), other, 5, TODAY)));
    }

    @Test
    void afterATickTheStepLeavesAndTheDatesMoveUp() {
        Roadmap plan = planner.plan(LearnerProgress.empty(), role, 5, TODAY); // r1, p1, r3
        Roadmap after = planner.afterTick(plan, "r3", statuses(Map.of("r3", Status.DONE)), role);
        assertEquals(List.of("r1", "p1"), ids(after));
        assertEquals(LocalDate.of(2026, 12, 15), after.items().get(0).finish());
        assertEquals(40, after.totalHours());
    }

    @Test
    void inProgressWorkComesFirstWithItsRemainingHours() {
        LearnerProgress started = TestCurricula.progress(Instant.parse("2026-11-30T10:00:00Z"),
                Map.of("r1", Status.IN_PROGRESS), Map.of(), List.of(new HoursEntry("r1", 6, Instant.parse(
                        "2026-11-30T10:00:00Z"))));
        Roadmap plan = planner.plan(started, role, 5, TODAY);
        assertEquals("r1", plan.items().get(0).id());
        assertEquals(4, plan.items().get(0).remainingHours());
        assertTrue(words.line(planner.next(started, role, 1, plan).top().orElseThrow().reasons())
                .startsWith("You started it"));
    }

    @Test
    void finishIsARangeFromTheHourRanges() {
        Curriculum ranged = curriculum(List.of(skill("a", Priority.ESSENTIAL)),
                List.of(new org.pathwise.model.Resource("course", "Course", "P", org.pathwise.model.ResourceKind.COURSE,
                        "https://example.org/c", Cost.FREE, 70, 140, List.of(teach("a", 2)), List.of(), List.of(), "",
                        "", org.pathwise.model.Endorsement.NAMED)), List.of(), role);
        Roadmap plan = new Planner(ranged, PrerequisiteGraph.of(ranged.resources())).plan(LearnerProgress.empty(),
                role, 7, TODAY);
        assertEquals(70, plan.totalMin());
        assertEquals(140, plan.totalMax());
        assertEquals(TODAY.plusDays(70), plan.earliest());
        assertEquals(TODAY.plusDays(140), plan.latest());
        assertEquals(TODAY.plusDays(105), plan.finish());
        assertEquals("Feb–Apr 2027", ReasonFormatter.monthRange(plan.earliest(), plan.latest()));
        // Absurd weekly hours give a far date, never an overflow.
        assertTrue(planner.plan(LearnerProgress.empty(), role, 1e-9, TODAY).finish().getYear() < 2200);
    }

    @Test
    void noPaceFromOneSitting() {
        // Five ticks in one minute: one week of activity, no weekly rate.
        Instant at = Instant.parse("2026-11-30T20:00:00Z");
        LearnerProgress burst = TestCurricula.progress(at, Map.of("r1", Status.DONE, "r2", Status.DONE, "r3",
                Status.DONE, "r4", Status.DONE, "r5", Status.DONE), Map.of(), List.of());
        assertTrue(planner.plan(burst, role, 5, TODAY).paceHoursPerWeek().isEmpty());
        assertTrue(planner.plan(LearnerProgress.empty(), role, 5, TODAY).paceHoursPerWeek().isEmpty());
    }

    @Test
    void paceFromTwoWeeksWithLoggedHoursStandingForTheirResource() {
        // r1 done on Fri 20 Nov (no hours logged: its estimate, 10 h); 6 h logged on r3 on Wed 25 Nov (another
        // ISO week). 16 h over the 14 days a rate is taken over at least → 8 h a week.
        LearnerProgress history = TestCurricula.progress(Instant.parse("2026-11-20T18:00:00Z"),
                Map.of("r1", Status.DONE), Map.of(), List.of(new HoursEntry("r3", 6, Instant.parse("2026-11-25T18:00:00Z"))));
        Roadmap plan = planner.plan(history, role, 5, TODAY);
        assertEquals(8.0, plan.paceHoursPerWeek().orElseThrow(), 1e-9);
        assertEquals(Schedule.dateAfter(TODAY, plan.totalHours(), 8.0), plan.finishAtPace().orElseThrow());
    }

    @Test
    void anUndoneTickLeavesNoTrace() {
        Instant tick = Instant.parse("2026-11-20T18:00:00Z");
        Instant undo = tick.plusSeconds(5);
        Instant later = Instant.parse("2026-11-27T18:00:00Z");
        LearnerProgress p = new LearnerProgress(Map.of("r3", new ResourceProgress("r3", Status.DONE, 0, "", later)),
                List.of(new StatusChange("r1", Status.DONE, tick), new StatusChange("r1", Status.NOT_STARTED, undo),
                        new StatusChange("r3", Status.DONE, later)), List.of(), Map.of(), Map.of(), Map.of(), Map.of());
        assertEquals(List.of(new StatusChange("r3", Status.DONE, later)), History.effectiveChanges(p));
        // Only one week of activity stands: no pace. And the streak does not count the undone day.
        assertTrue(planner.pace(p, TODAY).isEmpty());
        assertEquals(1, History.streak(p, LocalDate.of(2026, 11, 27), ZoneOffset.UTC));
        // The activity calendar counts only what stands: one change on the 27th, nothing on the 20th.
        assertEquals(Map.of(LocalDate.of(2026, 11, 27), 1), History.activityByDay(p, ZoneOffset.UTC));
        assertEquals(0, History.streak(p, LocalDate.of(2026, 11, 21), ZoneOffset.UTC));
    }

    @Test
    void theTargetMetOverTimeFollowsTheHistoryThatStands() {
        // r1 done on 20 Nov (a-1: 3 of 8); r3 ticked and undone on 27 Nov (no trace).
        Instant done = Instant.parse("2026-11-20T18:00:00Z");
        LearnerProgress p = new LearnerProgress(Map.of("r1", new ResourceProgress("r1", Status.DONE, 0, "", done)),
                List.of(new StatusChange("r1", Status.DONE, done),
                        new StatusChange("r3", Status.DONE, Instant.parse("2026-11-27T18:00:00Z")),
                        new StatusChange("r3", Status.NOT_STARTED, Instant.parse("2026-11-27T18:01:00Z"))),
                List.of(), Map.of(), Map.of(), Map.of(), Map.of());
        var points = planner.targetMetOverTime(p, role, TODAY, ZoneOffset.UTC, 3);
        assertEquals(List.of(LocalDate.of(2026, 11, 17), LocalDate.of(2026, 11, 24), TODAY),
                points.stream().map(Map.Entry::getKey).toList());
        assertEquals(List.of(0.0, 3.0 / 8, 3.0 / 8), points.stream().map(Map.Entry::getValue).toList());
    }

    @Test
    void whenEverythingIsMetNextSaysSo() {
        LearnerProgress done = statuses(Map.of("r1", Status.DONE, "r2", Status.DONE, "r3", Status.DONE));
        Roadmap plan = planner.plan(done, role, 5, TODAY);
        assertTrue(plan.items().isEmpty());
        NextSuggestions next = planner.next(done, role, 3, plan);
        assertTrue(next.top().isEmpty());
        assertTrue(next.whyNone().startsWith("You have reached every target of Builder."), next.whyNone());
    }

    @Test
    void unreachableTopicsAreNamed() {
        Role greedy = new Role("g", "Greedy", "", List.of(new SkillLevel("b", 3)));
        Roadmap plan = planner.plan(LearnerProgress.empty(), greedy, 5, TODAY);
        assertEquals(List.of("r3"), ids(plan));
        assertEquals(List.of("No resource in this curriculum covers b two, b three in B; the plan stops short of that."),
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
        assertEquals("To be ready: Title r1 (~10 h); shows training, serving, which your projects do not show yet.",
                advice.reason());
        assertEquals(List.of("training", "serving", "monitoring", "retraining"), advice.lifecycleMissing());

        ProjectAdvice ready = planner.projects(statuses(Map.of("r1", Status.DONE)), role);
        assertTrue(ready.projects().get(0).ready());
        assertTrue(ready.reason().startsWith("You are ready for it (~30 h)"), ready.reason());
        assertEquals(ProjectStatus.NOT_STARTED, ready.projects().get(0).status());
    }
}
