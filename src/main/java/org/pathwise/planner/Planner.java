package org.pathwise.planner;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.pathwise.graph.PrerequisiteGraph;
import org.pathwise.model.Curriculum;
import org.pathwise.model.Endorsement;
import org.pathwise.model.LearnerProgress;
import org.pathwise.model.Project;
import org.pathwise.model.ProjectStatus;
import org.pathwise.model.Requirement;
import org.pathwise.model.Resource;
import org.pathwise.model.Role;
import org.pathwise.model.Skill;
import org.pathwise.model.Status;

/**
 * The planner: pure functions from a curriculum, its graph, the learner's progress and a target
 * role to mastery, gaps, suggestions, a dated roadmap and project and interview advice. Same
 * input, same output; no clock, no I/O. The work is done by {@link Mastery} (topics covered),
 * {@link PlanBuilder} (choosing and ordering), {@link Schedule} (dates), {@link Pace},
 * {@link ProjectAdvisor} and {@link InterviewReadiness}; this class ties them together.
 */
public final class Planner {
    private final Curriculum curriculum;
    private final PrerequisiteGraph graph;
    private final TopicIndex ix;
    private final PlanBuilder builder;
    private final Schedule schedule;
    private final ReasonFormatter formatter;
    private final ProjectAdvisor projectAdvisor;
    private final InterviewReadiness interview;
    /** For each resource, the resources that appear with it in an any-of group. */
    private final Map<String, List<String>> alternatives = new HashMap<>();

