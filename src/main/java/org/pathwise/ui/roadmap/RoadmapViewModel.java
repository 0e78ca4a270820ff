package org.pathwise.ui.roadmap;

import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;


import org.pathwise.graph.PrerequisiteGraph;
import org.pathwise.model.Priority;
import org.pathwise.model.Resource;
import org.pathwise.model.Status;
import org.pathwise.planner.PlannedItem;
import org.pathwise.planner.ReasonFormatter;
import org.pathwise.ui.common.AppState;
import org.pathwise.ui.common.ScreenModel;
import org.pathwise.ui.common.Format;

/**
 * The roadmap as data: "my path" (the plan by stage, you are here, each step's status, hours and
 * finish, the projects as milestones), the coming weeks, and the full prerequisite graph laid out
 * in layers with what any node needs and unlocks.
 */
public final class RoadmapViewModel extends ScreenModel<RoadmapViewModel.Screen> {
    private static final DateTimeFormatter DATE = Format.DATE;
    /** How many weeks the coming-weeks list shows before it sums up the rest. */
    public static final int WEEKS_SHOWN = 12;

    /** A line of "my path": a stage heading (id null) or a step. */
    public record PathLine(String id, String text, Status status, boolean project, boolean heading) {
    }

    /** A week of the coming weeks, with the steps that start in it. */
    public record Week(String label, List<PathLine> steps) {
    }

    /** What the path and the weeks show. */
    public record Screen(String here, List<PathLine> path, String weeksHeading, List<Week> weeks, String more,
                         Map<String, Status> status, Set<String> planned) {
    }

    /** A node of the full graph: where it sits and what it says. */
    public record Node(String id, String title, boolean essential, double x, double y, String tooltip) {
    }

    /** The full graph's layout: nodes and their prerequisite edges (from → to). */
    public record Graph(List<Node> nodes, List<String[]> edges) {
    }

    /** What a node needs (all the way down), what it unlocks (all the way up), and the edges between them. */
    public record Highlight(String id, Set<String> needs, Set<String> unlocks, Set<String> edges) {
        public static String edge(String from, String to) {
            return from + ">" + to;
        }
    }

    static final double COLUMN = 250;
    static final double ROW = 70;

    private final Runnable openCatalog;
    private Graph graph;

    public RoadmapViewModel(AppState state, Runnable openCatalog) {
        super(state);
        this.openCatalog = openCatalog;
        follow();
    }

    /** Shows a resource in the catalog, with its details and notes. */
    public void open(String resourceId) {
        if (state.curriculum().resource(resourceId).isPresent()) {
            state.selectedResourceProperty().set(resourceId);
            openCatalog.run();
        }
    }

    /** The full graph, laid out once: a resource one column right of its deepest prerequisite. */
    public Graph graph() {
        if (graph == null) {
            graph = layout();
        }
        return graph;
    }

