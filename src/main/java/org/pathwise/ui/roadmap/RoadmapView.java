package org.pathwise.ui.roadmap;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.CubicCurve;

import org.pathwise.model.LearnerProgress;
import org.pathwise.model.Priority;
import org.pathwise.model.Resource;
import org.pathwise.model.SkillLevel;
import org.pathwise.model.Status;
import org.pathwise.planner.PlannedItem;
import org.pathwise.ui.common.AppState;
import org.pathwise.ui.common.Format;
import org.pathwise.ui.common.Icons;

/**
 * The prerequisite graph, drawn in layers from left to right (a resource one column right of its
 * deepest prerequisite), with status by icon and colour, Essential items marked, zoom and pan; and
 * the timeline of the coming weeks.
 */
public final class RoadmapView extends SplitPane {
    static final double COLUMN = 250;
    static final double ROW = 46;
    static final double NODE_WIDTH = 220;

    private final AppState state;
    private final Pane canvas = new Pane();
    private final Group zoomGroup = new Group(canvas);
    private final ScrollPane scroller = new ScrollPane(zoomGroup);
    private final VBox timeline = new VBox(10);
    private final Map<String, Label> nodes = new HashMap<>();
    private final Runnable openCatalog;
    /** "My path": the plan by stage, projects as milestones; the default, before the full graph. */
    private final VBox path = new VBox(8);
    private Button fitButton;

