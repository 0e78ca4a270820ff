package org.pathwise.planner;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;

import org.pathwise.graph.PrerequisiteGraph;
import org.pathwise.model.Curriculum;
import org.pathwise.model.HoursEntry;
import org.pathwise.model.InterviewFocus;
import org.pathwise.model.InterviewStage;
import org.pathwise.model.LearnerProgress;
import org.pathwise.model.Project;
import org.pathwise.model.ProjectProgress;
import org.pathwise.model.ProjectStatus;
import org.pathwise.model.Requirement;
import org.pathwise.model.Resource;
import org.pathwise.model.Role;
import org.pathwise.model.Skill;
import org.pathwise.model.SkillLevel;
import org.pathwise.model.Status;
import org.pathwise.model.StatusChange;

/**
 * The planner: pure functions from a curriculum, its graph, the learner's progress and a target
 * role to gaps, suggestions, a dated roadmap and project advice. Same input, same output.
 *
 * <p>Skipped resources count as finished for prerequisites ("I already know this") but teach
 * nothing: a learner claims a skill with the self-rating. A resource whose every skill the
 * learner already has at its level counts as finished too, so placement by self-rating works.
 */
public final class Planner {
    /** What finishing a resource's dependents is worth, relative to its own gain, when ranking it. */
    static final double UNLOCK_SHARE = 0.5;
    /** What a resource is still worth when an alternative in one of its any-of groups is finished. */
    static final double REDUNDANT_SHARE = 0.25;
    static final double MIN_HOURS = 0.5;
    static final int PACE_WINDOW_DAYS = 28;
    /** Projects are compared by value over (1 + missing hours / this): 40 h to get ready halves a project's pull. */
    static final double HOURS_PER_READINESS_STEP = 40;
    static final List<String> LIFECYCLE_CORE = List.of("training", "serving", "monitoring", "retraining");

    private final Curriculum curriculum;
    private final PrerequisiteGraph graph;
    private final Map<String, Integer> catalogIndex = new HashMap<>();
    /** For each resource, the resources that appear with it in an any-of group. */
    private final Map<String, Set<String>> alternatives = new HashMap<>();
    private final Map<String, Integer> weights = new HashMap<>();
    /** The catalog as arrays, for the planner's inner loops: index = catalog position. */
    private final Resource[] byIndex;
    private final int[] topo;
    private final int[][][] requirements;

    public Planner(Curriculum curriculum, PrerequisiteGraph graph) {
        this.curriculum = curriculum;
        this.graph = graph;
        List<Resource> resources = curriculum.resources();
        for (Skill s : curriculum.skills()) {
            weights.put(s.id(), s.priority().weight());
        }
        byIndex = resources.toArray(Resource[]::new);
        for (int i = 0; i < resources.size(); i++) {
            catalogIndex.put(resources.get(i).id(), i);
        }
        requirements = new int[byIndex.length][][];
        for (int i = 0; i < byIndex.length; i++) {
            List<Requirement> reqs = byIndex[i].requires();
            requirements[i] = new int[reqs.size()][];
            for (int k = 0; k < reqs.size(); k++) {
                requirements[i][k] = reqs.get(k).options().stream().mapToInt(catalogIndex::get).toArray();
            }
        }
        topo = graph.topologicalOrder().stream().mapToInt(catalogIndex::get).toArray();
        for (int i = 0; i < resources.size(); i++) {
            for (Requirement req : resources.get(i).requires()) {
                if (req.isAnyOf()) {
                    for (String a : req.options()) {
                        for (String b : req.options()) {
                            if (!a.equals(b)) {
                                alternatives.computeIfAbsent(a, k -> new HashSet<>()).add(b);
                            }
                        }
                    }
                }
            }
        }
    }

    // ------------------------------------------------------------------ gaps

    public GapReport gaps(LearnerProgress progress, Role role) {
        return gaps(SkillProfile.of(curriculum, progress), role);
    }

    GapReport gaps(SkillProfile profile, Role role) {
        List<SkillGap> gaps = new ArrayList<>();
        double met = 0;
        double wanted = 0;
        for (Skill s : curriculum.skills()) {
            int target = role.targetFor(s.id());
            int level = profile.level(s.id());
            int gap = Math.max(0, target - level);
            int w = s.priority().weight();
            gaps.add(new SkillGap(s.id(), s.name(), s.priority(), level, target, gap, gap * w));
            met += w * Math.min(level, target);
            wanted += w * target;
        }
        return new GapReport(role.id(), role.name(), gaps, wanted == 0 ? 1.0 : met / wanted);
    }

