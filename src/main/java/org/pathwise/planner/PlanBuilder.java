package org.pathwise.planner;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;

import org.pathwise.model.LearnerProgress;
import org.pathwise.model.ProjectProgress;
import org.pathwise.model.ProjectStatus;
import org.pathwise.model.ResourceProgress;
import org.pathwise.model.Skill;
import org.pathwise.model.Status;

/**
 * Chooses and orders the steps of a plan.
 *
 * <p>Choosing: the topics the target needs and the learner lacks are the gap. Every portfolio
 * project that demonstrates part of the gap is in (the guide asks for three or four); the topics
 * their required skill levels need join the gap, and a project's own topics never count toward
 * its own gate. Then a greedy weighted set cover adds, again and again, the resource that covers
 * the most weighted gap per hour of itself and its unmet prerequisites (the guide's
 * recommendations weigh more, Pathwise's own picks less), and drops what later picks made
 * unnecessary.
 *
 * <p>Ordering: every prerequisite first and a project only once its gate is covered; among what
 * is free to go next, work already started, then the earlier stage of the path, then the best
 * value per hour (counting half of what finishing it unlocks).
 */
final class PlanBuilder {
    static final double UNLOCK_SHARE = 0.5;
    static final double MIN_HOURS = 0.5;

    private final TopicIndex ix;

    PlanBuilder(TopicIndex ix) {
        this.ix = ix;
    }

    /** The ordered steps, the topics they leave uncovered, and the steps that could not be placed. */
    record Result(List<Integer> ordered, BitSet needed, BitSet uncovered, List<String> unreachable,
                  Set<Integer> chosen) {
    }

    synchronized Result plan(Mastery m, int[] targets, boolean withProjects) {
        BitSet covered = m.coveredBits();
        BitSet needed = new BitSet(ix.topicCount);
        for (int s = 0; s < ix.skillCount; s++) {
            if (targets[s] > m.level(s)) {
                for (int t : ix.skillTopics[s]) {
                    if (ix.topicLevel[t] <= targets[s] && !covered.get(t)) {
                        needed.set(t);
                    }
                }
            }
        }
        return plan(m, needed, withProjects);
    }

    /** Resources the learner started: their prerequisites no longer hold them back (set per plan). */
    private boolean[] startedNow = new boolean[0];

    /** Synchronized: one plan at a time per planner, as its working arrays are fields. */
    synchronized Result plan(Mastery m, BitSet neededIn, boolean withProjects) {
        startedNow = new boolean[ix.stepCount];
        for (int i = 0; i < ix.resourceCount; i++) {
            startedNow[i] = m.progress().statusOf(ix.stepId[i]) == Status.IN_PROGRESS;
        }
        // A project whose gate no resource reaches cannot be placed; plan again without it, so its
        // topics are sought elsewhere.
        Set<Integer> excluded = new HashSet<>();
        while (true) {
            List<String> unplaced = new ArrayList<>();
            Result r = plan(m, neededIn, withProjects, excluded, unplaced);
            Set<Integer> placed = new HashSet<>(r.ordered());
            boolean again = false;
            for (int p = ix.resourceCount; p < ix.stepCount && withProjects; p++) {
                if (r.chosen().contains(p) && !placed.contains(p) && excluded.add(p)) {
                    again = true;
                }
            }
            if (!again) {
                List<String> messages = new ArrayList<>();
                for (int p : excluded) {
                    messages.add("The project " + ix.stepTitle[p] + " needs skill levels no resource in this "
                            + "curriculum reaches; it is left out of the plan.");
                }
                messages.addAll(r.unreachable());
                return new Result(r.ordered(), r.needed(), r.uncovered(), messages, r.chosen());
            }
        }
    }

