package org.pathwise.ui.skills;

import java.util.HashMap;
import java.util.Map;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.controlsfx.control.Rating;
import org.pathwise.model.Level;
import org.pathwise.model.Role;
import org.pathwise.model.Skill;
import org.pathwise.planner.SkillGap;
import org.pathwise.progress.Settings;
import org.pathwise.ui.common.AppState;
import org.pathwise.ui.common.RoleBox;

/**
 * The skill-gap chart: per skill, the current level against the role's target, grouped and
 * coloured by priority (and labelled, so colour is never the only cue), with a self-rating.
 */
public final class SkillsView extends ScrollPane {
    static final double BAR_WIDTH = 240;

    private final AppState state;
    private final ComboBox<Role> role;
    private final Label summary = new Label();
    private final VBox chart = new VBox(14);
    private final Map<String, Rating> ratings = new HashMap<>();
    private final Map<String, Region> levelBars = new HashMap<>();
    private final Map<String, Region> targetMarks = new HashMap<>();
    private final Map<String, Label> values = new HashMap<>();
    private boolean updating;

    public SkillsView(AppState state) {
        this.state = state;
        setId("view-skills");
        setFitToWidth(true);
        role = RoleBox.create("skills-role", state.curriculum().roles());
        role.valueProperty().addListener((o, a, r) -> {
            if (!updating && r != null) {
                state.setTargetRole(r);
            }
        });
        summary.setId("skills-summary");
        chart.setId("skills-chart");
        Label heading = new Label("Skills");
        heading.getStyleClass().add("title-2");
        HBox top = new HBox(12, heading, new Label("Target role"), role, summary);
        top.setAlignment(Pos.CENTER_LEFT);
        Label legend = new Label("Filled: your level (the higher of your rating and what you finished) · Outline: "
                + "the role's target · Stars: your own rating, 0–3");
        legend.getStyleClass().add("muted");
        legend.setWrapText(true);
        overTime.setId("skills-over-time");
        overTime.setLegendVisible(false);
        overTime.setAnimated(false);
        overTime.setCreateSymbols(true);
        overTime.setPrefHeight(170);
        overTime.setMinHeight(170);
        overTime.setTitle("Target met, the last " + AppState.CHART_WEEKS + " weeks");
        overTimeY.setAutoRanging(false);
        overTimeY.setLowerBound(0);
        overTimeY.setUpperBound(100);
        overTimeY.setTickUnit(25);
        overTimeY.setLabel("%");
        VBox layout = new VBox(14, top, legend, overTime, chart);
        layout.setPadding(new Insets(20));
        setContent(layout);
        build();
        state.viewProperty().addListener((o, a, v) -> update(v));
        if (state.current() != null) {
            update(state.current());
        }
    }

    private void build() {
        for (org.pathwise.model.Priority p : org.pathwise.model.Priority.values()) {
            Label group = new Label(p.label() + " skills");
            group.getStyleClass().addAll("title-4", "priority-" + p.key());
            GridPane grid = new GridPane();
            grid.setHgap(14);
            grid.setVgap(8);
            int row = 0;
            for (Skill s : state.curriculum().skills()) {
                if (s.priority() != p) {
                    continue;
                }
                Label name = new Label(s.name());
                name.setWrapText(true);
                name.setPrefWidth(300);
                name.setMinWidth(180);
                Region track = new Region();
                track.getStyleClass().add("gap-track");
                track.setPrefSize(BAR_WIDTH, 18);
                track.setMaxSize(BAR_WIDTH, 18);
                Region level = new Region();
                level.getStyleClass().addAll("gap-level", "priority-" + p.key());
                level.setMaxHeight(18);
                level.setId("skill-level-" + s.id());
                Region target = new Region();
                target.getStyleClass().add("gap-target");
                target.setMaxHeight(18);
                StackPane bar = new StackPane(track, target, level);
                bar.setAlignment(Pos.CENTER_LEFT);
                bar.setMinWidth(BAR_WIDTH);
                bar.setMaxWidth(BAR_WIDTH);
                Label value = new Label();
                value.setId("skill-value-" + s.id());
                value.setMinWidth(Region.USE_PREF_SIZE);
                Rating rating = org.pathwise.ui.common.Stars.keyboard(new Rating(Level.MAX), "Your rating of "
                        + s.name() + ", 0 to 3");
                rating.setId("skill-rating-" + s.id());
                rating.setPartialRating(false);
                rating.setUpdateOnHover(false);
                rating.setMinSize(Rating.USE_PREF_SIZE, Rating.USE_PREF_SIZE);
                rating.setMaxSize(Rating.USE_PREF_SIZE, Rating.USE_PREF_SIZE);
                Tooltip.install(rating, new Tooltip("Your own rating: 1 foundations, 2 working, 3 production"));
                rating.ratingProperty().addListener((o, a, b) -> {
                    if (!updating) {
                        int lvl = (int) Math.round(b.doubleValue());
                        state.rate(s.id(), lvl);
                    }
                });
                Button clear = new Button("0");
                clear.setId("skill-clear-" + s.id());
                clear.setTooltip(new Tooltip("Rate 0: I don't know this yet"));
                clear.setOnAction(e -> state.rate(s.id(), 0));
                clear.setMinWidth(Button.USE_PREF_SIZE);
                grid.addRow(row++, name, bar, value, rating, clear);
                Label topics = new Label();
                topics.setId("skill-topics-" + s.id());
                topics.getStyleClass().add("muted");
                topics.setWrapText(true);
                topics.setMaxWidth(900);
                grid.add(topics, 0, row++, 5, 1);
                topicLabels.put(s.id(), topics);
                GridPane.setHgrow(name, Priority.SOMETIMES);
                ratings.put(s.id(), rating);
                levelBars.put(s.id(), level);
                targetMarks.put(s.id(), target);
                values.put(s.id(), value);
            }
            if (row > 0) {
                chart.getChildren().addAll(group, grid);
            }
        }
    }

