package org.pathwise.ui.roadmap;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

import org.pathwise.model.Status;
import org.pathwise.ui.common.Icons;

/**
 * The prerequisite graph, drawn in layers from left to right (a resource one column right of its
 * deepest prerequisite), with status by icon and colour, Essential items marked, zoom and pan; and
 * the timeline of the coming weeks.
 */
public final class RoadmapView extends SplitPane {
    static final double NODE_WIDTH = 220;

    private final RoadmapViewModel model;
    private final Pane canvas = new Pane();
    private final Group zoomGroup = new Group(canvas);
    private final ScrollPane scroller = new ScrollPane(zoomGroup);
    private final VBox timeline = new VBox(10);
    private final Map<String, Label> nodes = new HashMap<>();
    /** "My path": the plan by stage, projects as milestones; the default, before the full graph. */
    private final VBox path = new VBox(8);
    private ScrollPane pathScroll;
    private Button fitButton;

    public RoadmapView(RoadmapViewModel model) {
        this.model = model;
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
        HBox statuses = new HBox(10);
        statuses.setAlignment(Pos.CENTER_LEFT);
        for (Status s : Status.values()) {
            Label l = new Label(s.label(), Icons.status(s));
            l.setMinWidth(Label.USE_PREF_SIZE); // The status names are never cut; the long hint wraps below them.
            statuses.getChildren().add(l);
        }
        VBox legend = new VBox(4, statuses);
        Label more = new Label("★ Essential · bold border: on your plan · hover or Tab to a node: amber what it needs, "
                + "green what it opens · drag to pan · Ctrl+wheel to zoom · click or Enter for details");
        more.setWrapText(true);
        more.setMinHeight(Label.USE_PREF_SIZE); // Wraps to a second line at 1024 px rather than "drag to pa…".
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
        pathScroll = new ScrollPane(path);
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
                if (model.screen() != null) {
                    updateNodes(model.screen());
                }
            }
        });
        org.pathwise.ui.common.Shown.follow(this, model.screenProperty(), this::update);
    }

    private final Map<String, CubicCurve> edges = new HashMap<>();
    private boolean graphBuilt;

    /** Marks a node's prerequisites (all the way down) and what it unlocks (all the way up); null clears. */
    private void highlight(String id) {
        nodes.values().forEach(n -> n.getStyleClass().removeAll("node-needs", "node-unlocks", "node-focus"));
        edges.values().forEach(c -> c.getStyleClass().remove("edge-highlight"));
        if (id == null) {
            return;
        }
        RoadmapViewModel.Highlight h = model.highlight(id);
        h.edges().forEach(e -> Optional.ofNullable(edges.get(e)).ifPresent(c -> c.getStyleClass().add("edge-highlight")));
        h.needs().forEach(n -> Optional.ofNullable(nodes.get(n)).ifPresent(l -> l.getStyleClass().add("node-needs")));
        h.unlocks().forEach(n -> Optional.ofNullable(nodes.get(n)).ifPresent(l -> l.getStyleClass().add("node-unlocks")));
        Optional.ofNullable(nodes.get(id)).ifPresent(l -> l.getStyleClass().add("node-focus"));
    }

    private void zoom(double factor) {
        double s = Math.max(0.3, Math.min(2.5, canvas.getScaleX() * factor));
        canvas.setScaleX(s);
        canvas.setScaleY(s);
        fitButton.setText(Math.round(s * 100) + "%");
    }

    /** The plan by stage: "you are here" at the top, each step with its status, hours and finish, projects as milestones. */
    private void drawPath(RoadmapViewModel.Screen v) {
        path.getChildren().clear();
        Label here = new Label(v.here());
        here.setId("roadmap-here");
        here.getStyleClass().add("card-subtitle");
        here.setWrapText(true);
        path.getChildren().add(here);
        for (RoadmapViewModel.PathLine line : v.path()) {
            if (line.heading()) {
                Label heading = new Label(line.text());
                heading.getStyleClass().add("title-4");
                path.getChildren().add(heading);
                continue;
            }
            Label step = new Label(line.text(), Icons.status(line.status()));
            step.setId("path-" + line.id());
            step.setWrapText(true);
            if (line.project()) {
                step.getStyleClass().add("card-subtitle");
            } else {
                step.getStyleClass().add("path-step");
                step.setFocusTraversable(true);
                step.setAccessibleText(line.text() + ", " + line.status().label() + "; Enter shows it in the catalog");
                opens(step, line.id());
            }
            path.getChildren().add(step);
        }
    }

    /** A click or Enter on the label shows the resource in the catalog; on my path, Up and Down go from step to step. */
    private void opens(Label label, String id) {
        label.setOnMouseClicked(e -> model.open(id));
        label.setOnKeyPressed(e -> {
            switch (e.getCode()) {
                case ENTER, SPACE -> model.open(id);
                case DOWN, UP -> {
                    if (label.getParent() != path) {
                        return;
                    }
                    List<javafx.scene.Node> steps = path.getChildren().stream().filter(javafx.scene.Node::isFocusTraversable)
                            .toList();
                    int at = steps.indexOf(label) + (e.getCode() == javafx.scene.input.KeyCode.DOWN ? 1 : -1);
                    if (at >= 0 && at < steps.size()) {
                        steps.get(at).requestFocus();
                        scrollIntoView(steps.get(at));
                    }
                }
                default -> {
                    return;
                }
            }
            e.consume();
        });
    }

    /** Scrolls my path so that a step the keyboard moved to is in sight. */
    private void scrollIntoView(javafx.scene.Node step) {
        ScrollPane scroll = pathScroll;
        double contentHeight = path.getHeight() - scroll.getViewportBounds().getHeight();
        if (contentHeight <= 0) {
            return;
        }
        double y = step.getBoundsInParent().getMinY();
        double top = scroll.getVvalue() * contentHeight;
        double bottom = top + scroll.getViewportBounds().getHeight();
        if (y < top || y + step.getBoundsInParent().getHeight() > bottom) {
            scroll.setVvalue(Math.max(0, Math.min(1, (y - scroll.getViewportBounds().getHeight() / 3) / contentHeight)));
        }
    }

    private void layoutGraph() {
        RoadmapViewModel.Graph g = model.graph();
        Map<String, RoadmapViewModel.Node> at = new HashMap<>();
        g.nodes().forEach(n -> at.put(n.id(), n));
        for (String[] e : g.edges()) {
            RoadmapViewModel.Node from = at.get(e[0]);
            RoadmapViewModel.Node to = at.get(e[1]);
            CubicCurve c = new CubicCurve(from.x() + NODE_WIDTH, from.y() + 16, from.x() + NODE_WIDTH + 20, from.y() + 16,
                    to.x() - 20, to.y() + 16, to.x(), to.y() + 16);
            c.getStyleClass().add("roadmap-edge");
            edges.put(RoadmapViewModel.Highlight.edge(e[0], e[1]), c);
            canvas.getChildren().add(c);
        }
        // Added column by column, top to bottom: Tab walks the graph the way it reads, left to right.
        List<RoadmapViewModel.Node> inOrder = new java.util.ArrayList<>(g.nodes());
        inOrder.sort(java.util.Comparator.comparingDouble(RoadmapViewModel.Node::x)
                .thenComparingDouble(RoadmapViewModel.Node::y));
        for (RoadmapViewModel.Node n : inOrder) {
            Label node = new Label((n.essential() ? "★ " : "") + n.title());
            node.setId("node-" + n.id());
            node.getStyleClass().add("roadmap-node");
            node.setPrefWidth(NODE_WIDTH);
            node.setMaxWidth(NODE_WIDTH);
            node.setWrapText(true); // Up to three lines rather than "Practical Deep Le…".
            node.setPrefHeight(RoadmapViewModel.ROW - 8); // Room for three lines inside a bold border.
            node.setMaxHeight(RoadmapViewModel.ROW - 8);
            node.setFocusTraversable(true);
            node.setAccessibleText(n.title());
            // Hovering or focusing a node shows what it needs and what it opens the way to.
            node.setOnMouseEntered(e -> highlight(n.id()));
            node.setOnMouseExited(e -> highlight(null));
            node.focusedProperty().addListener((o, was, is) -> highlight(is ? n.id() : null));
            opens(node, n.id());
            node.setLayoutX(n.x());
            node.setLayoutY(n.y());
            node.setTooltip(new Tooltip(n.tooltip()));
            nodes.put(n.id(), node);
            canvas.getChildren().add(node);
        }
    }

    private void update(RoadmapViewModel.Screen v) {
        drawPath(v);
        if (graphBuilt) {
            updateNodes(v);
        }
        drawWeeks(v);
    }

    private void updateNodes(RoadmapViewModel.Screen v) {
        for (var e : nodes.entrySet()) {
            Status s = v.status().getOrDefault(e.getKey(), Status.NOT_STARTED);
            Label n = e.getValue();
            n.setGraphic(Icons.status(s));
            n.getStyleClass().removeIf(c -> c.startsWith("node-status-") || c.equals("node-planned"));
            n.getStyleClass().add("node-status-" + s.key());
            if (v.planned().contains(e.getKey())) {
                n.getStyleClass().add("node-planned");
            }
            n.setAccessibleText(n.getText() + ", " + s.label() + (v.planned().contains(e.getKey()) ? ", on your plan" : ""));
        }
    }

    private void drawWeeks(RoadmapViewModel.Screen v) {
        timeline.getChildren().clear();
        Label heading = new Label(v.weeksHeading());
        heading.getStyleClass().add("title-4");
        timeline.getChildren().add(heading);
        for (RoadmapViewModel.Week w : v.weeks()) {
            VBox items = new VBox(2);
            for (RoadmapViewModel.PathLine i : w.steps()) {
                Label l = new Label(i.text(), Icons.status(i.status()));
                l.setWrapText(true);
                if (i.project()) {
                    l.getStyleClass().add("card-subtitle");
                }
                items.getChildren().add(l);
            }
            Label week = new Label(w.label());
            week.setMinHeight(Label.USE_PREF_SIZE);
            week.setMinWidth(110);
            week.getStyleClass().add("card-subtitle");
            timeline.getChildren().add(new HBox(12, week, items));
        }
        if (!v.more().isEmpty()) {
            Label more = new Label(v.more());
            more.setWrapText(true);
            timeline.getChildren().add(more);
        }
        if (v.weeks().isEmpty()) {
            timeline.getChildren().add(new Label(v.here()));
        }
    }
}