    public RoadmapView(AppState state, Runnable openCatalog) {
        this.state = state;
        this.openCatalog = openCatalog;
        setId("view-roadmap");
        setOrientation(Orientation.VERTICAL);
        canvas.setId("roadmap-graph");
        scroller.setPannable(true);
        scroller.setId("roadmap-scroller");
        Button zoomIn = new Button("+");
        zoomIn.setId("roadmap-zoom-in");
        zoomIn.setAccessibleText("Zoom in");
        Button zoomOut = new Button("−");
        zoomOut.setId("roadmap-zoom-out");
        zoomOut.setAccessibleText("Zoom out");
        Button fit = new Button("100%");
        fitButton = fit;
        fit.setId("roadmap-zoom");
        fit.setTooltip(new javafx.scene.control.Tooltip("The zoom; click for 100%"));
        zoomIn.setOnAction(e -> zoom(1.25));
        zoomOut.setOnAction(e -> zoom(0.8));
        fit.setOnAction(e -> {
            canvas.setScaleX(1);
            canvas.setScaleY(1);
            fit.setText("100%");
        });
        scroller.addEventFilter(javafx.scene.input.ScrollEvent.SCROLL, e -> {
            if (e.isControlDown()) {
                zoom(e.getDeltaY() > 0 ? 1.1 : 0.9);
                e.consume();
            }
        });
        Label title = new Label("Roadmap");
        title.getStyleClass().add("title-2");
        title.setMinWidth(Label.USE_PREF_SIZE);
        fit.setMinWidth(Button.USE_PREF_SIZE);
        HBox legend = new HBox(10);
        legend.setAlignment(Pos.CENTER_LEFT);
        for (Status s : Status.values()) {
            legend.getChildren().add(new Label(s.label(), Icons.status(s)));
        }
        Label more = new Label("★ Essential · bold border: on your plan · hover or Tab to a node: amber what it needs, "
                + "green what it opens · drag to pan · Ctrl+wheel to zoom · click or Enter for details");
        more.setWrapText(true);
        more.getStyleClass().add("muted");
        legend.getChildren().add(more);
        javafx.scene.control.ToggleGroup mode = new javafx.scene.control.ToggleGroup();
        javafx.scene.control.ToggleButton mine = new javafx.scene.control.ToggleButton("My path");
        mine.setId("roadmap-mode-path");
        javafx.scene.control.ToggleButton all = new javafx.scene.control.ToggleButton("All prerequisites");
        all.setId("roadmap-mode-graph");
        mine.setToggleGroup(mode);
        all.setToggleGroup(mode);
        mine.setSelected(true);
        HBox zoomBar = new HBox(8, zoomOut, fit, zoomIn);
        HBox bar = new HBox(8, title, mine, all, zoomBar);
        bar.setAlignment(Pos.CENTER_LEFT);
        ScrollPane pathScroll = new ScrollPane(path);
        pathScroll.setFitToWidth(true);
        pathScroll.setId("roadmap-path-scroll");
        path.setId("roadmap-path");
        path.setPadding(new Insets(4, 8, 8, 4));
        VBox graphPane = new VBox(8, legend, scroller);
        VBox.setVgrow(scroller, javafx.scene.layout.Priority.ALWAYS);
        javafx.scene.layout.StackPane modes = new javafx.scene.layout.StackPane(pathScroll, graphPane);
        graphPane.visibleProperty().bind(all.selectedProperty());
        zoomBar.visibleProperty().bind(all.selectedProperty());
        pathScroll.visibleProperty().bind(mine.selectedProperty());
        mode.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null && a != null) {
                a.setSelected(true);
            }
        });
        VBox graphBox = new VBox(8, bar, modes);
        graphBox.setPadding(new Insets(16, 16, 8, 16));
        VBox.setVgrow(modes, javafx.scene.layout.Priority.ALWAYS);
        ScrollPane timeScroll = new ScrollPane(timeline);
        timeScroll.setFitToWidth(true);
        timeline.setId("roadmap-timeline");
        timeline.setPadding(new Insets(8, 16, 16, 16));
        getItems().addAll(graphBox, timeScroll);
        setDividerPositions(0.62);
        // The full graph is built on its first showing: "My path" is what most visits need, and fast.
        all.selectedProperty().addListener((o, was, is) -> {
            if (is && !graphBuilt) {
                graphBuilt = true;
                layoutGraph();
                if (state.current() != null) {
                    updateNodes(state.current());
                }
            }
        });
        state.viewProperty().addListener((o, a, v) -> update(v));
        if (state.current() != null) {
            update(state.current());
        }
    }

    private final Map<String, CubicCurve> edges = new HashMap<>();

    /** Marks a node's prerequisites (all the way down) and what it unlocks (all the way up); null clears. */
    private void highlight(String id) {
        nodes.values().forEach(n -> n.getStyleClass().removeAll("node-needs", "node-unlocks", "node-focus"));
        edges.values().forEach(c -> c.getStyleClass().remove("edge-highlight"));
        if (id == null) {
            return;
        }
        var graph = state.loaded().graph();
        java.util.Set<String> needs = new java.util.HashSet<>();
        java.util.Deque<String> todo = new java.util.ArrayDeque<>(List.of(id));
        while (!todo.isEmpty()) {
            String at = todo.poll();
            for (String p : graph.prerequisites(at)) {
                edges.getOrDefault(p + ">" + at, new CubicCurve()).getStyleClass().add("edge-highlight");
                if (needs.add(p)) {
                    todo.add(p);
                }
            }
        }
        java.util.Set<String> unlocks = graph.allDependents(id);
        for (String d : unlocks) {
            for (String p : graph.prerequisites(d)) {
                if (p.equals(id) || unlocks.contains(p)) {
                    edges.getOrDefault(p + ">" + d, new CubicCurve()).getStyleClass().add("edge-highlight");
                }
            }
        }
        needs.forEach(n -> Optional.ofNullable(nodes.get(n)).ifPresent(l -> l.getStyleClass().add("node-needs")));
        unlocks.forEach(n -> Optional.ofNullable(nodes.get(n)).ifPresent(l -> l.getStyleClass().add("node-unlocks")));
        Optional.ofNullable(nodes.get(id)).ifPresent(l -> l.getStyleClass().add("node-focus"));
    }

    private void zoom(double factor) {
        double s = Math.max(0.3, Math.min(2.5, canvas.getScaleX() * factor));
        canvas.setScaleX(s);
        canvas.setScaleY(s);
        fitButton.setText(Math.round(s * 100) + "%");
    }

    /** The plan by stage: "you are here" at the top, each step with its status, hours and finish, projects as milestones. */
    private void drawPath(AppState.View v) {
        path.getChildren().clear();
        java.time.format.DateTimeFormatter f = java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
        if (v.roadmap().items().isEmpty()) {
            path.getChildren().add(new Label("Nothing left to plan: every target this curriculum can reach is met."));
            return;
        }
        Label here = new Label("You are here ↓ — " + org.pathwise.planner.ReasonFormatter.hoursRange(
                v.roadmap().totalMin(), v.roadmap().totalMax()) + " h to go, " + v.roadmap().projectCount()
                + " portfolio projects, finishing " + org.pathwise.planner.ReasonFormatter.monthRange(
                v.roadmap().earliest(), v.roadmap().latest()));
        here.setId("roadmap-here");
        here.getStyleClass().add("card-subtitle");
        here.setWrapText(true);
        path.getChildren().add(here);
        Map<String, String> stageNames = new HashMap<>();
        state.curriculum().info().stages().forEach(s -> stageNames.put(s.id(), s.name()));
        String stage = null;
        List<PlannedItem> items = v.roadmap().items();
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
                Label heading = new Label(stageNames.getOrDefault(stage, "Other") + " · ~"
                        + org.pathwise.planner.ReasonFormatter.hoursRange(min, max) + " h");
                heading.getStyleClass().add("title-4");
                path.getChildren().add(heading);
            }
            Status st = i.project() ? Status.NOT_STARTED : v.progress().statusOf(i.id());
            Label step = new Label((i.project() ? "◆ Project: " : "") + i.title() + " · ~"
                    + org.pathwise.planner.ReasonFormatter.hoursRange(i.remainingMin(), i.remainingMax())
                    + " h · by " + f.format(i.finish()), Icons.status(st));
            step.setId("path-" + i.id());
            step.setWrapText(true);
            step.setFocusTraversable(true);
            if (i.project()) {
                step.getStyleClass().add("card-subtitle");
            } else {
                step.setOnMouseClicked(e -> {
                    state.selectedResourceProperty().set(i.id());
                    openCatalog.run();
                });
                step.setOnKeyPressed(e -> {
                    if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                        state.selectedResourceProperty().set(i.id());
                        openCatalog.run();
                    }
                });
            }
            path.getChildren().add(step);
        }
    }

    /** The layer of each resource: one more than its deepest prerequisite. */
    private Map<String, Integer> layers() {
        Map<String, Integer> layer = new HashMap<>();
        for (String id : state.loaded().graph().readinessOrder()) {
            int l = 0;
            for (String p : state.loaded().graph().prerequisites(id)) {
                Integer before = layer.get(p); // An option on the far side of an any-of cycle is not placed yet.
                if (before != null) {
                    l = Math.max(l, before + 1);
                }
            }
            layer.put(id, l);
        }
        return layer;
    }

    private void layoutGraph() {
        Map<String, Integer> layer = layers();
        Map<Integer, List<String>> columns = new LinkedHashMap<>();
        for (Resource r : state.curriculum().resources()) {
            columns.computeIfAbsent(layer.get(r.id()), k -> new ArrayList<>()).add(r.id());
        }
        Map<String, double[]> at = new HashMap<>();
        for (var e : columns.entrySet()) {
            int row = 0;
            for (String id : e.getValue()) {
                at.put(id, new double[] {20 + e.getKey() * COLUMN, 20 + row++ * ROW});
            }
        }
        for (Resource r : state.curriculum().resources()) {
            for (String p : state.loaded().graph().prerequisites(r.id())) {
                double[] from = at.get(p);
                double[] to = at.get(r.id());
                CubicCurve c = new CubicCurve(from[0] + NODE_WIDTH, from[1] + 16, from[0] + NODE_WIDTH + 20, from[1] + 16,
                        to[0] - 20, to[1] + 16, to[0], to[1] + 16);
                c.getStyleClass().add("roadmap-edge");
                edges.put(p + ">" + r.id(), c);
                canvas.getChildren().add(c);
            }
        }
        for (Resource r : state.curriculum().resources()) {
            double[] p = at.get(r.id());
            boolean essential = r.teaches().stream().map(org.pathwise.model.Teaching::skill)
                    .anyMatch(s -> state.curriculum().skill(s).map(x -> x.priority() == Priority.ESSENTIAL).orElse(false));
            Label node = new Label((essential ? "★ " : "") + r.title());
            node.setId("node-" + r.id());
            node.getStyleClass().add("roadmap-node");
            node.setPrefWidth(NODE_WIDTH);
            node.setMaxWidth(NODE_WIDTH);
            node.setWrapText(true); // Two lines rather than "Practical Deep Le…".
            node.setPrefHeight(ROW - 6);
            node.setMaxHeight(ROW - 6);
            node.setFocusTraversable(true);
            node.setAccessibleText(r.title());
            // Hovering or focusing a node shows what it needs and what it opens the way to.
            node.setOnMouseEntered(e -> highlight(r.id()));
            node.setOnMouseExited(e -> highlight(null));
            node.focusedProperty().addListener((o, was, is) -> highlight(is ? r.id() : null));
            node.setOnKeyPressed(e -> {
                if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                    state.selectedResourceProperty().set(r.id());
                    openCatalog.run();
                }
            });
            node.setLayoutX(p[0]);
            node.setLayoutY(p[1]);
            node.setTooltip(new Tooltip(r.title() + "\n" + r.provider() + " · ~" + Math.round(r.hours()) + " h"));
            node.setOnMouseClicked(e -> {
                state.selectedResourceProperty().set(r.id());
                openCatalog.run();
            });
            nodes.put(r.id(), node);
            canvas.getChildren().add(node);
        }
    }

    private boolean graphBuilt;

    private void update(AppState.View v) {
        drawPath(v);
        if (graphBuilt) {
            updateNodes(v);
        }
        drawWeeks(v);
    }

    private void updateNodes(AppState.View v) {
        LearnerProgress p = v.progress();
        Set<String> planned = new java.util.HashSet<>();
        v.roadmap().items().forEach(i -> planned.add(i.resourceId()));
        for (var e : nodes.entrySet()) {
            Status s = p.statusOf(e.getKey());
            Label n = e.getValue();
            n.setGraphic(Icons.status(s));
            n.getStyleClass().removeIf(c -> c.startsWith("node-status-") || c.equals("node-planned"));
            n.getStyleClass().add("node-status-" + s.key());
            if (planned.contains(e.getKey())) {
                n.getStyleClass().add("node-planned");
            }
        }
    }

    private void drawWeeks(AppState.View v) {
        LearnerProgress p = v.progress();
        timeline.getChildren().clear();
        Label heading = new Label("The coming weeks at " + Format.hours(v.weeklyHours()) + " h a week");
        heading.getStyleClass().add("title-4");
        timeline.getChildren().add(heading);
        DateTimeFormatter f = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
        // Each step under the week it starts in, so the list runs week by week without jumps.
        Map<Integer, List<PlannedItem>> weeks = new java.util.TreeMap<>();
        for (PlannedItem i : v.roadmap().items()) {
            int startWeek = (int) (java.time.temporal.ChronoUnit.DAYS.between(v.roadmap().today(), i.start()) / 7);
            weeks.computeIfAbsent(startWeek, k -> new ArrayList<>()).add(i);
        }
        int shown = 0;
        for (var w : weeks.entrySet()) {
            if (shown++ == 12) {
                timeline.getChildren().add(new Label("… and " + (weeks.size() - 12) + " more weeks; the plan ("
                        + org.pathwise.planner.ReasonFormatter.hoursRange(v.roadmap().totalMin(),
                        v.roadmap().totalMax()) + " h, "
                        + v.roadmap().projectCount() + " portfolio projects) finishes "
                        + org.pathwise.planner.ReasonFormatter.monthRange(v.roadmap().earliest(), v.roadmap().latest())
                        + "."));
                break;
            }
            VBox items = new VBox(2);
            for (PlannedItem i : w.getValue()) {
                Label l = new Label((i.project() ? "Project: " : "") + i.title() + " — finishes " + f.format(i.finish())
                        + " (" + org.pathwise.planner.ReasonFormatter.hoursRange(i.remainingMin(), i.remainingMax())
                        + " h)", Icons.status(p.statusOf(i.resourceId())));
                l.setWrapText(true);
                if (i.project()) {
                    l.getStyleClass().add("card-subtitle");
                }
                items.getChildren().add(l);
            }
            Label week = new Label(w.getKey() == 0 ? "This week" : "Week " + (w.getKey() + 1) + "\n"
                    + f.format(v.roadmap().today().plusWeeks(w.getKey())));
            week.setMinHeight(Label.USE_PREF_SIZE);
            week.setMinWidth(110);
            week.getStyleClass().add("card-subtitle");
            timeline.getChildren().add(new HBox(12, week, items));
        }
        if (v.roadmap().items().isEmpty()) {
            timeline.getChildren().add(new Label("Nothing left to plan: every target this curriculum can reach is met."));
        }
    }

}
