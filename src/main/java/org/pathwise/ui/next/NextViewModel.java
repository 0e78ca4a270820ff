package org.pathwise.ui.next;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;


import org.pathwise.model.ProjectStatus;
import org.pathwise.model.Resource;
import org.pathwise.model.Status;
import org.pathwise.model.StatusChange;
import org.pathwise.planner.History;
import org.pathwise.planner.Reason;
import org.pathwise.planner.ReasonFormatter;
import org.pathwise.planner.Suggestion;
import org.pathwise.ui.common.AppState;
import org.pathwise.ui.common.ScreenModel;
import org.pathwise.ui.common.Format;
import org.pathwise.ui.common.Links;

/**
 * Next up, as words and figures: the suggestion and why, the runners-up, the next project, the
 * overview, the streak and the activity calendar; and what the learner can do from there.
 */
public final class NextViewModel extends ScreenModel<NextViewModel.Screen> {
    private static final DateTimeFormatter DATE = Format.DATE;
    /** How many weeks the activity calendar shows. */
    public static final int CALENDAR_WEEKS = 12;
    private static final int ACTIVITY_LINES = 6;

    /** The suggested step: a resource or a project to build. */
    public record Card(String id, boolean project, String title, String meta, String reasons, String unlocks,
                       boolean started) {
    }

    /** A runner-up, with what its buttons do. */
    public record Runner(String id, boolean project, String title, String why, boolean started) {
    }

    /** A day of the calendar: its week column (0 oldest), weekday row (0 Monday), shade 0–3 and tooltip. */
    public record Day(LocalDate date, int week, int weekday, int shade, String tooltip) {
    }

    /** A line of recent activity. */
    public record Activity(String text, Status status) {
    }

    /** Everything Next up shows. */
    public record Screen(double progress, String progressText, String finish, Optional<Card> card, String whyNone,
                         List<Runner> runners, String project, String projectReason, String streak, List<Day> calendar,
                         String calendarSummary, List<Activity> activity) {
    }

    private final Links links;

    public NextViewModel(AppState state, Links links) {
        super(state);
        this.links = links;
        follow();
    }

    // ------------------------------------------------------------------ intents

    public void done() {
        card().ifPresent(c -> done(c.id(), c.project()));
    }

    public void start() {
        card().ifPresent(c -> start(c.id(), c.project()));
    }

    /** Skips the suggestion as known already; a project is not skipped this way. */
    public void skip() {
        card().filter(c -> !c.project()).ifPresent(c -> state.mark(c.id(), Status.SKIPPED));
    }

    /** Opens the suggestion's link in the browser. */
    public void openLink() {
        card().flatMap(c -> state.curriculum().resource(c.id())).ifPresent(r -> links.open(r.url()));
    }

    public void done(Runner r) {
        done(r.id(), r.project());
    }

    public void start(Runner r) {
        start(r.id(), r.project());
    }

    private Optional<Card> card() {
        return screen() == null ? Optional.empty() : screen().card();
    }

    private void done(String id, boolean project) {
        if (project) {
            state.setProjectStatus(id, ProjectStatus.DONE);
        } else {
            state.mark(id, Status.DONE);
        }
    }

    private void start(String id, boolean project) {
        if (project) {
            state.setProjectStatus(id, ProjectStatus.IN_PROGRESS);
        } else {
            state.mark(id, Status.IN_PROGRESS);
        }
    }

    // ------------------------------------------------------------------ the screen

