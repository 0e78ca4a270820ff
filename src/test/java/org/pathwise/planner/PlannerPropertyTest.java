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
import org.pathwise.model.Teaching;
import org.pathwise.model.Project;
import org.pathwise.model.ProjectProgress;
import org.pathwise.model.ProjectStatus;
import org.pathwise.model.StatusChange;
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
            List<Teaching> teaches = new ArrayList<>();
            Set<String> taught = new HashSet<>();
            for (int k = 0; k < 1 + rnd.nextInt(2); k++) {
                String s = "s" + rnd.nextInt(skillCount);
                if (taught.add(s)) {
                    int level = 1 + rnd.nextInt(3);
                    // Some teach every topic up to their level, some only the top one.
                    teaches.add(rnd.nextBoolean() ? TestCurricula.teach(s, level)
                            : new Teaching(s, level, List.of(s + "-" + level)));
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
        List<Project> projects = new ArrayList<>();
        for (int j = 0; j < rnd.nextInt(3); j++) {
            String need = "s" + rnd.nextInt(skillCount);
            String shows = "s" + rnd.nextInt(skillCount);
            projects.add(TestCurricula.project("p" + j, List.of(new SkillLevel(need, 1 + rnd.nextInt(2))),
                    List.of(TestCurricula.teach(shows, 2)), 10 + rnd.nextInt(40), "training"));
        }
        Curriculum c = TestCurricula.curriculum(skills, resources, projects, role);
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
        return new Planner(k.c(), k.g()).mastery(k.p()).met();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void noSuggestionHasAnUnmetPrerequisite(long seed) {
        Case k = generate(seed);
        Planner planner = new Planner(k.c(), k.g());
        Set<String> finished = finished(k);
        Roadmap plan = planner.plan(k.p(), k.role(), 7, TODAY);
        for (NextSuggestions next : List.of(planner.next(k.p(), k.role(), 10, plan))) {
            for (Suggestion s : next.suggestions()) {
                if (s.project()) {
                    Project p = k.c().project(s.id()).orElseThrow();
                    for (SkillLevel req : p.requires()) {
                        assertTrue(planner.mastery(k.p()).level(req.skill()) >= req.level(), "seed " + seed
                                + ": suggests " + p.id() + " before its gate");
                    }
                    continue;
                }
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
        Map<String, Integer> ratings = new HashMap<>();
        k.p().ratings().forEach((id, r) -> ratings.put(id, r.level()));
        Set<String> projectsDone = new HashSet<>();
        for (PlannedItem item : plan.items()) {
            LearnerProgress sofar = withProjects(TestCurricula.progress(Instant.parse("2026-11-20T10:00:00Z"), after,
                    ratings, List.of()), projectsDone);
            if (item.project()) {
                for (SkillLevel req : k.c().project(item.id()).orElseThrow().requires()) {
                    assertTrue(planner.mastery(sofar).level(req.skill()) >= req.level(), "seed " + seed + ": "
                            + item.id() + " comes before its gate");
                }
                assertTrue(projectsDone.add(item.id()), "seed " + seed + ": project planned twice");
                continue;
            }
            assertTrue(k.g().isReady(item.resourceId(), done), "seed " + seed + ": " + item.resourceId()
                    + " comes before its prerequisites");
            assertTrue(done.add(item.resourceId()), "seed " + seed + ": planned twice or already finished");
            after.put(item.resourceId(), Status.DONE);
        }
        LearnerProgress finishedPlan = withProjects(TestCurricula.progress(Instant.parse("2026-11-20T10:00:00Z"),
                after, ratings, List.of()), projectsDone);
        GapReport gaps = planner.gaps(finishedPlan, k.role());
        Set<String> teachable = new HashSet<>();
        for (Resource r : k.c().resources()) {
            if (k.p().statusOf(r.id()) == Status.SKIPPED) {
                continue; // Skipped means "I know this": the plan does not send the learner back to it.
            }
            for (Teaching t : r.teaches()) {
                t.topics().forEach(x -> teachable.add(t.skill() + " " + x.substring(x.indexOf('-') + 1)));
            }
        }
        for (SkillGap g : gaps.gaps()) {
            for (String missing : g.missingTopics()) {
                assertTrue(!teachable.contains(missing.replace(" one", " 1").replace(" two", " 2")
                        .replace(" three", " 3")), "seed " + seed + ": the plan leaves " + missing
                        + " uncovered though a resource covers it: " + g);
            }
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

    private static LearnerProgress withProjects(LearnerProgress p, Set<String> done) {
        Map<String, ProjectProgress> projects = new HashMap<>();
        for (String id : done) {
            projects.put(id, new ProjectProgress(id, ProjectStatus.DONE, Map.of(), "", "", "", "",
                    Instant.parse("2026-11-20T10:00:00Z")));
        }
        return new LearnerProgress(p.resources(), p.history(), p.hoursLog(), p.ratings(), projects, p.careerItems(),
                p.settings());
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void theSameInputGivesTheSameOutput(long seed) {
        Case a = generate(seed);
        Case b = generate(seed);
        Planner pa = new Planner(a.c(), a.g());
        Planner pb = new Planner(b.c(), b.g());
        assertEquals(pa.plan(a.p(), a.role(), 7, TODAY), pb.plan(b.p(), b.role(), 7, TODAY));
        Roadmap ra = pa.plan(a.p(), a.role(), 7, TODAY);
        assertEquals(pa.next(a.p(), a.role(), 5, ra), pb.next(b.p(), b.role(), 5, pb.plan(b.p(), b.role(), 7, TODAY)));
        // The order in which the progress records arrive changes nothing.
        List<StatusChange> reversed = new ArrayList<>(b.p().history());
        java.util.Collections.reverse(reversed);
        LearnerProgress shuffled = new LearnerProgress(new java.util.TreeMap<>(b.p().resources()), reversed,
                b.p().hoursLog(), b.p().ratings(), b.p().projects(), b.p().careerItems(), b.p().settings());
        assertEquals(ra, pb.plan(shuffled, b.role(), 7, TODAY));
        assertEquals(pa.gaps(a.p(), a.role()), pb.gaps(b.p(), b.role()));
        assertEquals(pa.projects(a.p(), a.role()), pb.projects(b.p(), b.role()));
    }
}