    public Planner(Curriculum curriculum, PrerequisiteGraph graph) {
        this.curriculum = curriculum;
        this.graph = graph;
        this.ix = new TopicIndex(curriculum, graph);
        this.builder = new PlanBuilder(ix);
        this.schedule = new Schedule(ix, builder);
        this.formatter = new ReasonFormatter(curriculum);
        this.projectAdvisor = new ProjectAdvisor(ix, builder, formatter);
        this.interview = new InterviewReadiness(curriculum);
        for (Resource r : curriculum.resources()) {
            for (Requirement req : r.requires()) {
                if (req.isAnyOf()) {
                    for (String a : req.options()) {
                        for (String b : req.options()) {
                            if (!a.equals(b)) {
                                List<String> alts = alternatives.computeIfAbsent(a, k -> new ArrayList<>());
                                if (!alts.contains(b)) {
                                    alts.add(b);
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    public Mastery mastery(LearnerProgress progress) {
        Mastery last = lastMastery;
        if (last != null && last.progress() == progress) {
            return last; // The same snapshot asked again: next after plan, the views after one change.
        }
        Mastery m = Mastery.of(ix, progress);
        lastMastery = m;
        return m;
    }

    /** The mastery of the progress snapshot asked for last; snapshots are immutable, so it can be reused. */
    private volatile Mastery lastMastery;

    public ReasonFormatter formatter() {
        return formatter;
    }

    private int[] targets(Role role) {
        int[] t = new int[ix.skillCount];
        for (int s = 0; s < ix.skillCount; s++) {
            t[s] = role.targetFor(ix.skillId[s]);
        }
        return t;
    }

    // ------------------------------------------------------------------ gaps

    public GapReport gaps(LearnerProgress progress, Role role) {
        Mastery m = mastery(progress);
        List<SkillGap> gaps = new ArrayList<>();
        double met = 0;
        double wanted = 0;
        for (Skill s : curriculum.skills()) {
            int target = role.targetFor(s.id());
            int level = m.level(s.id());
            int gap = Math.max(0, target - level);
            int w = s.priority().weight();
            gaps.add(new SkillGap(s.id(), s.name(), s.priority(), level, target, gap, gap * w, m.coveredTopics(s.id()),
                    gap > 0 ? m.missingTopics(s.id(), target) : List.of(),
                    gap > 0 ? m.missingTopics(s.id(), level + 1) : List.of()));
            met += w * Math.min(level, target);
            wanted += w * target;
        }
        return new GapReport(role.id(), role.name(), gaps, wanted == 0 ? 1.0 : met / wanted);
    }

    // ------------------------------------------------------------------ plan

    /** The roadmap: what closes the gaps, the prerequisites it needs and the projects, ordered and dated. */
    public Roadmap plan(LearnerProgress progress, Role role, double weeklyHours, LocalDate today) {
        Mastery m = mastery(progress);
        PlanBuilder.Result r = builder.plan(m, targets(role), true);
        return schedule.roadmap(role.id(), r.ordered(), r.needed(), m, weeklyHours, today,
                Pace.hoursPerWeek(curriculum, progress, today), r.unreachable());
    }

    /** The roadmap after one more step is finished: it leaves the plan and the dates move up. */
    public Roadmap afterTick(Roadmap roadmap, String stepId, LearnerProgress progress, Role role) {
        Mastery m = mastery(progress);
        List<Integer> remaining = new ArrayList<>(roadmap.items().size());
        BitSet needed = new BitSet(ix.topicCount);
        int[] targets = targets(role);
        BitSet covered = m.coveredBits();
        for (int s = 0; s < ix.skillCount; s++) {
            for (int t : ix.skillTopics[s]) {
                if (ix.topicLevel[t] <= targets[s] && !covered.get(t)) {
                    needed.set(t);
                }
            }
        }
        for (PlannedItem i : roadmap.items()) {
            if (!i.id().equals(stepId)) {
                remaining.add(ix.stepIndex.get(i.id()));
            }
        }
        return schedule.roadmap(roadmap.roleId(), remaining, needed, m, roadmap.weeklyHours(), roadmap.today(),
                roadmap.paceHoursPerWeek(), roadmap.unreachable());
    }

    // ------------------------------------------------------------------ next

    /**
     * The roadmap's first steps that are ready now, in its order, with their reasons: what the
     * window and {@code pathwise next} show, so "next" is always the plan's next step.
     */
    public NextSuggestions next(LearnerProgress progress, Role role, int count, Roadmap roadmap) {
        Mastery m = mastery(progress);
        BitSet covered = m.coveredBits();
        int[] targets = targets(role);
        List<Suggestion> out = new ArrayList<>();
        java.util.function.Supplier<Set<String>> planned = memo(() -> roadmap.items().stream().map(PlannedItem::id)
                .collect(java.util.stream.Collectors.toSet()));
        int firstStage = -1;
        for (PlannedItem item : roadmap.items()) {
            if (out.size() >= count) {
                break;
            }
            Integer i = ix.stepIndex.get(item.id());
            if (i == null || !isReady(i, m, covered, progress)) {
                continue;
            }
            // Runners-up come from the stage at hand and the next one, never from far down the path.
            if (firstStage >= 0 && ix.stage[i] > firstStage + 1 && !builder.started(i, progress)) {
                continue;
            }
            firstStage = firstStage < 0 ? ix.stage[i] : firstStage;
            out.add(new Suggestion(item.id(), item.title(), item.project(), item.remainingMin(), item.remainingMax(),
                    reasons(i, m, covered, targets, planned, item)));
        }
        return new NextSuggestions(out, out.isEmpty() ? whyNothing(m, role, roadmap) : "");
    }

    private boolean isReady(int i, Mastery m, BitSet covered, LearnerProgress progress) {
        if (ix.isProject(i)) {
            if (PlanBuilder.projectStatus(progress, ix.stepId[i]) == ProjectStatus.DONE) {
                return false;
            }
            for (int t : ix.gate[i]) {
                if (!covered.get(t)) {
                    return false;
                }
            }
            return true;
        }
        return !m.isMet(i) && (builder.started(i, progress) || requirementsMet(i, m, -1));
    }

    /** True when every requirement of resource i has an option that is met, or is {@code alsoMet}. */
    private boolean requirementsMet(int i, Mastery m, int alsoMet) {
        for (int[] options : ix.requires[i]) {
            boolean any = false;
            for (int o : options) {
                if (o == alsoMet || m.isMet(o)) {
                    any = true;
                    break;
                }
            }
            if (!any) {
                return false;
            }
        }
        return true;
    }

    /** The resources that finishing resource i makes ready, in catalog order. */
    private List<String> unlockedBy(int i, Mastery m) {
        List<String> out = new ArrayList<>();
        for (int d : ix.dependents[i]) {
            if (!m.isMet(d) && !requirementsMet(d, m, -1) && requirementsMet(d, m, i)) {
                out.add(ix.stepId[d]);
            }
        }
        out.sort(java.util.Comparator.comparing(ix.stepIndex::get));
        return out;
    }

    private List<Reason> reasons(int i, Mastery m, BitSet covered, int[] targets,
                                 java.util.function.Supplier<Set<String>> planned, PlannedItem item) {
        List<Reason> reasons = new ArrayList<>();
        boolean started = builder.started(i, m.progress());
        if (started) {
            reasons.add(new Reason.Started());
        }
        BitSet after = (BitSet) covered.clone();
        for (int t : ix.covers[i]) {
            after.set(t);
        }
        Map<Integer, List<String>> bySkill = new LinkedHashMap<>();
        for (int t : ix.covers[i]) {
            int s = ix.topicSkill[t];
            if (!covered.get(t) && ix.topicLevel[t] <= Math.max(targets[s], 0) && targets[s] > m.level(s)) {
                bySkill.computeIfAbsent(s, k -> new ArrayList<>()).add(ix.topicId[t]);
            }
        }
        bySkill.forEach((s, topics) -> reasons.add(new Reason.Covers(ix.skillId[s], m.level(s),
                Math.min(targets[s], Math.max(m.level(s), ix.level(s, after))), targets[s], topics)));
        if (bySkill.isEmpty()) {
            for (int d : ix.isProject(i) ? new int[0] : ix.dependents[i]) {
                if (planned.get().contains(ix.stepId[d])) {
                    reasons.add(new Reason.NeededFor(ix.stepId[d]));
                    break;
                }
            }
            if (bySkill.isEmpty() && ix.isProject(i)) {
                reasons.add(new Reason.Shows(curriculum.project(ix.stepId[i]).map(Project::lifecycle)
                        .orElse(List.of())));
            }
        }
        if (!ix.isProject(i)) {
            Resource r = curriculum.resource(ix.stepId[i]).orElseThrow();
            List<String> unlocked = unlockedBy(i, m);
            if (!unlocked.isEmpty()) {
                reasons.add(new Reason.Unlocks(unlocked));
            }
            if (r.endorsement() == Endorsement.START_HERE || r.endorsement() == Endorsement.BEST_FREE) {
                reasons.add(new Reason.Endorsed(r.endorsement()));
            }
            for (String alt : alternatives.getOrDefault(r.id(), List.of())) {
                if (m.progress().statusOf(alt) == Status.DONE) {
                    reasons.add(new Reason.AlternativeTo(alt));
                    break;
                }
            }
            reasons.add(new Reason.Hours(item.remainingMin(), item.remainingMax(), started));
            reasons.add(new Reason.Priced(r.cost()));
        } else {
            reasons.add(new Reason.Hours(item.remainingMin(), item.remainingMax(), started));
        }
        return reasons;
    }

    private static <T> java.util.function.Supplier<T> memo(java.util.function.Supplier<T> s) {
        Object[] box = new Object[1];
        return () -> {
            if (box[0] == null) {
                box[0] = s.get();
            }
            @SuppressWarnings("unchecked")
            T t = (T) box[0];
            return t;
        };
    }

    private String whyNothing(Mastery m, Role role, Roadmap roadmap) {
        List<String> open = new ArrayList<>();
        for (Skill s : curriculum.skills()) {
            if (m.level(s.id()) < role.targetFor(s.id())) {
                open.add(ReasonFormatter.shortName(s));
            }
        }
        if (open.isEmpty()) {
            return "You have reached every target of " + role.name() + ". Pick another role, or rate your skills "
                    + "again if that looks wrong.";
        }
        if (!roadmap.items().isEmpty()) {
            return "Every step left on your plan waits for something you have not finished; finish or skip the "
                    + "step you started, or rate a skill you already have.";
        }
        return "Nothing that is ready closes your remaining gaps (" + String.join(", ", open) + "): the resources "
                + "that teach them are done, skipped or need prerequisites that are not finished, or none teaches "
                + "the topics your target asks.";
    }

    // ------------------------------------------------------------------ projects and interviews

    public ProjectAdvice projects(LearnerProgress progress, Role role) {
        return projectAdvisor.advise(mastery(progress), role);
    }

    public CareerReadiness career(LearnerProgress progress, Role role) {
        return interview.of(mastery(progress), role);
    }

    /** The share of the role's target met at the end of each of the last {@code weeks} weeks, oldest first. */
    public List<Map.Entry<LocalDate, Double>> targetMetOverTime(LearnerProgress progress, Role role, LocalDate today,
                                                                java.time.ZoneId zone, int weeks) {
        List<Map.Entry<LocalDate, Double>> out = new ArrayList<>(weeks);
        for (int w = weeks - 1; w >= 0; w--) {
            LocalDate day = today.minusWeeks(w);
            out.add(Map.entry(day, gaps(ProgressOverTime.asOf(progress, day, zone), role).progress()));
        }
        return out;
    }

    /** The learner's pace over the last four weeks, when the history shows a real weekly rate. */
    public Optional<Double> pace(LearnerProgress progress, LocalDate today) {
        return Pace.hoursPerWeek(curriculum, progress, today);
    }
}
