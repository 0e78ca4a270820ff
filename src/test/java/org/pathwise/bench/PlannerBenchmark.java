package org.pathwise.bench;

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
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.pathwise.graph.PrerequisiteGraph;
import org.pathwise.model.Career;
import org.pathwise.model.Cost;
import org.pathwise.model.Curriculum;
import org.pathwise.model.CurriculumInfo;
import org.pathwise.model.LearnerProgress;
import org.pathwise.model.Priority;
import org.pathwise.model.Requirement;
import org.pathwise.model.Resource;
import org.pathwise.model.ResourceKind;
import org.pathwise.model.ResourceProgress;
import org.pathwise.model.Role;
import org.pathwise.model.Skill;
import org.pathwise.model.SkillKind;
import org.pathwise.model.SkillLevel;
import org.pathwise.model.Teaching;
import org.pathwise.model.Topic;
import org.pathwise.model.Endorsement;
import org.pathwise.model.Status;
import org.pathwise.model.StatusChange;
import org.pathwise.planner.NextSuggestions;
import org.pathwise.planner.Planner;
import org.pathwise.planner.Roadmap;

/**
 * The planner on generated curricula of 1,000, 10,000 and 50,000 resources with about three
 * prerequisites each (half of them in any-of pairs) and 10% of the resources already finished.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
public class PlannerBenchmark {
    @Param({"1000", "10000", "50000"})
    int resources;

    private Planner planner;
    private Role role;
    private LearnerProgress progress;
    private LearnerProgress afterTick;
    private Roadmap plan;
    private String ticked;
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @Setup
    public void build() {
        Random rnd = new Random(42);
        List<Skill> skills = new ArrayList<>();
        List<SkillLevel> targets = new ArrayList<>();
        for (int s = 0; s < 20; s++) {
            List<Topic> topics = new ArrayList<>();
            for (int t = 0; t < 5; t++) { // Five topics a skill: levels 1, 1, 2, 2, 3.
                topics.add(new Topic("t" + t, "Topic " + t, 1 + t / 2));
            }
            skills.add(new Skill("skill-" + s, "Skill " + s, Priority.values()[s % 3], SkillKind.TECHNICAL, "",
                    List.of(), topics));
            targets.add(new SkillLevel("skill-" + s, 1 + s % 3));
        }
        role = new Role("target", "Target", "", targets);
        List<Resource> list = new ArrayList<>(resources);
        for (int i = 0; i < resources; i++) {
            List<Requirement> requires = new ArrayList<>();
            int n = Math.min(i, 3);
            Set<Integer> picks = new LinkedHashSet<>();
            while (picks.size() < n) {
                picks.add(i - 1 - (int) Math.min(i - 1, Math.abs(rnd.nextGaussian()) * 200));
            }
            Integer[] p = picks.toArray(Integer[]::new);
            if (n >= 2 && i % 2 == 0) {
                for (int k = 0; k < n - 2; k++) {
                    requires.add(Requirement.of("r-" + p[k]));
                }
                requires.add(Requirement.anyOf(List.of("r-" + p[n - 2], "r-" + p[n - 1])));
            } else {
                for (int k = 0; k < n; k++) {
                    requires.add(Requirement.of("r-" + p[k]));
                }
            }
            // Higher levels need deeper prerequisites, as in a real curriculum.
            int level = 1 + Math.min(2, (int) (3.0 * i / resources + rnd.nextDouble() * 0.5));
            // Three teaches a resource, each covering the topics of one skill up to its level (1 to 5 topics).
            List<Teaching> teaches = new ArrayList<>();
            Set<Integer> taught = new HashSet<>();
            for (int k = 0; k < 3; k++) {
                int skill = rnd.nextInt(20);
                if (taught.add(skill)) {
                    List<String> topics = new ArrayList<>();
                    for (int t = 0; t < Math.min(5, 2 * level - 1 + rnd.nextInt(2)); t++) {
                        topics.add("t" + t);
                    }
                    teaches.add(new Teaching("skill-" + skill, level, topics));
                }
            }
            double hours = 1 + rnd.nextInt(60);
            list.add(new Resource("r-" + i, "Resource " + i, "Provider", ResourceKind.COURSE,
                    "https://example.org/" + i, Cost.values()[i % 3], hours, hours * 1.3, teaches, requires, List.of(),
                    "", "", Endorsement.NAMED));
        }
        Curriculum c = new Curriculum(new CurriculumInfo("s", "S", "1", "target", "", List.of()), skills, list, List.of(),
                List.of(), List.of(role), Career.empty());
        PrerequisiteGraph graph = PrerequisiteGraph.of(list);
        planner = new Planner(c, graph);
        Map<String, ResourceProgress> rp = new HashMap<>();
        List<StatusChange> history = new ArrayList<>();
        Set<String> finished = new HashSet<>();
        Instant at = Instant.parse("2026-11-20T10:00:00Z");
        for (String id : graph.topologicalOrder()) {
            if (finished.size() < resources / 10 && graph.isReady(id, finished) && rnd.nextInt(5) != 0) {
                finished.add(id);
                rp.put(id, new ResourceProgress(id, Status.DONE, 0, "", at));
                history.add(new StatusChange(id, Status.DONE, at));
            }
        }
        progress = new LearnerProgress(rp, history, List.of(), Map.of(), Map.of(), Map.of(), Map.of());
        plan = planner.plan(progress, role, 10, TODAY);
        ticked = planner.next(progress, role, 1, plan).top().orElseThrow().id();
        Map<String, ResourceProgress> rp2 = new HashMap<>(rp);
        rp2.put(ticked, new ResourceProgress(ticked, Status.DONE, 0, "", at));
        afterTick = new LearnerProgress(rp2, history, List.of(), Map.of(), Map.of(), Map.of(), Map.of());
        System.out.printf("%n%d resources, %d prerequisite edges, %d finished, plan of %d items%n", resources,
                graph.edgeCount(), finished.size(), plan.items().size());
    }

    /** The next steps with their reasons, from a roadmap already made (what the app shows after a load). */
    @Benchmark
    public NextSuggestions next() {
        return planner.next(progress, role, 5, plan);
    }

    /** The same with a progress snapshot the planner has not seen, so mastery is computed anew. */
    @Benchmark
    public NextSuggestions nextFreshSnapshot() {
        LearnerProgress copy = new LearnerProgress(progress.resources(), progress.history(), progress.hoursLog(),
                progress.ratings(), progress.projects(), progress.careerItems(), progress.settings());
        return planner.next(copy, role, 5, plan);
    }

    /** The whole roadmap, from scratch: selection, order and dates. */
    @Benchmark
    public Roadmap plan() {
        return planner.plan(progress, role, 10, TODAY);
    }

    /** What the app does after a tick: the roadmap without the ticked item, re-dated, and the new next step. */
    @Benchmark
    public NextSuggestions updateAfterTick() {
        Roadmap updated = planner.afterTick(plan, ticked, afterTick, role);
        return planner.next(afterTick, role, 5, updated);
    }
}