    private final java.util.Map<String, Label> topicLabels = new java.util.HashMap<>();
    private final javafx.scene.chart.NumberAxis overTimeY = new javafx.scene.chart.NumberAxis();
    private final javafx.scene.chart.LineChart<String, Number> overTime = new javafx.scene.chart.LineChart<>(
            new javafx.scene.chart.CategoryAxis(), overTimeY);

    private void update(AppState.View v) {
        updating = true;
        try {
            role.setValue(v.role());
            summary.setText(Math.round(v.gaps().progress() * 100) + "% of the target met");
            javafx.scene.chart.XYChart.Series<String, Number> series = new javafx.scene.chart.XYChart.Series<>();
            java.time.format.DateTimeFormatter f = java.time.format.DateTimeFormatter.ofPattern("d MMM",
                    java.util.Locale.ENGLISH);
            for (var point : v.targetOverTime()) {
                series.getData().add(new javafx.scene.chart.XYChart.Data<>(f.format(point.getKey()),
                        Math.round(point.getValue() * 1000) / 10.0));
            }
            overTime.getData().setAll(java.util.List.of(series));
            for (SkillGap g : v.gaps().gaps()) {
                levelBars.get(g.skillId()).setPrefWidth(BAR_WIDTH * g.level() / Level.MAX);
                levelBars.get(g.skillId()).setMaxWidth(BAR_WIDTH * g.level() / Level.MAX);
                targetMarks.get(g.skillId()).setPrefWidth(BAR_WIDTH * g.target() / Level.MAX);
                targetMarks.get(g.skillId()).setMaxWidth(BAR_WIDTH * g.target() / Level.MAX);
                values.get(g.skillId()).setText(g.target() == 0 ? "level " + g.level() + " · not needed"
                        : g.gap() == 0 ? "met · level " + g.level() + " (target " + g.target() + ")"
                        : g.level() + " of " + g.target() + " · gap " + g.gap());
                levelBars.get(g.skillId()).getStyleClass().remove("gap-met");
                if (g.gap() == 0 && g.target() > 0) {
                    levelBars.get(g.skillId()).getStyleClass().add("gap-met"); // Green when met, whatever the priority.
                }
                String covered = g.coveredTopics().isEmpty() ? "No topic covered yet" : "✓ " + String.join(" · ",
                        g.coveredTopics().stream().map(org.pathwise.planner.ReasonFormatter::shortTopic).toList());
                topicLabels.get(g.skillId()).setText(covered + (g.missingTopics().isEmpty() ? ""
                        : "\n○ Still needed: " + String.join(" · ", g.missingTopics().stream()
                        .map(org.pathwise.planner.ReasonFormatter::shortTopic).toList())));
                var rated = v.progress().ratings().get(g.skillId());
                ratings.get(g.skillId()).setRating(rated == null ? 0 : rated.level());
            }
        } finally {
            updating = false;
        }
    }

    /** The covered and missing topics shown under a skill, for tests. */
    public String topicsText(String skillId) {
        return topicLabels.get(skillId).getText();
    }

    /** The level bar's width in the chart, for tests: level / 3 of the track. */
    public double levelWidth(String skillId) {
        return levelBars.get(skillId).getPrefWidth();
    }

}