    private Result plan(Mastery m, BitSet neededIn, boolean withProjects, Set<Integer> excluded,
                        List<String> unplaced) {
        LearnerProgress progress = m.progress();
        BitSet covered = m.coveredBits();
        BitSet needed = (BitSet) neededIn.clone();
        boolean[] finished = new boolean[ix.stepCount];
        Set<String> met = m.met();
        for (int i = 0; i < ix.resourceCount; i++) {
            finished[i] = met.contains(ix.stepId[i]);
        }
        for (int i = ix.resourceCount; i < ix.stepCount; i++) {
            finished[i] = projectStatus(progress, ix.stepId[i]) == ProjectStatus.DONE;
        }
        double[] rem = new double[ix.stepCount];
        for (int i = 0; i < ix.stepCount; i++) {
            rem[i] = remaining(i, progress)[1];
        }
        LinkedHashSet<Integer> chosen = new LinkedHashSet<>();
        BitSet planCovered = (BitSet) covered.clone();
        BitSet gates = new BitSet(ix.topicCount);
        if (withProjects) {
            List<Integer> projects = new ArrayList<>();
            for (int p = ix.resourceCount; p < ix.stepCount; p++) {
                if (!finished[p] && !excluded.contains(p) && (intersects(ix.covers[p], needed)
                        || projectStatus(progress, ix.stepId[p]) == ProjectStatus.IN_PROGRESS)) {
                    projects.add(p);
                    for (int t : ix.gate[p]) {
                        if (!covered.get(t)) {
                            gates.set(t);
                        }
                    }
                }
            }
            for (int p : projects) {
                chosen.add(p);
                for (int t : ix.covers[p]) {
                    if (!gates.get(t)) {
                        planCovered.set(t);
                    }
                }
            }
            needed.or(gates);
        }
        double[] cost = new double[ix.resourceCount];
        BitSet want = (BitSet) needed.clone();
        want.andNot(planCovered);
        while (!want.isEmpty()) {
            closureCost(finished, rem, cost);
            int best = -1;
            double bestRatio = 0;
            for (int i = 0; i < ix.resourceCount; i++) {
                if (finished[i] || cost[i] == Double.MAX_VALUE) {
                    continue;
                }
                double g = gain(i, want);
                if (g <= 0) {
                    continue;
                }
                double ratio = round(g * ix.endorsementFactor[i] / Math.max(MIN_HOURS, cost[i]));
                if (best < 0 || ratio > bestRatio || (ratio == bestRatio && (cost[i] < cost[best]
                        || (cost[i] == cost[best] && ix.costRank[i] < ix.costRank[best])))) {
                    best = i;
                    bestRatio = ratio;
                }
            }
            if (best < 0) {
                break;
            }
            for (int i : closure(best, finished, cost)) {
                chosen.add(i);
                finished[i] = true;
                for (int t : ix.covers[i]) {
                    planCovered.set(t);
                    want.clear(t);
                }
            }
        }
        prune(chosen, needed, covered, gates, met, progress);
        BitSet uncovered = (BitSet) needed.clone();
        uncovered.andNot(planCovered);
        List<String> unreachable = new ArrayList<>();
        List<Integer> ordered = order(chosen, needed, m, rem, unreachable);
        describeUncovered(uncovered, progress, covered, unreachable);
        return new Result(ordered, needed, uncovered, unreachable, chosen);
    }

    private double gain(int step, BitSet want) {
        double g = 0;
        for (int t : ix.covers[step]) {
            if (want.get(t)) {
                g += ix.weight[ix.topicSkill[t]];
            }
        }
        return g;
    }

    private static boolean intersects(int[] topics, BitSet set) {
        for (int t : topics) {
            if (set.get(t)) {
                return true;
            }
        }
        return false;
    }

    static ProjectStatus projectStatus(LearnerProgress p, String id) {
        ProjectProgress pp = p.projects().get(id);
        return pp == null ? ProjectStatus.NOT_STARTED : pp.status();
    }

    boolean started(int step, LearnerProgress p) {
        if (ix.isProject(step)) {
            return projectStatus(p, ix.stepId[step]) == ProjectStatus.IN_PROGRESS;
        }
        return p.statusOf(ix.stepId[step]) == Status.IN_PROGRESS;
    }

    /**
     * Hours still to spend, {min, expected, max}: the estimate less what was logged, never less
     * than a tenth of it.
     */
    double[] remaining(int step, LearnerProgress progress) {
        double logged = 0;
        if (!ix.isProject(step)) {
            ResourceProgress rp = progress.resources().get(ix.stepId[step]);
            logged = rp == null || !Double.isFinite(rp.hours()) ? 0 : Math.max(0, rp.hours());
        }
        double min = ix.hoursMin[step];
        double max = ix.hoursMax[step];
        double exp = (min + max) / 2;
        return new double[] {Math.max(min - logged, min * 0.1), Math.max(exp - logged, exp * 0.1),
            Math.max(max - logged, max * 0.1)};
    }

