package org.pathwise.planner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pathwise.graph.PrerequisiteGraph;
import org.pathwise.model.Cost;
import org.pathwise.model.Curriculum;
import org.pathwise.model.LearnerProgress;
import org.pathwise.model.Priority;
import org.pathwise.model.Requirement;
import org.pathwise.model.Resource;
import org.pathwise.model.Role;
import org.pathwise.model.Skill;
import org.pathwise.model.SkillLevel;
import org.pathwise.model.Status;

/** Properties of the planner on 300 generated curricula with generated progress. */
class PlannerPropertyTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    static java.util.stream.LongStream seeds() {
        return java.util.stream.LongStream.range(1, 301);
    }

    private record Case(Curriculum c, PrerequisiteGraph g, LearnerProgress p, Role role) {
    }

    private static Case generate(long seed) {
        Random rnd = new Random(seed);
        int skillCount = 1 + rnd.nextInt(6);
        List<Skill> skills = new ArrayList<>();
        for (int s = 0; s < skillCount; s++) {
            skills.add(TestCurricula.skill("s" + s, Priority.values()[rnd.nextInt(3)]));
        }
        int n = 1 + rnd.nextInt(40);
        List<Resource> resources = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<SkillLevel> teaches = new ArrayList<>();
            Set<String> taught = new HashSet<>();
            for (int k = 0; k < 1 + rnd.nextInt(2); k++) {
                String s = "s" + rnd.nextInt(skillCount);
                if (taught.add(s)) {
                    teaches.add(new SkillLevel(s, 1 + rnd.nextInt(3)));
                }
            }
            List<Requirement> requires = new ArrayList<>();
            Set<String> used = new HashSet<>();
            int reqs = i == 0 ? 0 : rnd.nextInt(Math.min(i, 3) + 1);
            for (int k = 0; k < reqs; k++) {
                if (rnd.nextBoolean() && i >= 2) {
                    Set<String> group = new LinkedHashSet<>();
                    while (group.size() < 2) {
                        group.add("r" + rnd.nextInt(i));
                    }
                    if (group.stream().noneMatch(used::contains)) {
                        used.addAll(group);
                        requires.add(Requirement.anyOf(List.copyOf(group)));
                    }
                } else {
                    String id = "r" + rnd.nextInt(i);
                    if (used.add(id)) {
                        requires.add(Requirement.of(id));
                    }
                }
            }
            resources.add(TestCurricula.resource("r" + i, 1 + rnd.nextInt(50), Cost.values()[rnd.nextInt(3)], teaches,
                    requires.toArray(Requirement[]::new)));
        }
        List<SkillLevel> targets = new ArrayList<>();
        for (Skill s : skills) {
            targets.add(new SkillLevel(s.id(), rnd.nextInt(4)));
        }
        Role role = new Role("target", "Target", "", targets);
        Curriculum c = TestCurricula.curriculum(skills, resources, List.of(), role);
        PrerequisiteGraph g = PrerequisiteGraph.of(resources);
        // Progress that respects prerequisites, as the app allows: walk the order, finish some.
        Map<String, Status> statuses = new HashMap<>();
        Set<String> finished = new HashSet<>();
        for (String id : g.topologicalOrder()) {
            if (g.isReady(id, finished) && rnd.nextInt(4) == 0) {
                Status st = rnd.nextInt(3) == 0 ? Status.SKIPPED : Status.DONE;
                statuses.put(id, st);
                finished.add(id);
            } else if (rnd.nextInt(10) == 0 && g.isReady(id, finished)) {
                statuses.put(id, Status.IN_PROGRESS);
            }
        }
        Map<String, Integer> ratings = new HashMap<>();
        if (rnd.nextBoolean()) {
            ratings.put("s0", rnd.nextInt(4));
        }
        LearnerProgress p = TestCurricula.progress(Instant.parse("2026-11-20T10:00:00Z"), statuses, ratings, List.of());
        return new Case(c, g, p, role);
    }

    private static Set<String> finished(Case k) {
        return SkillProfile.finished(k.c(), k.p());
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void noSuggestionHasAnUnmetPrerequisite(long seed) {
        Case k = generate(seed);
        Planner planner = new Planner(k.c(), k.g());
        Set<String> finished = finished(k);
        Roadmap plan = planner.plan(k.p(), k.role(), 7, TODAY);
        for (NextSuggestions next : List.of(planner.next(k.p(), k.role(), 10), planner.next(k.p(), k.role(), 10, plan))) {
            for (Suggestion s : next.suggestions()) {
                assertTrue(k.g().isReady(s.resourceId(), finished), "seed " + seed + ": " + s.resourceId());
                assertTrue(!finished.contains(s.resourceId()), "seed " + seed + ": suggests a finished resource");
            }
            assertTrue(!next.suggestions().isEmpty() || !next.whyNone().isEmpty(), "seed " + seed + ": no reason given");
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void thePlanIsATopologicalOrderAndClosesEveryReachableGap(long seed) {
        Case k = generate(seed);
        Planner planner = new Planner(k.c(), k.g());
        Roadmap plan = planner.plan(k.p(), k.role(), 7, TODAY);
        Set<String> done = new HashSet<>(finished(k));
        Map<String, Status> after = new HashMap<>();
        k.p().resources().forEach((id, r) -> after.put(id, r.status()));
        for (PlannedItem item : plan.items()) {
            assertTrue(k.g().isReady(item.resourceId(), done), "seed " + seed + ": " + item.resourceId()
                    + " comes before its prerequisites");
            assertTrue(done.add(item.resourceId()), "seed " + seed + ": planned twice or already finished");
            after.put(item.resourceId(), Status.DONE);
        }
        Map<String, Integer> ratings = new HashMap<>();
        k.p().ratings().forEach((id, r) -> ratings.put(id, r.level()));
        LearnerProgress finishedPlan = TestCurricula.progress(Instant.parse("2026-11-20T10:00:00Z"), after, ratings,
                List.of());
        GapReport gaps = planner.gaps(finishedPlan, k.role());
        Map<String, Integer> reachable = new HashMap<>();
        for (Resource r : k.c().resources()) {
            if (k.p().statusOf(r.id()) == Status.SKIPPED) {
                continue; // Skipped means "I know this": the plan does not send the learner back to it.
            }
            for (SkillLevel t : r.teaches()) {
                reachable.merge(t.skill(), t.level(), Math::max);
            }
        }
        for (SkillGap g : gaps.gaps()) {
            int rated = k.p().ratings().containsKey(g.skillId()) ? k.p().ratings().get(g.skillId()).level() : 0;
            int best = Math.max(rated, reachable.getOrDefault(g.skillId(), 0));
            assertTrue(g.level() >= Math.min(g.target(), best), "seed " + seed + ": " + g);
        }
        if (plan.unreachable().isEmpty()) {
            assertTrue(gaps.allTargetsMet(), "seed " + seed + ": gaps left and none reported unreachable");
            assertEquals(1.0, gaps.progress(), 1e-12);
        }
        // Dates never go backwards and every week fits its hours.
        LocalDate last = TODAY;
        for (PlannedItem item : plan.items()) {
            assertTrue(!item.finish().isBefore(last), "seed " + seed);
            last = item.finish();
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void theSameInputGivesTheSameOutput(long seed) {
        Case a = generate(seed);
        Case b = generate(seed);
        Planner pa = new Planner(a.c(), a.g());
        Planner pb = new Planner(b.c(), b.g());
        assertEquals(pa.plan(a.p(), a.role(), 7, TODAY), pb.plan(b.p(), b.role(), 7, TODAY));
        assertEquals(pa.next(a.p(), a.role(), 5), pb.next(b.p(), b.role(), 5));
        assertEquals(pa.gaps(a.p(), a.role()), pb.gaps(b.p(), b.role()));
        assertEquals(pa.projects(a.p(), a.role()), pb.projects(b.p(), b.role()));
    }
}