    // ------------------------------------------------------------------ scoring

    private Map<String, Integer> targets(Role role) {
        Map<String, Integer> t = new HashMap<>();
        for (Skill s : curriculum.skills()) {
            t.put(s.id(), role.targetFor(s.id()));
        }
        return t;
    }

    private int weight(String skillId) {
        return weights.getOrDefault(skillId, 0);
    }

    /** The weighted gap a resource closes at the given levels. */
    private double gain(Resource r, Map<String, Integer> levels, Map<String, Integer> targets) {
        double g = 0;
        for (SkillLevel t : r.teaches()) {
            int target = targets.getOrDefault(t.skill(), 0);
            int level = levels.getOrDefault(t.skill(), 0);
            g += weight(t.skill()) * Math.max(0, Math.min(t.level(), target) - level);
        }
        return g;
    }

    private Optional<String> finishedAlternative(String id, Set<String> finished) {
        return alternatives.getOrDefault(id, Set.of()).stream().filter(finished::contains)
                .min(Comparator.comparing(catalogIndex::get));
    }

    private Resource resource(String id) {
        return curriculum.resource(id).orElseThrow();
    }

    private int order(String id) {
        return catalogIndex.getOrDefault(id, Integer.MAX_VALUE);
    }

    // ------------------------------------------------------------------ next

    /**
     * The ready resources ranked: weighted gap closed per hour, plus a share of what finishing them
     * unlocks; in-progress ones first; redundant alternatives far down; free before paid on ties.
     */
    public NextSuggestions next(LearnerProgress progress, Role role, int count) {
        SkillProfile profile = SkillProfile.of(curriculum, progress);
        Map<String, Integer> levels = profile.mutableCopy();
        Map<String, Integer> targets = targets(role);
        Set<String> finished = SkillProfile.finished(curriculum, progress);
        List<Ranked> ranked = new ArrayList<>();
        for (String id : graph.readySet(finished)) {
            rank(id, progress, levels, targets, finished).ifPresent(ranked::add);
        }
        ranked.sort(RANKING.thenComparing(x -> order(x.resource().id())));
        return suggestions(ranked.subList(0, Math.min(count, ranked.size())), progress, role, levels, targets,
                finished);
    }

    /**
     * The suggestions that agree with a roadmap: its first items that are ready now, in its order.
     * This is what the app and {@code pathwise next} show, so "next" is always the roadmap's next step.
     */
    public NextSuggestions next(LearnerProgress progress, Role role, int count, Roadmap roadmap) {
        Map<String, Integer> levels = SkillProfile.of(curriculum, progress).mutableCopy();
        Map<String, Integer> targets = targets(role);
        Set<String> finished = SkillProfile.finished(curriculum, progress);
        List<Ranked> ranked = new ArrayList<>();
        for (PlannedItem item : roadmap.items()) {
            if (ranked.size() == count) {
                break;
            }
            if (!finished.contains(item.resourceId()) && graph.isReady(item.resourceId(), finished)) {
                rank(item.resourceId(), progress, levels, targets, finished).ifPresent(ranked::add);
            }
        }
        return suggestions(ranked, progress, role, levels, targets, finished);
    }

    private Optional<Ranked> rank(String id, LearnerProgress progress, Map<String, Integer> levels,
                                  Map<String, Integer> targets, Set<String> finished) {
        Resource r = resource(id);
        double own = gain(r, levels, targets);
        List<String> unlocked = graph.unlockedBy(id, finished);
        double unlockGain = 0;
        for (String d : unlocked) {
            unlockGain += gain(resource(d), levels, targets);
        }
        double value = own + UNLOCK_SHARE * unlockGain;
        Optional<String> alternative = finishedAlternative(id, finished);
        if (alternative.isPresent()) {
            value *= REDUNDANT_SHARE;
        }
        if (value <= 0) {
            return Optional.empty();
        }
        double hours = remainingHours(r, progress);
        return Optional.of(new Ranked(r, value, value / Math.max(MIN_HOURS, hours),
                progress.statusOf(id) == Status.IN_PROGRESS, hours, unlocked, alternative));
    }