    /**
     * An estimate of the hours a resource costs with its unfinished prerequisites: its own hours
     * plus the dearest of its requirements, each by its cheapest option. Shared prerequisites are
     * counted once along a path, so it never explodes on deep graphs.
     */
    private void closureCost(boolean[] finished, double[] rem, double[] cost) {
        java.util.Arrays.fill(cost, Double.MAX_VALUE);
        for (int i : ix.readinessOrder) {
            if (finished[i]) {
                cost[i] = 0;
                continue;
            }
            double worst = 0;
            for (int[] options : startedNow[i] ? new int[0][] : ix.requires[i]) {
                double cheapest = Double.MAX_VALUE;
                for (int o : options) {
                    cheapest = Math.min(cheapest, cost[o]);
                }
                worst = Math.max(worst, cheapest);
            }
            cost[i] = worst == Double.MAX_VALUE ? Double.MAX_VALUE : rem[i] + worst;
        }
    }

    /** The resource and the unfinished prerequisites it needs, choosing the cheapest option of each group. */
    private List<Integer> closure(int start, boolean[] finished, double[] cost) {
        List<Integer> out = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        Deque<Integer> stack = new ArrayDeque<>();
        stack.push(start);
        while (!stack.isEmpty()) {
            int next = stack.pop();
            if (finished[next] || !seen.add(next)) {
                continue;
            }
            out.add(next);
            for (int[] options : startedNow[next] ? new int[0][] : ix.requires[next]) {
                boolean isMet = false;
                int pick = -1;
                for (int o : options) {
                    if (finished[o] || seen.contains(o)) {
                        isMet = true;
                        break;
                    }
                    if (cost[o] != Double.MAX_VALUE && o != start
                            && (pick < 0 || cost[o] < cost[pick] || (cost[o] == cost[pick] && o < pick))) {
                        pick = o;
                    }
                }
                if (!isMet && pick >= 0) {
                    stack.push(pick);
                }
            }
        }
        return out;
    }

    /**
     * Drops what a later choice made unnecessary, newest first: a resource leaves the plan when
     * every needed topic it covers has another source in the plan and no chosen resource needs it
     * as its only way through a requirement.
     */
    private void prune(LinkedHashSet<Integer> chosen, BitSet needed, BitSet covered, BitSet gates,
                       Set<String> met, LearnerProgress progressOf) {
        int[] sources = new int[ix.topicCount];
        for (int i : chosen) {
            for (int t : ix.covers[i]) {
                if (needed.get(t) && !covered.get(t) && !(ix.isProject(i) && gates.get(t))) {
                    sources[t]++;
                }
            }
        }
        List<Integer> newestFirst = new ArrayList<>(chosen);
        Collections.reverse(newestFirst);
        // Resources first, newest first; then projects, last first, so a project stays whenever it shows
        // something nothing else in the plan does.
        List<Integer> order = new ArrayList<>();
        newestFirst.stream().filter(i -> !ix.isProject(i)).forEach(order::add);
        List<Integer> projects = new ArrayList<>(newestFirst.stream().filter(ix::isProject).toList());
        Collections.sort(projects, Collections.reverseOrder());
        order.addAll(projects);
        for (int i : order) {
            boolean project = ix.isProject(i);
            boolean sole = false;
            for (int t : ix.covers[i]) {
                if (needed.get(t) && !covered.get(t) && !(project && gates.get(t)) && sources[t] == 1) {
                    sole = true;
                    break;
                }
            }
            if (sole || (!project && neededByAnother(i, chosen, met)) || (project && started(i, progressOf))) {
                continue;
            }
            chosen.remove(i);
            for (int t : ix.covers[i]) {
                if (needed.get(t) && !covered.get(t) && !(project && gates.get(t))) {
                    sources[t]--;
                }
            }
        }
    }

    /** True when a chosen resource has a requirement that only {@code step} meets among finished and chosen. */
    private boolean neededByAnother(int step, Set<Integer> chosen, Set<String> met) {
        for (int d : ix.dependents[step]) {
            if (!chosen.contains(d)) {
                continue;
            }
            for (int[] options : ix.requires[d]) {
                boolean names = false;
                boolean other = false;
                for (int o : options) {
                    if (o == step) {
                        names = true;
                    } else if (met.contains(ix.stepId[o]) || chosen.contains(o)) {
                        other = true;
                    }
                }
                if (names && !other) {
                    return true;
                }
            }
        }
        return false;
    }