    @Override
    protected Screen screen(AppState.View v) {
        var roadmap = v.roadmap();
        String finish = roadmap.items().isEmpty() ? "Every target this curriculum can reach is met."
                : "Projected finish: " + ReasonFormatter.monthRange(roadmap.earliest(), roadmap.latest()) + " at "
                + Format.hours(v.weeklyHours()) + " h a week (" + ReasonFormatter.hoursRange(roadmap.totalMin(),
                roadmap.totalMax()) + " h, " + roadmap.projectCount() + " portfolio projects)";
        if (roadmap.finishAtPace().isPresent()) {
            finish += " · at your pace of " + String.format(Locale.ROOT, "%.1f", roadmap.paceHoursPerWeek().orElseThrow())
                    + " h a week: " + DATE.format(roadmap.finishAtPace().get());
        }
        Optional<Card> card = v.next().top().map(this::card);
        List<Runner> runners = v.next().runnersUp().stream().map(s -> new Runner(s.id(), s.project(), s.title(),
                state.formatter().line(s.reasons()), started(s))).toList();
        String project = v.projects().suggestedProjectId().flatMap(id -> state.curriculum().project(id))
                .map(p -> p.title()).orElse("No project to suggest");
        LocalDate today = state.today();
        int days = History.streak(v.progress(), today, ZoneId.systemDefault());
        String streak = days == 0 ? "No activity today or yesterday." : days + (days == 1 ? " day" : " days")
                + " in a row with progress.";
        List<Day> calendar = calendar(History.activityByDay(v.progress(), ZoneId.systemDefault()), today);
        long active = calendar.stream().filter(d -> d.shade() > 0).count();
        String summary = active + (active == 1 ? " active day" : " active days") + " in the last " + CALENDAR_WEEKS
                + " weeks";
        List<Activity> activity = new ArrayList<>();
        List<StatusChange> history = History.effectiveChanges(v.progress());
        for (int i = history.size() - 1; i >= Math.max(0, history.size() - ACTIVITY_LINES); i--) {
            StatusChange c = history.get(i);
            String name = state.curriculum().resource(c.resourceId()).map(Resource::title).orElse(c.resourceId());
            activity.add(new Activity(name + " — " + c.status().label(), c.status()));
        }
        return new Screen(v.gaps().progress(), Math.round(v.gaps().progress() * 100) + "% of the " + v.role().name()
                + " target met", finish, card, v.next().whyNone(), runners, project, v.projects().reason(), streak,
                calendar, summary, activity);
    }

    private Card card(Suggestion s) {
        String meta = state.curriculum().resource(s.id()).map(r -> r.provider() + " · " + r.kind().label() + " · ~"
                + ReasonFormatter.hoursRange(r.hoursMin(), r.hoursMax()) + " h · " + r.cost().label())
                .orElse("Portfolio project · ~" + ReasonFormatter.hoursRange(s.hoursMin(), s.hoursMax()) + " h");
        List<String> unlocked = s.reasons().stream().filter(r -> r instanceof Reason.Unlocks)
                .flatMap(r -> state.formatter().unlocked((Reason.Unlocks) r).stream()).toList();
        return new Card(s.id(), s.project(), s.project() ? "Build: " + s.title() : s.title(), meta,
                state.formatter().line(s.reasons()), unlocked.isEmpty() ? "" : "Finishing it unlocks: "
                + String.join(", ", unlocked), started(s));
    }

    private static boolean started(Suggestion s) {
        return s.reasons().stream().anyMatch(x -> x instanceof Reason.Started);
    }

    /** The last {@link #CALENDAR_WEEKS} weeks up to today, a column a week from Monday, darker the more was done. */
    static List<Day> calendar(Map<LocalDate, Integer> byDay, LocalDate today) {
        List<Day> days = new ArrayList<>();
        LocalDate monday = today.with(DayOfWeek.MONDAY).minusWeeks(CALENDAR_WEEKS - 1);
        for (int w = 0; w < CALENDAR_WEEKS; w++) {
            for (int d = 0; d < 7; d++) {
                LocalDate day = monday.plusWeeks(w).plusDays(d);
                if (day.isAfter(today)) {
                    continue;
                }
                int n = byDay.getOrDefault(day, 0);
                days.add(new Day(day, w, d, Math.min(3, (n + 1) / 2), DATE.format(day)
                        + (n == 0 ? ": nothing recorded" : ": " + n + (n == 1 ? " change" : " changes")
                        + " or hours logged")));
            }
        }
        return days;
    }
}
