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
import org.pathwise.ui.common.RoleBox;

/**
 * The skill-gap chart: per skill, the current level against the role's target, grouped and
 * coloured by priority (and labelled, so colour is never the only cue), with a self-rating.
 */
public final class SkillsView extends ScrollPane {
    static final double BAR_WIDTH = 240;

    private final SkillsViewModel model;
    private final ComboBox<Role> role;
    private final Label summary = new Label();
    private final VBox chart = new VBox(14);
    private final Map<String, Rating> ratings = new HashMap<>();
    private final Map<String, Region> levelBars = new HashMap<>();
    private final Map<String, Region> targetMarks = new HashMap<>();
    private final Map<String, Label> values = new HashMap<>();
    private boolean updating;

    public SkillsView(SkillsViewModel model) {
        this.model = model;
        setId("view-skills");
        setFitToWidth(true);
        role = RoleBox.create("skills-role", model.roles());
        role.valueProperty().addListener((o, a, r) -> {
            if (!updating) {
                model.chooseRole(r);
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
        overTime.setTitle("Target met, the last " + SkillsViewModel.CHART_WEEKS + " weeks");
        overTimeY.setAutoRanging(false);
        overTimeY.setLowerBound(0);
        overTimeY.setUpperBound(100);
        overTimeY.setTickUnit(25);
        overTimeY.setLabel("%");
        VBox layout = new VBox(14, top, legend, overTime, chart);
        layout.setPadding(new Insets(20));
        setContent(layout);
        build();
        org.pathwise.ui.common.Shown.follow(this, model.screenProperty(), this::update);
    }

    private void build() {
        for (org.pathwise.model.Priority p : org.pathwise.model.Priority.values()) {
            Label group = new Label(p.label() + " skills");
            group.getStyleClass().addAll("title-4", "priority-" + p.key());
            GridPane grid = new GridPane();
            grid.setHgap(14);
            grid.setVgap(8);
            int row = 0;
            for (Skill s : model.skills(p)) {
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
                        model.rate(s.id(), lvl);
                    }
                });
                Button clear = new Button("0");
                clear.setId("skill-clear-" + s.id());
                clear.setTooltip(new Tooltip("Rate 0: I don't know this yet"));
                clear.setOnAction(e -> model.rate(s.id(), 0));
                clear.setAccessibleText("Rate " + s.name() + " 0");
                clear.setFocusTraversable(false); // The keyboard types 0 on the stars; one Tab stop a skill.
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

    private void update(SkillsViewModel.Screen v) {
        updating = true;
        try {
            role.setValue(v.role());
            summary.setText(v.summary());
            javafx.scene.chart.XYChart.Series<String, Number> series = new javafx.scene.chart.XYChart.Series<>();
            for (SkillsViewModel.Point point : v.overTime()) {
                series.getData().add(new javafx.scene.chart.XYChart.Data<>(point.label(), point.percent()));
            }
            overTime.getData().setAll(java.util.List.of(series));
            for (SkillsViewModel.Row g : v.rows().values()) {
                Region level = levelBars.get(g.skillId());
                if (level == null) {
                    continue;
                }
                level.setPrefWidth(BAR_WIDTH * g.level());
                level.setMaxWidth(BAR_WIDTH * g.level());
                targetMarks.get(g.skillId()).setPrefWidth(BAR_WIDTH * g.target());
                targetMarks.get(g.skillId()).setMaxWidth(BAR_WIDTH * g.target());
                values.get(g.skillId()).setText(g.value());
                level.getStyleClass().remove("gap-met");
                if (g.met()) {
                    level.getStyleClass().add("gap-met"); // Green when met, whatever the priority.
                }
                topicLabels.get(g.skillId()).setText(g.topics());
                ratings.get(g.skillId()).setRating(g.rating());
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