    private NextSuggestions suggestions(List<Ranked> ranked, LearnerProgress progress, Role role,
                                        Map<String, Integer> levels, Map<String, Integer> targets,
                                        Set<String> finished) {
        List<Suggestion> out = new ArrayList<>();
        for (Ranked x : ranked) {
            out.add(new Suggestion(x.resource().id(), x.resource().title(), x.hours(), x.value(), x.perHour(),
                    reasons(x, levels, targets)));
        }
        return new NextSuggestions(out, out.isEmpty() ? whyNothing(progress, role, levels, targets, finished) : "");
    }

    private record Ranked(Resource resource, double value, double perHour, boolean started, double hours,
                          List<String> unlocked, Optional<String> alternative) {
    }

    private static final Comparator<Ranked> RANKING = Comparator
            .comparing((Ranked x) -> !x.started())
            .thenComparing(x -> -round(x.perHour()))
            .thenComparing(x -> x.resource().cost().ordinal());

    /** Rounds away floating-point noise so that equal scores tie and the next rules decide. */
    private static double round(double d) {
        return Math.round(d * 1e9) / 1e9;
    }

    private List<String> reasons(Ranked x, Map<String, Integer> levels, Map<String, Integer> targets) {
        List<String> reasons = new ArrayList<>();
        if (x.started()) {
            reasons.add("You started it");
        }
        for (SkillLevel t : x.resource().teaches()) {
            int target = targets.getOrDefault(t.skill(), 0);
            int level = levels.getOrDefault(t.skill(), 0);
            int reach = Math.min(t.level(), target);
            if (reach > level) {
                Skill s = curriculum.skill(t.skill()).orElseThrow();
                reasons.add((reach == target ? "Closes" : "Narrows") + " the " + s.priority().label() + " gap in "
                        + shortName(s) + " (" + level + " → " + reach + (reach == target ? "" : " of " + target) + ")");
            }
        }
        if (reasons.isEmpty() || (x.started() && reasons.size() == 1)) {
            x.unlocked().stream().findFirst().ifPresent(d -> reasons.add("Needed for " + resource(d).title()));
        }
        if (!x.unlocked().isEmpty()) {
            reasons.add("unlocks " + x.unlocked().size());
        }
        x.alternative().ifPresent(a -> reasons.add("an alternative to " + resource(a).title()
                + ", which you finished"));
        reasons.add("~" + formatHours(x.hours()) + " h" + (x.started() ? " left" : ""));
        reasons.add(x.resource().cost().label());
        return reasons;
    }

    /** A skill's name without its parenthesised examples: "ML frameworks". */
    static String shortName(Skill s) {
        int paren = s.name().indexOf(" (");
        return paren > 0 ? s.name().substring(0, paren) : s.name();
    }

    static String formatHours(double h) {
        return h >= 10 || h == Math.rint(h) ? String.valueOf(Math.round(h)) : String.format(Locale.ROOT, "%.1f", h);
    }

    private String whyNothing(LearnerProgress progress, Role role, Map<String, Integer> levels,
                              Map<String, Integer> targets, Set<String> finished) {
        List<String> open = new ArrayList<>();
        for (Skill s : curriculum.skills()) {
            if (levels.getOrDefault(s.id(), 0) < targets.getOrDefault(s.id(), 0)) {
                open.add(shortName(s));
            }
        }
        if (open.isEmpty()) {
            return "You have reached every target of " + role.name() + ". Pick another role, or rate your skills "
                    + "again if that looks wrong.";
        }
        return "Nothing that is ready closes your remaining gaps (" + String.join(", ", open) + "): the resources "
                + "that teach them are done, skipped or need prerequisites that are not finished, or none teaches "
                + "the level your target asks.";
    }

    /** Hours still to spend: the estimate less what was logged, never less than a tenth of it. */
    static double remainingHours(Resource r, LearnerProgress progress) {
        var rp = progress.resources().get(r.id());
        double logged = rp == null ? 0 : rp.hours();
        return Math.max(r.hours() - logged, r.hours() * 0.1);
    }

    // ------------------------------------------------------------------ plan

