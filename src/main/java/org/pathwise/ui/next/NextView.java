package org.pathwise.ui.next;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.pathwise.model.Resource;
import org.pathwise.model.Status;
import org.pathwise.model.StatusChange;
import org.pathwise.planner.Suggestion;
import org.pathwise.ui.common.AppState;
import org.pathwise.ui.common.Format;
import org.pathwise.ui.common.Icons;
import org.pathwise.ui.common.Links;

/** "Next up": the suggested resource as a card, the runners-up, the next project, progress and streak. */
public final class NextView extends ScrollPane {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final AppState state;
    private final Links links;
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
    static final int CALENDAR_WEEKS = 12;
    private final Label streak = new Label();
    private String current;
    private Button start;
    private boolean currentIsProject;

    public NextView(AppState state, Links links) {
        this.state = state;
        this.links = links;
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
        reasons.setId("next-reasons");
        reasons.setWrapText(true);
        whyNone.setId("next-why-none");
        whyNone.setWrapText(true);

        Button open = button("next-open", "Open link", Material2MZ.OPEN_IN_NEW);
        start = button("next-start", "Start", Material2MZ.PLAY_ARROW);
        Button done = button("next-done", "Done", Material2AL.CHECK);
        done.getStyleClass().add("accent");
        Button skip = button("next-skip", "Skip — I know this", Material2MZ.SKIP_NEXT);
        open.setOnAction(e -> resource().ifPresent(r -> links.open(r.url())));
        start.setOnAction(e -> mark(Status.IN_PROGRESS));
        done.setOnAction(e -> mark(Status.DONE));
        skip.setOnAction(e -> mark(Status.SKIPPED));
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
        state.viewProperty().addListener((o, a, v) -> update(v));
        if (state.current() != null) {
            update(state.current());
        }
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

    private java.util.Optional<Resource> resource() {
        return current == null ? java.util.Optional.empty() : state.curriculum().resource(current);
    }

    private void mark(Status status) {
        if (current != null && currentIsProject) {
            String id = current;
            org.pathwise.model.ProjectStatus ps = switch (status) {
                case DONE -> org.pathwise.model.ProjectStatus.DONE;
                case IN_PROGRESS -> org.pathwise.model.ProjectStatus.IN_PROGRESS;
                default -> null;
            };
            if (ps != null) {
                state.setProjectStatus(id, ps);
            }
        } else if (current != null) {
            state.mark(current, status);
        }
    }

    private void update(AppState.View v) {
        progress.setProgress(v.gaps().progress());
        progressText.setText(Math.round(v.gaps().progress() * 100) + "% of the " + v.role().name()
                + " target met");
        String at = v.roadmap().items().isEmpty() ? "Every target this curriculum can reach is met."
                : "Projected finish: " + org.pathwise.planner.ReasonFormatter.monthRange(v.roadmap().earliest(),
                        v.roadmap().latest()) + " at " + Format.hours(v.weeklyHours()) + " h a week ("
                        + org.pathwise.planner.ReasonFormatter.hoursRange(v.roadmap().totalMin(),
                        v.roadmap().totalMax()) + " h, "
                        + v.roadmap().projectCount() + " portfolio projects)";
        if (v.roadmap().finishAtPace().isPresent()) {
            at += " · at your pace of " + String.format(Locale.ROOT, "%.1f", v.roadmap().paceHoursPerWeek().orElseThrow())
                    + " h a week: " + DATE.format(v.roadmap().finishAtPace().get());
        }
        finish.setText(at);
        var top = v.next().top();
        card.setVisible(top.isPresent());
        card.setManaged(top.isPresent());
        whyNone.setText(v.next().whyNone());
        whyNone.setVisible(top.isEmpty());
        whyNone.setManaged(top.isEmpty());
        current = top.map(Suggestion::id).orElse(null);
        currentIsProject = top.map(Suggestion::project).orElse(false);
        top.ifPresent(s -> {
            title.setText(s.project() ? "Build: " + s.title() : s.title());
            meta.setText(state.curriculum().resource(s.id()).map(r -> r.provider() + " · " + r.kind().label() + " · ~"
                    + org.pathwise.planner.ReasonFormatter.hoursRange(r.hoursMin(), r.hoursMax()) + " h · "
                    + r.cost().label()).orElse("Portfolio project · ~" + org.pathwise.planner.ReasonFormatter
                    .hoursRange(s.hoursMin(), s.hoursMax()) + " h"));
            reasons.setText(state.formatter().line(s.reasons()));
            boolean started = s.reasons().stream().anyMatch(x -> x instanceof org.pathwise.planner.Reason.Started);
            start.setText(started ? "Started" : "Start");
            start.setDisable(started);
            List<String> unlocked = s.reasons().stream().filter(r -> r instanceof org.pathwise.planner.Reason.Unlocks)
                    .flatMap(r -> state.formatter().unlocked((org.pathwise.planner.Reason.Unlocks) r).stream())
                    .toList();
            reasons.setTooltip(unlocked.isEmpty() ? null : new javafx.scene.control.Tooltip("Finishing it unlocks: "
                    + String.join(", ", unlocked)));
        });
        runners.getChildren().clear();
        List<Suggestion> rest = v.next().runnersUp();
        for (Suggestion s : rest) {
            Label name = new Label(s.title());
            name.getStyleClass().add("card-subtitle");
            Label why = new Label(state.formatter().line(s.reasons()));
            why.setWrapText(true);
            why.getStyleClass().add("muted");
            boolean started = s.reasons().stream().anyMatch(x -> x instanceof org.pathwise.planner.Reason.Started);
            Button go = new Button(started ? "Started" : "Start");
            go.setMinWidth(Button.USE_PREF_SIZE);
            go.setDisable(started);
            go.setId("runner-start-" + s.id());
            Button done = new Button("Done");
            done.setMinWidth(Button.USE_PREF_SIZE);
            done.setId("runner-done-" + s.id());
            if (s.project()) {
                go.setOnAction(e -> state.setProjectStatus(s.id(), org.pathwise.model.ProjectStatus.IN_PROGRESS));
                done.setOnAction(e -> state.setProjectStatus(s.id(), org.pathwise.model.ProjectStatus.DONE));
            } else {
                go.setOnAction(e -> state.mark(s.id(), Status.IN_PROGRESS));
                done.setOnAction(e -> state.mark(s.id(), Status.DONE));
            }
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            VBox text = new VBox(2, name, why);
            HBox.setHgrow(text, Priority.ALWAYS);
            HBox row = new HBox(8, text, spacer, go, done);
            row.getStyleClass().add("card");
            runners.getChildren().add(row);
        }
        if (rest.isEmpty()) {
            runners.getChildren().add(new Label("Nothing else is ready yet."));
        }
        project.setText(v.projects().suggestedProjectId().flatMap(id -> state.curriculum().project(id))
                .map(p -> p.title()).orElse("No project to suggest"));
        projectReason.setText(v.projects().reason());
        int days = org.pathwise.planner.History.streak(v.progress(), LocalDate.now(), ZoneId.systemDefault());
        streak.setText(days == 0 ? "No activity today or yesterday." : days + (days == 1 ? " day" : " days")
                + " in a row with progress.");
        drawCalendar(org.pathwise.planner.History.activityByDay(v.progress(), ZoneId.systemDefault()), LocalDate.now());
        activity.getChildren().clear();
        List<StatusChange> history = org.pathwise.planner.History.effectiveChanges(v.progress());
        for (int i = history.size() - 1; i >= Math.max(0, history.size() - 6); i--) {
            StatusChange c = history.get(i);
            String name = state.curriculum().resource(c.resourceId()).map(Resource::title).orElse(c.resourceId());
            Label l = new Label(name + " — " + c.status().label(), Icons.status(c.status()));
            l.setWrapText(true);
            activity.getChildren().add(l);
        }
        if (history.isEmpty()) {
            Label first = new Label("Tick off your first resource to start your streak.");
            first.setWrapText(true);
            activity.getChildren().add(first);
        }
    }


    private void drawCalendar(java.util.Map<LocalDate, Integer> byDay, LocalDate today) {
        calendar.getChildren().clear();
        LocalDate monday = today.with(java.time.DayOfWeek.MONDAY).minusWeeks(CALENDAR_WEEKS - 1);
        int active = 0;
        for (int w = 0; w < CALENDAR_WEEKS; w++) {
            for (int d = 0; d < 7; d++) {
                LocalDate day = monday.plusWeeks(w).plusDays(d);
                if (day.isAfter(today)) {
                    continue;
                }
                int n = byDay.getOrDefault(day, 0);
                active += n > 0 ? 1 : 0;
                Region square = new Region();
                square.setPrefSize(11, 11);
                square.setMinSize(11, 11);
                square.getStyleClass().addAll("activity-day", "activity-" + Math.min(3, (n + 1) / 2));
                javafx.scene.control.Tooltip.install(square, new javafx.scene.control.Tooltip(
                        DATE.format(day) + (n == 0 ? ": nothing recorded" : ": " + n + " (changes and hours)")));
                calendar.add(square, w, d);
            }
        }
        calendar.setAccessibleText(active + (active == 1 ? " active day" : " active days") + " in the last "
                + CALENDAR_WEEKS + " weeks");
    }
}
