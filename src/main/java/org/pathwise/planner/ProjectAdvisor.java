package org.pathwise.planner;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.pathwise.model.Curriculum;
import org.pathwise.model.Project;
import org.pathwise.model.ProjectStatus;
import org.pathwise.model.Role;
import org.pathwise.model.SkillLevel;

/**
 * Each portfolio project's readiness, and the one to build next: one already started, else the
 * one the path reaches first (its stage), preferring one the learner is ready for and that shows
 * most of what the target still lacks, lifecycle stages included.
 */
final class ProjectAdvisor {
    static final List<String> LIFECYCLE_CORE = List.of("training", "serving", "monitoring", "retraining");
    /** Projects are compared by value over (1 + missing hours / this): 40 h to get ready halves a project's pull. */
    static final double HOURS_PER_READINESS_STEP = 40;
    /** How many resources a "to be ready" reason names before "and N more". */
    static final int NAMED = 4;

    private final TopicIndex ix;
    private final PlanBuilder builder;
    private final ReasonFormatter formatter;

    ProjectAdvisor(TopicIndex ix, PlanBuilder builder, ReasonFormatter formatter) {
        this.ix = ix;
        this.builder = builder;
        this.formatter = formatter;
    }

    /**
     * What makes a project ready, as the roadmap has it: the planned resources before the project
     * that cover a missing gate topic, with the planned prerequisites they need, in plan order.
     * Gate topics the roadmap does not cover (a project it leaves out) get a plan of their own.
     */
    private List<Integer> waysIn(int project, BitSet gateMissing, List<Integer> plan, Mastery m) {
        int end = plan.indexOf(project);
        List<Integer> before = end < 0 ? plan : plan.subList(0, end);
        java.util.Set<Integer> pick = new java.util.HashSet<>();
        BitSet left = (BitSet) gateMissing.clone();
        for (int i : before) {
            if (ix.isProject(i)) {
                continue;
            }
            for (int t : ix.covers[i]) {
                if (gateMissing.get(t)) {
                    pick.add(i);
                    left.clear(t);
                }
            }
        }
        java.util.Deque<Integer> todo = new java.util.ArrayDeque<>(pick);
        java.util.Set<Integer> inPlan = new java.util.HashSet<>(before);
        while (!todo.isEmpty()) {
            int i = todo.poll();
            for (int[] options : ix.requires[i]) {
                for (int o : options) {
                    if (inPlan.contains(o) && pick.add(o)) {
                        todo.add(o);
                    }
                }
            }
        }
        List<Integer> out = new ArrayList<>();
        for (int i : before) {
            if (pick.contains(i)) {
                out.add(i);
            }
        }
        if (!left.isEmpty()) {
            for (int i : builder.plan(m, left, false).ordered()) {
                if (!out.contains(i)) {
                    out.add(i);
                }
            }
        }
        return out;
    }

    ProjectAdvice advise(Mastery m, Role role) {
        Curriculum c = ix.curriculum;
        BitSet covered = m.coveredBits();
        int[] targets = new int[ix.skillCount];
        for (int s = 0; s < ix.skillCount; s++) {
            targets[s] = role.targetFor(ix.skillId[s]);
        }
        List<Integer> plan = builder.plan(m, targets, true).ordered();
        Set<String> coveredStages = new LinkedHashSet<>();
        for (Project p : c.projects()) {
            if (PlanBuilder.projectStatus(m.progress(), p.id()) != ProjectStatus.NOT_STARTED) {
                coveredStages.addAll(p.lifecycle());
            }
        }
        List<ProjectFit> fits = new ArrayList<>();
        for (Project p : c.projects()) {
            int step = ix.stepIndex.get(p.id());
            List<SkillLevel> missing = new ArrayList<>();
            for (SkillLevel req : p.requires()) {
                if (m.level(req.skill()) < req.level()) {
                    missing.add(req);
                }
            }
            BitSet gateMissing = new BitSet(ix.topicCount);
            int coveredGate = 0;
            for (int t : ix.gate[step]) {
                if (covered.get(t)) {
                    coveredGate++;
                } else {
                    gateMissing.set(t);
                }
            }
            double readiness = ix.gate[step].length == 0 ? 1.0 : (double) coveredGate / ix.gate[step].length;
            if (missing.isEmpty()) {
                readiness = 1.0;
            }
            List<String> resources = new ArrayList<>();
            double hours = 0;
            if (!missing.isEmpty()) {
                for (int i : waysIn(step, gateMissing, plan, m)) {
                    resources.add(ix.stepId[i]);
                    hours += builder.remaining(i, m.progress())[1];
                }
            }
            List<String> shows = new ArrayList<>();
            double value = 0;
            for (String skill : p.demonstrates()) {
                int target = role.targetFor(skill);
                int gap = Math.max(0, target - m.level(skill));
                if (gap > 0) {
                    shows.add(skill);
                }
                int s = ix.skill(skill);
                value += (s < 0 ? 0 : ix.weight[s]) * Math.max(gap, target > 0 ? 1 : 0);
            }
            long newStages = p.lifecycle().stream().filter(LIFECYCLE_CORE::contains)
                    .filter(x -> !coveredStages.contains(x)).count();
            value += 2.0 * newStages;
            fits.add(new ProjectFit(p.id(), p.title(), PlanBuilder.projectStatus(m.progress(), p.id()), readiness,
                    missing, resources, hours, shows, value, p.lifecycle(), p.hoursMin(), p.hoursMax()));
        }
        List<String> missingStages = LIFECYCLE_CORE.stream().filter(x -> !coveredStages.contains(x)).toList();
        Optional<ProjectFit> pick = fits.stream().filter(f -> f.status() != ProjectStatus.DONE)
                .min(Comparator.comparing((ProjectFit f) -> f.status() != ProjectStatus.IN_PROGRESS)
                        .thenComparing(f -> !f.ready())
                        .thenComparingInt(f -> ix.stage[ix.stepIndex.get(f.projectId())])
                        .thenComparing(f -> -PlanBuilder.round(f.value() / (1 + f.missingHours()
                                / HOURS_PER_READINESS_STEP)))
                        .thenComparingInt(f -> ix.stepIndex.get(f.projectId())));
        String reason;
        if (pick.isEmpty()) {
            reason = c.projects().isEmpty() ? "This curriculum has no portfolio projects."
                    : "You have finished every portfolio project of this curriculum.";
        } else {
            ProjectFit f = pick.get();
            List<String> parts = new ArrayList<>();
            if (f.status() == ProjectStatus.IN_PROGRESS) {
                parts.add("You started it");
            }
            if (f.ready()) {
                parts.add("You are ready for it (~" + ReasonFormatter.hoursRange(f.hoursMin(), f.hoursMax()) + " h)");
            } else {
                List<String> titles = f.missingResources().stream().map(formatter::title).toList();
                String named = titles.size() <= NAMED ? String.join(", ", titles)
                        : String.join(", ", titles.subList(0, NAMED)) + " and " + (titles.size() - NAMED) + " more";
                parts.add("To be ready: " + named + " (~" + ReasonFormatter.hours(f.missingHours()) + " h)");
            }
            List<String> newStages = f.lifecycle().stream().filter(missingStages::contains).toList();
            if (!newStages.isEmpty()) {
                parts.add(formatter.format(new Reason.Shows(newStages)));
            }
            reason = String.join("; ", parts) + ".";
        }
        return new ProjectAdvice(fits, pick.map(ProjectFit::projectId), reason, List.copyOf(coveredStages),
                missingStages);
    }
}