    /**
     * Chooses what closes the gaps (greedy weighted set cover on gap closed per hour of the
     * resource and its unmet prerequisites), then orders it so every prerequisite comes first and,
     * among what is free to go next, the best value per hour leads; then dates it.
     */
    public Roadmap plan(LearnerProgress progress, Role role, double weeklyHours, LocalDate today) {
        Map<String, Integer> targets = targets(role);
        Set<String> finished = SkillProfile.finished(curriculum, progress);
        Selection selection = select(progress, targets, finished);
        List<String> ordered = order(selection.chosen(), progress, targets, finished);
        List<PlannedItem> items = schedule(ordered, progress, weeklyHours, today, targets);
        Optional<Double> pace = pace(progress, today);
        Optional<LocalDate> atPace = pace.filter(p -> p > 0).map(p -> dateAfter(today,
                items.stream().mapToDouble(PlannedItem::remainingHours).sum(), p));
        return new Roadmap(role.id(), weeklyHours, today, items, pace, atPace, selection.unreachable());
    }

    /** The roadmap after one more resource is finished: it leaves the plan and the dates move up. */
    public Roadmap afterTick(Roadmap roadmap, String resourceId, LearnerProgress progress, Role role) {
        List<String> remaining = new ArrayList<>(roadmap.items().size());
        for (PlannedItem i : roadmap.items()) {
            if (!i.resourceId().equals(resourceId)) {
                remaining.add(i.resourceId());
            }
        }
        List<PlannedItem> items = schedule(remaining, progress, roadmap.weeklyHours(), roadmap.today(), targets(role));
        Optional<LocalDate> atPace = roadmap.paceHoursPerWeek().filter(p -> p > 0).map(p -> dateAfter(roadmap.today(),
                items.stream().mapToDouble(PlannedItem::remainingHours).sum(), p));
        return new Roadmap(roadmap.roleId(), roadmap.weeklyHours(), roadmap.today(), items,
                roadmap.paceHoursPerWeek(), atPace, roadmap.unreachable());
    }

    private record Selection(Set<String> chosen, List<String> unreachable) {
    }

    private Selection select(LearnerProgress progress, Map<String, Integer> targets, Set<String> finishedNow) {
        Map<String, Integer> levels = SkillProfile.of(curriculum, progress).mutableCopy();
        boolean[] finished = new boolean[byIndex.length];
        double[] remaining = new double[byIndex.length];
        for (int i = 0; i < byIndex.length; i++) {
            finished[i] = finishedNow.contains(byIndex[i].id());
            remaining[i] = remainingHours(byIndex[i], progress);
        }
        Set<String> chosen = new LinkedHashSet<>();
        double[] cost = new double[byIndex.length];
        while (true) {
            closureCost(finished, remaining, cost);
            int best = -1;
            double bestRatio = 0;
            for (int i = 0; i < byIndex.length; i++) {
                if (finished[i]) {
                    continue;
                }
                double g = gain(byIndex[i], levels, targets);
                if (g <= 0) {
                    continue;
                }
                double ratio = round(g / Math.max(MIN_HOURS, cost[i]));
                if (best < 0 || ratio > bestRatio || (ratio == bestRatio && (cost[i] < cost[best]
                        || (cost[i] == cost[best] && byIndex[i].cost().ordinal() < byIndex[best].cost().ordinal())))) {
                    best = i;
                    bestRatio = ratio;
                }
            }
            if (best < 0) {
                break;
            }
            for (int i : closure(best, finished, cost)) {
                chosen.add(byIndex[i].id());
                finished[i] = true;
                SkillProfile.raise(levels, byIndex[i]);
            }
        }
        prune(chosen, finishedNow, levels, targets, progress);
        List<String> unreachable = new ArrayList<>();
        for (Skill s : curriculum.skills()) {
            int target = targets.getOrDefault(s.id(), 0);
            int level = levels.getOrDefault(s.id(), 0);
            if (level < target) {
                Optional<Resource> skipped = curriculum.resources().stream()
                        .filter(r -> progress.statusOf(r.id()) == Status.SKIPPED)
                        .filter(r -> r.teaches().stream().anyMatch(t -> t.skill().equals(s.id()) && t.level() > level))
                        .findFirst();
                unreachable.add(skipped.isPresent()
                        ? "Only resources you skipped, such as " + skipped.get().title() + ", take " + shortName(s)
                                + " beyond " + level + ": rate " + shortName(s) + " yourself if you know it, or un-skip one."
                        : "No resource in this curriculum takes " + shortName(s) + " from " + level + " to " + target
                                + "; the plan gets you to " + level + ".");
            }
        }
        return new Selection(chosen, unreachable);
    }

