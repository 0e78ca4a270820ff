package org.pathwise.ui.next;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.pathwise.ui.common.Icons;

/** "Next up": the suggested resource as a card, the runners-up, the next project, progress and streak. */
public final class NextView extends ScrollPane {
    private final NextViewModel model;
    private final Label progressText = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final Label finish = new Label();
    private final Label title = new Label();
    private final Label meta = new Label();
    private final Label reasons = new Label();
    private final Label whyNone = new Label();
    private final VBox card = new VBox(8);
    private final VBox runners = new VBox(6);
    private final Label project = new Label();
    private final Label projectReason = new Label();
    private final VBox activity = new VBox(4);
    /** The last twelve weeks, a column a week and a square a day, darker the more was done. */
    private final javafx.scene.layout.GridPane calendar = new javafx.scene.layout.GridPane();
    private final Label streak = new Label();
    private final Button start = button("next-start", "Start", Material2MZ.PLAY_ARROW);
    private final Button skip = button("next-skip", "Skip — I know this", Material2MZ.SKIP_NEXT);
    private final Button open = button("next-open", "Open link", Material2MZ.OPEN_IN_NEW);

    public NextView(NextViewModel model) {
        this.model = model;
        setId("view-next");
        setFitToWidth(true);
        progress.setId("next-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progressText.setId("next-progress-text");
        progressText.setWrapText(true);
        finish.setId("next-finish");
        finish.setWrapText(true);
        title.setId("next-title");
        title.getStyleClass().add("card-title");
        title.setWrapText(true);
        meta.setId("next-meta");
        meta.getStyleClass().add("muted");
        meta.setWrapText(true);
        reasons.setId("next-reasons");
        reasons.setWrapText(true);
        whyNone.setId("next-why-none");
        whyNone.setWrapText(true);

        Button done = button("next-done", "Done", Material2AL.CHECK);
        done.getStyleClass().add("accent");
        open.setOnAction(e -> model.openLink());
        start.setOnAction(e -> model.start());
        done.setOnAction(e -> model.done());
        skip.setOnAction(e -> model.skip());
        FlowPane actions = new FlowPane(8, 8, done, start, skip, open);
        card.getChildren().addAll(title, meta, reasons, actions);
        card.getStyleClass().add("card");

        VBox projectCard = new VBox(6, sideHeading("Next portfolio project"), project, projectReason);
        projectCard.getStyleClass().add("card");
        project.setId("next-project");
        project.getStyleClass().add("card-subtitle");
        project.setWrapText(true);
        projectReason.setWrapText(true);
        projectReason.setId("next-project-reason");
        streak.setId("next-streak");
        runners.setId("next-runners");
        activity.setId("next-activity");

        VBox overview = new VBox(6, progressText, progress, finish);
        overview.getStyleClass().add("card");
        VBox side = new VBox(12, overview, projectCard, withHeading("Recent activity", new VBox(6, streak, calendar, activity)));
        calendar.setId("activity-calendar");
        calendar.setHgap(3);
        calendar.setVgap(3);
        side.setPrefWidth(340);
        side.setMinWidth(280);
        VBox main = new VBox(12, heading("Next up"), card, whyNone, heading("Then"), runners);
        HBox.setHgrow(main, Priority.ALWAYS);
        HBox layout = new HBox(20, main, side);
        layout.setPadding(new Insets(20));
        setContent(layout);
        org.pathwise.ui.common.Shown.follow(this, model.screenProperty(), this::update);
    }

    private static Button button(String id, String text, org.kordamp.ikonli.Ikon icon) {
        Button b = new Button(text, Icons.of(icon));
        b.setId(id);
        return b;
    }

    static Label heading(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add("title-3");
        return l;
    }

    private static Label sideHeading(String text) {
        Label l = heading(text);
        l.getStyleClass().setAll("label", "title-4");
        return l;
    }

    private static VBox withHeading(String text, Region content) {
        VBox box = new VBox(6, sideHeading(text), content);
        box.getStyleClass().add("card");
        return box;
    }

    private void update(NextViewModel.Screen v) {
        progress.setProgress(v.progress());
        progressText.setText(v.progressText());
        finish.setText(v.finish());
        card.setVisible(v.card().isPresent());
        card.setManaged(v.card().isPresent());
        whyNone.setText(v.whyNone());
        whyNone.setVisible(v.card().isEmpty());
        whyNone.setManaged(v.card().isEmpty());
        v.card().ifPresent(c -> {
            title.setText(c.title());
            meta.setText(c.meta());
            reasons.setText(c.reasons());
            start.setText(c.started() ? "Started" : "Start");
            start.setDisable(c.started());
            skip.setVisible(!c.project());
            skip.setManaged(!c.project());
            open.setVisible(!c.project());
            open.setManaged(!c.project());
            reasons.setTooltip(c.unlocks().isEmpty() ? null : new Tooltip(c.unlocks()));
        });
        runners.getChildren().clear();
        for (NextViewModel.Runner s : v.runners()) {
            Label name = new Label(s.title());
            name.getStyleClass().add("card-subtitle");
            name.setWrapText(true);
            Label why = new Label(s.why());
            why.setWrapText(true);
            why.getStyleClass().add("muted");
            Button go = new Button(s.started() ? "Started" : "Start");
            go.setMinWidth(Button.USE_PREF_SIZE);
            go.setDisable(s.started());
            go.setId("runner-start-" + s.id());
            go.setAccessibleText("Start " + s.title());
            go.setOnAction(e -> model.start(s));
            Button done = new Button("Done");
            done.setMinWidth(Button.USE_PREF_SIZE);
            done.setId("runner-done-" + s.id());
            done.setAccessibleText(s.title() + " done");
            done.setOnAction(e -> model.done(s));
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            VBox text = new VBox(2, name, why);
            HBox.setHgrow(text, Priority.ALWAYS);
            HBox row = new HBox(8, text, spacer, go, done);
            row.getStyleClass().add("card");
            runners.getChildren().add(row);
        }
        if (v.runners().isEmpty()) {
            runners.getChildren().add(new Label("Nothing else is ready yet."));
        }
        project.setText(v.project());
        projectReason.setText(v.projectReason());
        streak.setText(v.streak());
        drawCalendar(v.calendar());
        calendar.setAccessibleText(v.calendarSummary());
        activity.getChildren().clear();
        for (NextViewModel.Activity a : v.activity()) {
            Label l = new Label(a.text(), Icons.status(a.status()));
            l.setWrapText(true);
            activity.getChildren().add(l);
        }
        if (v.activity().isEmpty()) {
            Label first = new Label("Tick off your first resource to start your streak.");
            first.setWrapText(true);
            activity.getChildren().add(first);
        }
    }

    /** The squares of the calendar, made once and kept: a tick changes their shade and tooltip, not the nodes. */
    private final java.util.Map<String, Region> squares = new java.util.HashMap<>();
    private final java.util.Map<Region, Tooltip> tips = new java.util.HashMap<>();

    private void drawCalendar(java.util.List<NextViewModel.Day> days) {
        java.util.Set<Region> used = new java.util.HashSet<>();
        for (NextViewModel.Day d : days) {
            Region square = squares.computeIfAbsent(d.week() + "," + d.weekday(), k -> {
                Region r = new Region();
                r.setPrefSize(11, 11);
                r.setMinSize(11, 11);
                Tooltip tip = new Tooltip();
                Tooltip.install(r, tip);
                tips.put(r, tip);
                calendar.add(r, d.week(), d.weekday());
                return r;
            });
            square.getStyleClass().setAll("activity-day", "activity-" + d.shade());
            tips.get(square).setText(d.tooltip());
            square.setVisible(true);
            used.add(square);
        }
        squares.values().stream().filter(r -> !used.contains(r)).forEach(r -> r.setVisible(false)); // Days to come.
    }
}