    private record Queued(int step, double score, boolean started, int stage, int costRank, boolean project,
                          boolean opensProject) {
    }

    /**
     * Started work first; then the earlier stage; within a stage a project that is ready, then what
     * opens a planned project's gate, so each project comes as soon as it can; then value per hour.
     */
    private static final Comparator<Queued> ORDER = Comparator
            .comparing((Queued q) -> !q.started())
            .thenComparingInt(Queued::stage)
            .thenComparing(q -> !q.project())
            .thenComparing(q -> !q.opensProject())
            .thenComparing(q -> -q.score())
            .thenComparingInt(Queued::costRank)
            .thenComparingInt(Queued::step);

    private List<Integer> order(Set<Integer> chosen, BitSet needed, Mastery m, double[] rem,
                                List<String> unreachable) {
        LearnerProgress progress = m.progress();
        Set<String> met = m.met();
        BitSet sim = m.coveredBits();
        boolean[] placed = new boolean[ix.stepCount];
        int[] unmet = new int[ix.stepCount];
        for (int i : chosen) {
            if (!ix.isProject(i) && !startedNow[i]) {
                for (int[] options : ix.requires[i]) {
                    if (!anyMet(options, met, placed)) {
                        unmet[i]++;
                    }
                }
            }
        }
        PriorityQueue<Queued> ready = new PriorityQueue<>(ORDER);
        List<Integer> waitingProjects = new ArrayList<>();
        opening = new boolean[ix.stepCount];
        waiting = waitingProjects;
        for (int i : chosen) {
            if (ix.isProject(i)) {
                waitingProjects.add(i);
            }
        }
        markOpening(chosen, sim, placed);
        for (int i : chosen) {
            if (!ix.isProject(i) && unmet[i] == 0) {
                ready.add(queued(i, needed, sim, progress, rem, unmet, chosen));
            }
        }
        releaseProjects(waitingProjects, sim, ready, needed, progress, rem, unmet, chosen);
        List<Integer> out = new ArrayList<>(chosen.size());
        while (!ready.isEmpty()) {
            Queued top = ready.poll();
            if (placed[top.step()]) {
                continue;
            }
            Queued fresh = queued(top.step(), needed, sim, progress, rem, unmet, chosen);
            if (ORDER.compare(fresh, top) > 0 && !ready.isEmpty() && ORDER.compare(fresh, ready.peek()) > 0) {
                ready.add(fresh); // It fell since it was queued; let the better one go first.
                continue;
            }
            int i = top.step();
            out.add(i);
            placed[i] = true;
            for (int t : ix.covers[i]) {
                sim.set(t);
            }
            if (ix.isProject(i) || !waitingProjects.isEmpty()) {
                markOpening(chosen, sim, placed);
            }
            if (!ix.isProject(i)) {
                for (int d : ix.dependents[i]) {
                    if (!chosen.contains(d) || placed[d] || unmet[d] == 0) {
                        continue;
                    }
                    int newlyMet = 0;
                    for (int[] options : ix.requires[d]) {
                        if (contains(options, i) && !metWithout(options, met, placed, i)) {
                            newlyMet++;
                        }
                    }
                    if (newlyMet > 0) {
                        unmet[d] -= newlyMet;
                        if (unmet[d] == 0) {
                            ready.add(queued(d, needed, sim, progress, rem, unmet, chosen));
                        }
                    }
                }
            }
            releaseProjects(waitingProjects, sim, ready, needed, progress, rem, unmet, chosen);
        }
        for (int i : chosen) {
            if (!placed[i] && !ix.isProject(i)) {
                unreachable.add(ix.stepTitle[i] + " needs a prerequisite the plan cannot reach; it is left out.");
            }
        }
        return out;
    }

    private void releaseProjects(List<Integer> waiting, BitSet sim, PriorityQueue<Queued> ready, BitSet needed,
                                 LearnerProgress progress, double[] rem, int[] unmet, Set<Integer> chosen) {
        for (java.util.Iterator<Integer> it = waiting.iterator(); it.hasNext(); ) {
            int p = it.next();
            boolean open = true;
            for (int t : ix.gate[p]) {
                if (!sim.get(t)) {
                    open = false;
                    break;
                }
            }
            if (open) {
                it.remove();
                ready.add(queued(p, needed, sim, progress, rem, unmet, chosen));
            }
        }
    }