    /**
     * Drops what a later choice made unnecessary (the greedy cover's clean-up): newest choice
     * first, a resource leaves the plan when no chosen resource needs it as its only way through a
     * requirement and every skill still reaches the level the plan reaches.
     */
    private void prune(Set<String> chosen, Set<String> finishedNow, Map<String, Integer> reached,
                       Map<String, Integer> targets, LearnerProgress progress) {
        Map<String, Integer> start = SkillProfile.of(curriculum, progress).mutableCopy();
        // For each skill, how many chosen resources teach it at the level the plan must reach.
        Map<String, Integer> needed = new HashMap<>();
        Map<String, Integer> sources = new HashMap<>();
        for (Skill s : curriculum.skills()) {
            int need = Math.min(targets.getOrDefault(s.id(), 0), reached.getOrDefault(s.id(), 0));
            if (need > start.getOrDefault(s.id(), 0)) {
                needed.put(s.id(), need);
            }
        }
        for (String id : chosen) {
            for (SkillLevel t : resource(id).teaches()) {
                Integer need = needed.get(t.skill());
                if (need != null && t.level() >= need) {
                    sources.merge(t.skill(), 1, Integer::sum);
                }
            }
        }
        List<String> newestFirst = new ArrayList<>(chosen);
        java.util.Collections.reverse(newestFirst);
        for (String id : newestFirst) {
            boolean soleSource = false;
            for (SkillLevel t : resource(id).teaches()) {
                Integer need = needed.get(t.skill());
                if (need != null && t.level() >= need && sources.get(t.skill()) == 1) {
                    soleSource = true;
                }
            }
            if (soleSource || neededByAnother(id, chosen, finishedNow)) {
                continue;
            }
            chosen.remove(id);
            for (SkillLevel t : resource(id).teaches()) {
                Integer need = needed.get(t.skill());
                if (need != null && t.level() >= need) {
                    sources.merge(t.skill(), -1, Integer::sum);
                }
            }
        }
    }