    public Highlight highlight(String id) {
        PrerequisiteGraph g = state.loaded().graph();
        Set<String> needs = new HashSet<>();
        Set<String> edges = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(id));
        while (!todo.isEmpty()) {
            String at = todo.poll();
            for (String p : g.prerequisites(at)) {
                edges.add(Highlight.edge(p, at));
                if (needs.add(p)) {
                    todo.add(p);
                }
            }
        }
        Set<String> unlocks = g.allDependents(id);
        for (String d : unlocks) {
            for (String p : g.prerequisites(d)) {
                if (p.equals(id) || unlocks.contains(p)) {
                    edges.add(Highlight.edge(p, d));
                }
            }
        }
        return new Highlight(id, needs, unlocks, edges);
    }

    private Graph layout() {
        PrerequisiteGraph g = state.loaded().graph();
        Map<String, Integer> layer = new HashMap<>();
        for (String id : g.readinessOrder()) {
            int l = 0;
            for (String p : g.prerequisites(id)) {
                Integer before = layer.get(p); // An option on the far side of an any-of cycle is not placed yet.
                if (before != null) {
                    l = Math.max(l, before + 1);
                }
            }
            layer.put(id, l);
        }
        Map<Integer, Integer> rows = new HashMap<>();
        List<Node> nodes = new ArrayList<>();
        List<String[]> edges = new ArrayList<>();
        for (Resource r : state.curriculum().resources()) {
            int column = layer.getOrDefault(r.id(), 0);
            int row = rows.merge(column, 1, Integer::sum) - 1;
            boolean essential = r.teaches().stream().map(t -> t.skill()).anyMatch(s -> state.curriculum().skill(s)
                    .map(x -> x.priority() == Priority.ESSENTIAL).orElse(false));
            nodes.add(new Node(r.id(), r.title(), essential, 20 + column * COLUMN, 20 + row * ROW, r.title() + "\n"
                    + r.provider() + " · ~" + ReasonFormatter.hoursRange(r.hoursMin(), r.hoursMax()) + " h"));
            for (String p : g.prerequisites(r.id())) {
                edges.add(new String[] {p, r.id()});
            }
        }
        return new Graph(nodes, edges);
    }

    @Override
    protected Screen screen(AppState.View v) {
        var roadmap = v.roadmap();
        List<PlannedItem> items = roadmap.items();
        Map<String, Status> status = new HashMap<>();
        for (Resource r : state.curriculum().resources()) {
            status.put(r.id(), v.progress().statusOf(r.id()));
        }
        Set<String> planned = new HashSet<>();
        items.forEach(i -> planned.add(i.resourceId()));
        String summary = ReasonFormatter.hoursRange(roadmap.totalMin(), roadmap.totalMax()) + " h, "
                + roadmap.projectCount() + " portfolio projects";
        String here = items.isEmpty() ? "Nothing left to plan: every target this curriculum can reach is met."
                : "You are here ↓ — " + ReasonFormatter.hoursRange(roadmap.totalMin(), roadmap.totalMax()) + " h to go, "
                + roadmap.projectCount() + " portfolio projects, finishing "
                + ReasonFormatter.monthRange(roadmap.earliest(), roadmap.latest());
        Map<String, String> stageNames = new LinkedHashMap<>();
        state.curriculum().info().stages().forEach(s -> stageNames.put(s.id(), s.name()));
        List<PathLine> path = new ArrayList<>();
        String stage = null;
        for (int n = 0; n < items.size(); n++) {
            PlannedItem i = items.get(n);
            if (!i.stage().equals(stage)) {
                stage = i.stage();
                double min = 0;
                double max = 0;
                for (int k = n; k < items.size() && items.get(k).stage().equals(stage); k++) {
                    min += items.get(k).remainingMin(); // This run of the stage: work started early comes first.
                    max += items.get(k).remainingMax();
                }
                path.add(new PathLine(null, stageNames.getOrDefault(stage, "Other") + " · ~"
                        + ReasonFormatter.hoursRange(min, max) + " h", Status.NOT_STARTED, false, true));
            }
            path.add(new PathLine(i.id(), (i.project() ? "◆ Project: " : "") + i.title() + " · ~"
                    + ReasonFormatter.hoursRange(i.remainingMin(), i.remainingMax()) + " h · by " + DATE.format(i.finish()),
                    statusOf(v, i), i.project(), false));
        }
        // Each step under the week it starts in, so the list runs week by week without jumps.
        Map<Integer, List<PlannedItem>> byWeek = new TreeMap<>();
        for (PlannedItem i : items) {
            int week = (int) (ChronoUnit.DAYS.between(roadmap.today(), i.start()) / 7);
            byWeek.computeIfAbsent(week, k -> new ArrayList<>()).add(i);
        }
        List<Week> weeks = new ArrayList<>();
        for (var w : byWeek.entrySet()) {
            if (weeks.size() == WEEKS_SHOWN) {
                break;
            }
            List<PathLine> steps = w.getValue().stream().map(i -> new PathLine(i.id(), (i.project() ? "Project: " : "")
                    + i.title() + " — finishes " + DATE.format(i.finish()) + " (" + ReasonFormatter.hoursRange(
                    i.remainingMin(), i.remainingMax()) + " h)", statusOf(v, i), i.project(), false)).toList();
            weeks.add(new Week(w.getKey() == 0 ? "This week" : "Week " + (w.getKey() + 1) + "\n"
                    + DATE.format(roadmap.today().plusWeeks(w.getKey())), steps));
        }
        String more = byWeek.size() <= WEEKS_SHOWN ? "" : "… and " + (byWeek.size() - WEEKS_SHOWN)
                + " more weeks with a new step; the plan (" + summary + ") finishes "
                + ReasonFormatter.monthRange(roadmap.earliest(), roadmap.latest()) + ".";
        return new Screen(here, path, "The coming weeks at " + Format.hours(v.weeklyHours()) + " h a week", weeks, more,
                status, planned);
    }

    /** A step's status; a project in progress shows as started, like a resource. */
    private static Status statusOf(AppState.View v, PlannedItem i) {
        if (!i.project()) {
            return v.progress().statusOf(i.id());
        }
        var pp = v.progress().projects().get(i.id());
        return pp != null && pp.status() == org.pathwise.model.ProjectStatus.IN_PROGRESS ? Status.IN_PROGRESS
                : Status.NOT_STARTED;
    }

    /** The status of a resource as the screen stands. */
    public Optional<Status> status(String id) {
        return Optional.ofNullable(screen()).map(s -> s.status().get(id));
    }
}