    private static boolean contains(int[] a, int x) {
        for (int v : a) {
            if (v == x) {
                return true;
            }
        }
        return false;
    }

    private boolean anyMet(int[] options, Set<String> met, boolean[] placed) {
        for (int o : options) {
            if (placed[o] || met.contains(ix.stepId[o])) {
                return true;
            }
        }
        return false;
    }

    private boolean metWithout(int[] options, Set<String> met, boolean[] placed, int step) {
        for (int o : options) {
            if (o != step && (placed[o] || met.contains(ix.stepId[o]))) {
                return true;
            }
        }
        return false;
    }

    /** Per order(): which chosen resources open the gate of a project still waiting, and those projects. */
    private boolean[] opening = new boolean[0];
    private List<Integer> waiting = List.of();

    /**
     * Marks the chosen, unplaced resources of a project's stage or later that cover a missing gate
     * topic of a waiting project, and their prerequisites: the way to the next project goes first.
     */
    private void markOpening(Set<Integer> chosen, BitSet sim, boolean[] placed) {
        java.util.Arrays.fill(opening, false);
        Deque<Integer> todo = new ArrayDeque<>();
        for (int p : waiting) {
            for (int t : ix.gate[p]) {
                if (sim.get(t)) {
                    continue;
                }
                for (int i : chosen) {
                    if (!ix.isProject(i) && !placed[i] && !opening[i] && ix.stage[p] <= ix.stage[i]
                            && contains(ix.covers[i], t)) {
                        opening[i] = true;
                        todo.add(i);
                    }
                }
            }
        }
        while (!todo.isEmpty()) {
            int i = todo.poll();
            for (int[] options : ix.requires[i]) {
                for (int o : options) {
                    if (chosen.contains(o) && !placed[o] && !opening[o]) {
                        opening[o] = true;
                        todo.add(o);
                    }
                }
            }
        }
    }

    private Queued queued(int i, BitSet needed, BitSet sim, LearnerProgress progress, double[] rem, int[] unmet,
                          Set<Integer> chosen) {
        double value = own(i, needed, sim);
        if (!ix.isProject(i)) {
            for (int d : ix.dependents[i]) {
                if (chosen.contains(d) && unmet[d] == 1) {
                    value += UNLOCK_SHARE * own(d, needed, sim);
                }
            }
        }
        double score = round(value * ix.endorsementFactor[i] / Math.max(MIN_HOURS, rem[i]));
        return new Queued(i, score, started(i, progress), ix.stage[i], ix.costRank[i], ix.isProject(i),
                i < opening.length && opening[i]);
    }

    private double own(int step, BitSet needed, BitSet sim) {
        double g = 0;
        for (int t : ix.covers[step]) {
            if (needed.get(t) && !sim.get(t)) {
                g += ix.weight[ix.topicSkill[t]];
            }
        }
        return g;
    }

    private void describeUncovered(BitSet uncovered, LearnerProgress progress, BitSet covered,
                                   List<String> out) {
        for (int s = 0; s < ix.skillCount; s++) {
            List<String> names = new ArrayList<>();
            for (int t : ix.skillTopics[s]) {
                if (uncovered.get(t)) {
                    names.add(ix.topicName[t]);
                }
            }
            if (names.isEmpty()) {
                continue;
            }
            Skill skill = ix.curriculum.skills().get(s);
            String name = ReasonFormatter.shortName(skill);
            String skipped = null;
            for (int i = 0; i < ix.resourceCount && skipped == null; i++) {
                if (progress.statusOf(ix.stepId[i]) == Status.SKIPPED) {
                    for (int t : ix.covers[i]) {
                        if (uncovered.get(t)) {
                            skipped = ix.stepTitle[i];
                            break;
                        }
                    }
                }
            }
            out.add(skipped != null
                    ? "Only resources you skipped, such as " + skipped + ", cover " + String.join(", ", names)
                            + " in " + name + ": rate " + name + " yourself if you know it, or un-skip one."
                    : "No resource in this curriculum covers " + String.join(", ", names) + " in " + name
                            + "; the plan stops short of that.");
        }
    }

    /** Rounds away floating-point noise so that equal scores tie and the next rules decide. */
    static double round(double d) {
        return Math.round(d * 1e9) / 1e9;
    }
}