    /** True when a chosen resource has a requirement that only {@code id} meets among finished and chosen. */
    private boolean neededByAnother(String id, Set<String> chosen, Set<String> finished) {
        for (String d : graph.dependents(id)) {
            if (!chosen.contains(d)) {
                continue;
            }
            for (Requirement req : resource(d).requires()) {
                if (!req.options().contains(id)) {
                    continue;
                }
                boolean other = false;
                for (String o : req.options()) {
                    if (!o.equals(id) && (finished.contains(o) || chosen.contains(o))) {
                        other = true;
                    }
                }
                if (!other) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * An estimate of the hours a resource costs with its unfinished prerequisites: its own hours
     * plus the dearest of its requirements, each by its cheapest option. Shared prerequisites are
     * counted once along a path, so it never explodes on deep graphs.
     */
    private void closureCost(boolean[] finished, double[] remaining, double[] cost) {
        for (int i : topo) {
            if (finished[i]) {
                cost[i] = 0;
                continue;
            }
            double worst = 0;
            for (int[] options : requirements[i]) {
                double cheapest = Double.MAX_VALUE;
                for (int o : options) {
                    cheapest = Math.min(cheapest, cost[o]);
                }
                worst = Math.max(worst, cheapest);
            }
            cost[i] = remaining[i] + worst;
        }
    }

    /** The resource and the unfinished prerequisites it needs, choosing the cheapest option of each group. */
    private List<Integer> closure(int start, boolean[] finished, double[] cost) {
        List<Integer> out = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        java.util.Deque<Integer> stack = new java.util.ArrayDeque<>();
        stack.push(start);
        while (!stack.isEmpty()) {
            int next = stack.pop();
            if (finished[next] || !seen.add(next)) {
                continue;
            }
            out.add(next);
            for (int[] options : requirements[next]) {
                boolean met = false;
                int pick = -1;
                for (int o : options) {
                    if (finished[o] || seen.contains(o)) {
                        met = true;
                        break;
                    }
                    if (pick < 0 || cost[o] < cost[pick] || (cost[o] == cost[pick] && o < pick)) {
                        pick = o;
                    }
                }
                if (!met) {
                    stack.push(pick);
                }
            }
        }
        return out;
    }

    private record Queued(String id, double score, boolean started, int costRank, int order) {
    }

    private static final Comparator<Queued> PLAN_ORDER = Comparator
            .comparing((Queued q) -> !q.started())
            .thenComparing(q -> -q.score())
            .thenComparingInt(Queued::costRank)
            .thenComparingInt(Queued::order);

    /** A prerequisite-respecting order of the chosen resources; best value per hour first among the ready ones. */
    private List<String> order(Set<String> chosen, LearnerProgress progress, Map<String, Integer> targets,
                               Set<String> finishedNow) {
        Map<String, Integer> levels = SkillProfile.of(curriculum, progress).mutableCopy();
        Set<String> finished = new HashSet<>(finishedNow);
        Map<String, Integer> unmet = new HashMap<>();
        PriorityQueue<Queued> ready = new PriorityQueue<>(PLAN_ORDER);
        for (String id : chosen) {
            int n = 0;
            for (Requirement req : resource(id).requires()) {
                if (!req.isMetBy(finished)) {
                    n++;
                }
            }
            unmet.put(id, n);
        }
        for (String id : chosen) {
            if (unmet.get(id) == 0) {
                ready.add(queued(id, levels, targets, progress, unmet));
            }
        }
        List<String> out = new ArrayList<>(chosen.size());
        while (!ready.isEmpty()) {
            Queued top = ready.poll();
            Queued fresh = queued(top.id(), levels, targets, progress, unmet);
            if (fresh.score() < top.score() && !ready.isEmpty() && PLAN_ORDER.compare(fresh, ready.peek()) > 0) {
                ready.add(fresh); // Its value fell since it was queued; let the better one go first.
                continue;
            }
            String id = top.id();
            out.add(id);
            SkillProfile.raise(levels, resource(id));
            finished.add(id);
            for (String d : graph.dependents(id)) {
                Integer n = unmet.get(d);
                if (n == null || n == 0) {
                    continue;
                }
                int newlyMet = 0;
                for (Requirement req : resource(d).requires()) {
                    if (req.options().contains(id) && !metWithout(req, finished, id)) {
                        newlyMet++;
                    }
                }
                if (newlyMet > 0) {
                    unmet.put(d, n - newlyMet);
                    if (n - newlyMet == 0) {
                        ready.add(queued(d, levels, targets, progress, unmet));
                    }
                }
            }
        }
        return out;
    }

    /** True when the requirement was already met before {@code id} was finished. */
    private static boolean metWithout(Requirement req, Set<String> finished, String id) {
        for (String o : req.options()) {
            if (!o.equals(id) && finished.contains(o)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The same measure as {@link #next}: gap closed plus a share of the gap closed by the planned
     * resources it is the last missing requirement of, per hour.
     */
    private Queued queued(String id, Map<String, Integer> levels, Map<String, Integer> targets,
                          LearnerProgress progress, Map<String, Integer> unmet) {
        Resource r = resource(id);
        double value = gain(r, levels, targets);
        for (String d : graph.dependents(id)) {
            Integer n = unmet.get(d);
            if (n != null && n == 1) {
                value += UNLOCK_SHARE * gain(resource(d), levels, targets);
            }
        }
        double score = round(value / Math.max(MIN_HOURS, remainingHours(r, progress)));
        return new Queued(id, score, progress.statusOf(id) == Status.IN_PROGRESS, r.cost().ordinal(), order(id));
    }

    private List<PlannedItem> schedule(List<String> ordered, LearnerProgress progress, double weeklyHours,
                                       LocalDate today, Map<String, Integer> targets) {
        Map<String, Integer> levels = SkillProfile.of(curriculum, progress).mutableCopy();
        List<PlannedItem> items = new ArrayList<>(ordered.size());
        double cumulative = 0;
        for (String id : ordered) {
            Resource r = byIndex[catalogIndex.get(id)];
            double remaining = remainingHours(r, progress);
            LocalDate start = dateAfter(today, cumulative, weeklyHours);
            cumulative += remaining;
            LocalDate end = dateAfter(today, cumulative, weeklyHours);
            int week = (int) Math.max(0, Math.ceil(cumulative / weeklyHours - 1e-9) - 1);
            List<String> closes = List.of();
            for (SkillLevel t : r.teaches()) {
                int target = targets.getOrDefault(t.skill(), 0);
                if (Math.min(t.level(), target) > levels.getOrDefault(t.skill(), 0)) {
                    if (closes.isEmpty()) {
                        closes = new ArrayList<>(r.teaches().size());
                    }
                    closes.add(t.skill());
                }
            }
            SkillProfile.raise(levels, r);
            items.add(new PlannedItem(id, r.title(), r.hours(), remaining, week, start, end, closes));
        }
        return items;
    }

    /** The day on which {@code hours} of work are done at {@code perWeek} hours a week, starting today. */
    static LocalDate dateAfter(LocalDate today, double hours, double perWeek) {
        long days = (long) Math.ceil(hours / perWeek * 7 - 1e-9);
        return today.plusDays(Math.max(0, days));
    }

    /**
     * The learner's actual pace over the last four weeks: hours logged, or the estimated hours of
     * what they finished, whichever is larger; over the weeks since their first activity when that
     * is less than four.
     */
    Optional<Double> pace(LearnerProgress progress, LocalDate today) {
        Instant end = today.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant start = end.minus(PACE_WINDOW_DAYS, ChronoUnit.DAYS);
        Instant first = null;
        double logged = 0;
        for (HoursEntry h : progress.hoursLog()) {
            first = first == null || h.at().isBefore(first) ? h.at() : first;
            if (!h.at().isBefore(start) && h.at().isBefore(end)) {
                logged += h.hours();
            }
        }
        double finishedHours = 0;
        Set<String> counted = new HashSet<>();
        for (StatusChange c : progress.history()) {
            first = first == null || c.at().isBefore(first) ? c.at() : first;
            if (c.status() == Status.DONE && !c.at().isBefore(start) && c.at().isBefore(end) && counted.add(c.resourceId())) {
                finishedHours += curriculum.resource(c.resourceId()).map(Resource::hours).orElse(0.0);
            }
        }
        double hours = Math.max(logged, finishedHours);
        if (first == null || hours <= 0) {
            return Optional.empty();
        }
        double days = Math.min(PACE_WINDOW_DAYS, Math.max(7, ChronoUnit.DAYS.between(first.atZone(ZoneOffset.UTC)
                .toLocalDate(), today) + 1));
        return Optional.of(hours / (days / 7.0));
    }

    // ------------------------------------------------------------------ projects

    public ProjectAdvice projects(LearnerProgress progress, Role role) {
        SkillProfile profile = SkillProfile.of(curriculum, progress);
        Map<String, Integer> roleTargets = targets(role);
        Set<String> finished = SkillProfile.finished(curriculum, progress);
        Set<String> covered = new LinkedHashSet<>();
        for (Project p : curriculum.projects()) {
            ProjectStatus st = statusOf(p, progress);
            if (st != ProjectStatus.NOT_STARTED) {
                covered.addAll(p.lifecycle());
            }
        }
        List<ProjectFit> fits = new ArrayList<>();
        for (Project p : curriculum.projects()) {
            List<SkillLevel> missing = new ArrayList<>();
            Map<String, Integer> need = new HashMap<>();
            for (SkillLevel req : p.requires()) {
                if (profile.level(req.skill()) < req.level()) {
                    missing.add(req);
                    need.put(req.skill(), req.level());
                }
            }
            double readiness = p.requires().isEmpty() ? 1.0
                    : (double) (p.requires().size() - missing.size()) / p.requires().size();
            List<String> resources = List.of();
            double hours = 0;
            if (!missing.isEmpty()) {
                Selection s = select(progress, need, finished);
                resources = order(s.chosen(), progress, need, finished);
                for (String id : resources) {
                    hours += remainingHours(resource(id), progress);
                }
            }
            List<String> shows = new ArrayList<>();
            double value = 0;
            for (String skill : p.demonstrates()) {
                int gap = Math.max(0, roleTargets.getOrDefault(skill, 0) - profile.level(skill));
                if (gap > 0) {
                    shows.add(skill);
                }
                value += weight(skill) * Math.max(gap, roleTargets.getOrDefault(skill, 0) > 0 ? 1 : 0);
            }
            long newStages = p.lifecycle().stream().filter(LIFECYCLE_CORE::contains).filter(x -> !covered.contains(x))
                    .count();
            value += 2.0 * newStages;
            fits.add(new ProjectFit(p.id(), p.title(), statusOf(p, progress), readiness, missing, resources, hours,
                    shows, value, p.lifecycle()));
        }
        List<String> missingStages = LIFECYCLE_CORE.stream().filter(x -> !covered.contains(x)).toList();
        Optional<ProjectFit> pick = fits.stream().filter(f -> f.status() != ProjectStatus.DONE)
                .min(Comparator.comparing((ProjectFit f) -> f.status() != ProjectStatus.IN_PROGRESS)
                        .thenComparing(f -> !f.ready())
                        .thenComparing(f -> -round(f.value() / (1 + f.missingHours() / HOURS_PER_READINESS_STEP)))
                        .thenComparing(f -> curriculum.projects().indexOf(curriculum.project(f.projectId()).orElseThrow())));
        String reason;
        if (pick.isEmpty()) {
            reason = curriculum.projects().isEmpty() ? "This curriculum has no portfolio projects."
                    : "You have finished every portfolio project of this curriculum.";
        } else {
            ProjectFit f = pick.get();
            List<String> parts = new ArrayList<>();
            if (f.status() == ProjectStatus.IN_PROGRESS) {
                parts.add("You started it");
            }
            parts.add(f.ready() ? "You are ready for it" : "Nearly ready: " + String.join(", ", f.missingResources()
                    .stream().map(id -> resource(id).title()).toList()) + " (~" + formatHours(f.missingHours())
                    + " h) would make it ready");
            List<String> newStages = f.lifecycle().stream().filter(missingStages::contains).toList();
            if (!newStages.isEmpty()) {
                parts.add("it shows " + String.join(", ", newStages) + ", which your projects do not show yet");
            }
            reason = String.join("; ", parts) + ".";
        }
        return new ProjectAdvice(fits, pick.map(ProjectFit::projectId), reason, List.copyOf(covered), missingStages);
    }

    private static ProjectStatus statusOf(Project p, LearnerProgress progress) {
        ProjectProgress pp = progress.projects().get(p.id());
        return pp == null ? ProjectStatus.NOT_STARTED : pp.status();
    }

    // ------------------------------------------------------------------ career

    public CareerReadiness career(LearnerProgress progress, Role role) {
        SkillProfile profile = SkillProfile.of(curriculum, progress);
        Set<String> finished = SkillProfile.finished(curriculum, progress);
        Map<InterviewFocus, Set<String>> skills = new LinkedHashMap<>();
        Map<InterviewFocus, Set<String>> prep = new LinkedHashMap<>();
        for (InterviewFocus f : List.of(InterviewFocus.CODING, InterviewFocus.ML_FUNDAMENTALS,
                InterviewFocus.SYSTEM_DESIGN, InterviewFocus.BEHAVIORAL)) {
            skills.put(f, new LinkedHashSet<>());
            prep.put(f, new LinkedHashSet<>());
        }
        List<InterviewStage> all = new ArrayList<>();
        for (InterviewStage s : curriculum.career().interview()) {
            all.add(s);
            all.addAll(s.rounds());
        }
        for (InterviewStage s : all) {
            if (!s.rounds().isEmpty()) {
                continue; // A loop is measured by its rounds.
            }
            for (InterviewFocus f : s.focus()) {
                if (skills.containsKey(f)) {
                    skills.get(f).addAll(s.skills());
                    prep.get(f).addAll(s.prep());
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
                    sum += Math.min(1.0, profile.level(skill) / (double) target);
                    n++;
                }
            }
            int done = (int) prep.get(f).stream().filter(finished::contains).count();
            if (n > 0 || !prep.get(f).isEmpty()) {
                areas.add(new CareerReadiness.Area(f, n == 0 ? 0 : sum / n, List.copyOf(skills.get(f)), done,
                        prep.get(f).size()));
            }
        }
        Optional<String> imbalance = Optional.empty();
        if (areas.size() >= 2) {
            CareerReadiness.Area hi = areas.stream().max(Comparator.comparingDouble(CareerReadiness.Area::readiness))
                    .orElseThrow();
            CareerReadiness.Area lo = areas.stream().min(Comparator.comparingDouble(CareerReadiness.Area::readiness))
                    .orElseThrow();
            if (hi.readiness() - lo.readiness() >= 0.34) {
                imbalance = Optional.of(String.format(Locale.ROOT, "Your preparation is uneven: %s %d%% but %s %d%%. "
                        + "Companies reject ML-knowledgeable candidates who can't write clean code or design scalable "
                        + "systems; balance coding, ML fundamentals and system design.", hi.focus().label(),
                        Math.round(hi.readiness() * 100), lo.focus().label(), Math.round(lo.readiness() * 100)));
            }
        }
        return new CareerReadiness(areas, imbalance);
    }
}
