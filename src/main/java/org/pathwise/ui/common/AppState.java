package org.pathwise.ui.common;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

import org.pathwise.catalog.LoadedCurriculum;
import org.pathwise.model.Curriculum;
import org.pathwise.model.LearnerProgress;
import org.pathwise.model.Resource;
import org.pathwise.model.Role;
import org.pathwise.model.Status;
import org.pathwise.planner.CareerReadiness;
import org.pathwise.planner.GapReport;
import org.pathwise.planner.NextSuggestions;
import org.pathwise.planner.Planner;
import org.pathwise.planner.ProjectAdvice;
import org.pathwise.planner.Roadmap;
import org.pathwise.progress.ProgressStore;
import org.pathwise.progress.Settings;
import org.pathwise.progress.StoreException;

/**
 * The app's view model: the curriculum, the learner's progress and everything the planner says
 * about it, as observable properties. Every change goes through the store on the background
 * thread; the new state comes back on the JavaFX thread and all views follow it.
 */
public final class AppState {
    public static final int SUGGESTIONS = 4;

    /** Everything the views show, computed together off the JavaFX thread. */
    public record View(LearnerProgress progress, Role role, double weeklyHours, GapReport gaps, Roadmap roadmap,
                       NextSuggestions next, ProjectAdvice projects, CareerReadiness career,
                       List<Map.Entry<LocalDate, Double>> targetOverTime) {
    }

    /** How many weeks back the "target met" chart reaches. */
    public static final int CHART_WEEKS = 12;

    /** A learner action that can be taken back and done again: what it did, in words, and the two writes. */
    private record Undo(String what, StoreWork undo, StoreWork redo) {
    }

    private final LoadedCurriculum loaded;
    private final ProgressStore store;
    private final Planner planner;
    private final TaskExecutor background;
    private final Clock clock;
    private final ReadOnlyObjectWrapper<View> view = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<String> selectedResource = new SimpleObjectProperty<>();
    private final Deque<Undo> undo = new ArrayDeque<>();
    private final javafx.beans.property.ReadOnlyBooleanWrapper canUndo =
            new javafx.beans.property.ReadOnlyBooleanWrapper(false);

    /** True while there is a tick to undo: the menu item is enabled only then. */
    public javafx.beans.property.ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }
    private Consumer<String> onError = m -> { };
    private Consumer<String> onInfo = m -> { };
    private Toast toast;

    public AppState(LoadedCurriculum loaded, ProgressStore store, TaskExecutor background, Clock clock) {
        this.loaded = loaded;
        this.store = store;
        this.planner = new Planner(loaded.curriculum(), loaded.graph());
        this.background = background;
        this.clock = clock;
    }

    /** Computes the view from a progress snapshot; runs on the background thread. */
    public View compute(LearnerProgress p) {
        Curriculum c = loaded.curriculum();
        Role role = Optional.ofNullable(p.settings().get(Settings.TARGET_ROLE)).flatMap(c::role)
                .orElse(c.defaultRole());
        double hours = Settings.weeklyHours(p.settings());
        LocalDate today = today();
        Roadmap roadmap = planner.plan(p, role, hours, today);
        GapReport gaps = planner.gaps(p, role);
        NextSuggestions next = planner.next(p, role, SUGGESTIONS, roadmap);
        ProjectAdvice projects = planner.projects(p, role);
        CareerReadiness career = planner.career(p, role);
        List<Map.Entry<LocalDate, Double>> overTime = planner.targetMetOverTime(p, role, today, ZoneId.systemDefault(),
                CHART_WEEKS);
        return new View(p, role, hours, gaps, roadmap, next, projects, career, overTime);
    }


    /** Applies a view computed elsewhere, such as at start-up; JavaFX thread. */
    public void show(View v) {
        view.set(v);
    }

    public ReadOnlyObjectProperty<View> viewProperty() {
        return view.getReadOnlyProperty();
    }

    public View current() {
        return view.get();
    }

    /** Renders the planner's reasons in the same words as the commands. */
    public org.pathwise.planner.ReasonFormatter formatter() {
        return planner.formatter();
    }

    /** The learner's mastery, and whether a prerequisite is met: the one rule the commands use too. */
    public org.pathwise.planner.Mastery mastery(LearnerProgress p) {
        return planner.mastery(p);
    }

    private UiPreferences preferences;
    private DialogService dialogs;

    /** The dialogs the views open (the window's own, or a test's). */
    public DialogService dialogs() {
        return dialogs;
    }

    public void setDialogs(DialogService d) {
        this.dialogs = d;
    }

    /** This machine's window preferences (theme, window place, curriculum folder), apart from progress. */
    public UiPreferences preferences() {
        return preferences;
    }

    public void setPreferences(UiPreferences p) {
        this.preferences = p;
    }

    public Curriculum curriculum() {
        return loaded.curriculum();
    }

    public LoadedCurriculum loaded() {
        return loaded;
    }

    /**
     * Sets a window preference of this machine and saves the file in the background; {@code told},
     * when not null, is what the learner is told once it is saved.
     */
    public void setPreference(String key, String value, String told) {
        preferences.set(key, value); // At once, so what is shown next reads the new value; the file is written after.
        if (told == null) {
            background.run(() -> {
                preferences.save();
                return null;
            }, x -> { }, e -> onError.accept(message(e)));
        } else {
            task(() -> {
                preferences.save();
                return told;
            });
        }
    }

    /** The theme this machine's preferences name: "light" or "dark". */
    public String theme() {
        return preferences == null ? "light" : preferences.theme();
    }

    /** The resource a view asked to show in detail (the roadmap's click, the catalog's selection). */
    public ObjectProperty<String> selectedResourceProperty() {
        return selectedResource;
    }

    public void setMessages(Consumer<String> onError, Consumer<String> onInfo, Toast toast) {
        this.onError = onError;
        this.onInfo = onInfo;
        this.toast = toast;
    }

    @FunctionalInterface
    public interface StoreWork {
        void run(ProgressStore store) throws StoreException;
    }

    /** Runs a change on the store, then recomputes and shows the new state. */
    public void change(StoreWork work, Runnable after) {
        background.run(() -> {
            work.run(store);
            return compute(store.snapshot());
        }, v -> {
            view.set(v);
            after.run();
        }, e -> onError.accept(message(e)));
    }

    public void change(StoreWork work) {
        change(work, () -> { });
    }

    private final java.util.List<Runnable> beforeQuit = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** Registers what a view must save before the app quits: text typed and not yet saved. */
    public void beforeQuit(Runnable flush) {
        beforeQuit.add(flush);
    }

    /** Runs every view's flush (on the JavaFX thread, at quit), queueing their writes before the store closes. */
    public void flushBeforeQuit() {
        for (Runnable r : beforeQuit) {
            try {
                r.run();
            } catch (RuntimeException e) {
                System.getLogger(AppState.class.getName()).log(System.Logger.Level.ERROR, "saving at quit failed", e);
            }
        }
    }

    /** Runs work that returns a message for the learner, then refreshes. */
    public void task(Callable<String> work) {
        background.run(() -> {
            String m = work.call();
            return new Object[] {m, compute(store.snapshot())};
        }, r -> {
            view.set((View) r[1]);
            onInfo.accept((String) r[0]);
        }, e -> onError.accept(message(e)));
    }

    static String message(Throwable e) {
        return e instanceof StoreException ? e.getMessage()
                : "Pathwise could not finish that: " + e.getMessage() + ". The log has the details.";
    }

    /** Ticks a resource (or sets another status) with an Undo in a toast and on Ctrl+Z. */
    public void mark(String resourceId, Status status) {
        Status before = current() == null ? Status.NOT_STARTED : current().progress().statusOf(resourceId);
        if (before == status) {
            return;
        }
        String title = curriculum().resource(resourceId).map(Resource::title).orElse(resourceId);
        act(new Undo("“" + title + "” " + status.label(), s -> s.mark(resourceId, before),
                s -> s.mark(resourceId, status)), "Marked “" + title + "” " + status.label() + ".");
    }

    /** Rates a skill, with Undo. */
    public void rate(String skillId, int level) {
        int before = current() == null ? 0 : Optional.ofNullable(current().progress().ratings().get(skillId))
                .map(org.pathwise.model.SkillRating::level).orElse(0);
        if (before == level) {
            return;
        }
        String name = curriculum().skill(skillId).map(org.pathwise.model.Skill::name).orElse(skillId);
        act(new Undo("your rating of " + name + " " + level, s -> s.rate(skillId, before), s -> s.rate(skillId, level)),
                "Rated " + name + " " + level + ".");
    }

    /** Sets a project's status, with Undo. */
    public void setProjectStatus(String projectId, org.pathwise.model.ProjectStatus status) {
        org.pathwise.model.ProjectStatus before = current() == null ? org.pathwise.model.ProjectStatus.NOT_STARTED
                : Optional.ofNullable(current().progress().projects().get(projectId))
                .map(org.pathwise.model.ProjectProgress::status).orElse(org.pathwise.model.ProjectStatus.NOT_STARTED);
        if (before == status) {
            return;
        }
        String title = curriculum().project(projectId).map(org.pathwise.model.Project::title).orElse(projectId);
        act(new Undo("“" + title + "” " + status.key().replace('-', ' '), s -> s.setProjectStatus(projectId, before),
                s -> s.setProjectStatus(projectId, status)), "“" + title + "” is " + status.key().replace('-', ' ')
                + ".");
    }

    /** Ticks or unticks a project step (starting the project when it had not started), with Undo. */
    public void checkProjectItem(String projectId, String itemId, boolean checked) {
        org.pathwise.model.ProjectStatus before = current() == null ? org.pathwise.model.ProjectStatus.NOT_STARTED
                : Optional.ofNullable(current().progress().projects().get(projectId))
                .map(org.pathwise.model.ProjectProgress::status).orElse(org.pathwise.model.ProjectStatus.NOT_STARTED);
        boolean starts = checked && before == org.pathwise.model.ProjectStatus.NOT_STARTED;
        String step = curriculum().project(projectId).flatMap(p -> p.checklist().stream()
                .filter(i -> i.id().equals(itemId)).findFirst())
                .or(() -> curriculum().standOut().stream().filter(i -> i.id().equals(itemId)).findFirst())
                .map(i -> "“" + shorten(i.text()) + "”").orElse("a project step");
        act(new Undo(step + (checked ? " ticked" : " unticked"), s -> {
            s.checkProjectItem(projectId, itemId, !checked);
            if (starts) {
                s.setProjectStatus(projectId, before);
            }
        }, s -> {
            s.checkProjectItem(projectId, itemId, checked);
            if (starts) {
                s.setProjectStatus(projectId, org.pathwise.model.ProjectStatus.IN_PROGRESS);
            }
        }), (checked ? "Ticked " : "Unticked ") + step + (starts ? "; the project is in progress." : "."));
    }

    /** Ticks or unticks a career checklist item, with Undo; the toast names the item. */
    public void checkCareerItem(String itemId, boolean checked) {
        String name = "“" + shorten(careerItemText(itemId)) + "”";
        act(new Undo(name + (checked ? " ticked" : " unticked"), s -> s.checkCareerItem(itemId, !checked),
                s -> s.checkCareerItem(itemId, checked)), (checked ? "Ticked " : "Unticked ") + name + ".");
    }

    private String careerItemText(String itemId) {
        var career = curriculum().career();
        for (var section : List.of(career.resume(), career.jobSearch())) {
            for (var item : section.checklist()) {
                if (item.id().equals(itemId)) {
                    return item.text();
                }
            }
        }
        for (var stage : career.interview()) {
            if (stage.id().equals(itemId)) {
                return "Prepared for: " + stage.name();
            }
            for (var round : stage.rounds()) {
                if (round.id().equals(itemId)) {
                    return "Prepared for: " + round.name();
                }
            }
        }
        return itemId;
    }

    private static String shorten(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57).strip() + "…";
    }

    private final Deque<Undo> redo = new ArrayDeque<>();

    /** Does an action, remembers how to take it back, and says so with an Undo in a toast. */
    private void act(Undo action, String message) {
        change(action.redo(), () -> {
            undo.push(action);
            redo.clear();
            canUndo.set(true);
            if (toast != null) {
                toast.show(message, this::undoLast);
            }
        });
    }

    /** Does again what Ctrl+Z took back (Ctrl+Shift+Z or Ctrl+Y). */
    public void redoLast() {
        Undo r = redo.poll();
        if (r == null) {
            if (toast != null) {
                toast.show("Nothing to redo.", null);
            }
            return;
        }
        change(r.redo(), () -> {
            undo.push(r);
            canUndo.set(true);
            if (toast != null) {
                toast.show("Redone: " + r.what() + ".", this::undoLast);
            }
        });
    }


    // ------------------------------------------------------------------ the learner's data, as intents

    /** Saves the learner's weekly hours (0.5 to 100; the spinner keeps to them). */
    public void setWeeklyHours(double hours) {
        String text = hours == Math.rint(hours) ? String.valueOf((long) hours) : String.valueOf(hours);
        change(s -> s.setSetting(org.pathwise.progress.Settings.WEEKLY_HOURS, text), () -> {
            View v = current();
            if (toast != null && v != null && !v.roadmap().items().isEmpty()) {
                toast.show("At " + text + " h a week your plan finishes " + org.pathwise.planner.ReasonFormatter
                        .monthRange(v.roadmap().earliest(), v.roadmap().latest()) + ".", null);
            }
        });
    }

    /** Saves a note on a resource (an empty text clears it). */
    public void note(String resourceId, String text) {
        change(s -> s.note(resourceId, text));
    }

    /** Logs hours spent on a resource. */
    public void logHours(String resourceId, double hours) {
        change(s -> s.logHours(resourceId, hours));
    }

    /** Saves a project's evidence: repository, demo, notes, impact figures. */
    public void setProjectEvidence(String projectId, String repository, String demo, String notes, String impact) {
        change(s -> s.setProjectEvidence(projectId, repository, demo, notes, impact));
    }

    /** Backs up now; the message names the file. */
    public void backupNow() {
        task(() -> "Backed up to " + store.backupNow().file() + ".");
    }

    /** The backups, newest first, handed to {@code then} on the JavaFX thread. */
    public void backups(Consumer<List<org.pathwise.progress.Backups.Backup>> then) {
        background.run(store::backups, then, e -> onError.accept(message(e)));
    }

    /** Restores a backup (the current progress is backed up first, the restored state after). */
    public void restore(org.pathwise.progress.Backups.Backup b) {
        task(() -> {
            store.restore(Optional.of(b.file()));
            return "Restored the backup from " + b.displayTime() + ".";
        });
    }

    /** Exports all progress: JSON, or CSV when the name ends in .csv. */
    public void exportTo(Path target) {
        task(() -> {
            var p = store.snapshot();
            if (target.getFileName() != null && target.getFileName().toString().toLowerCase(java.util.Locale.ROOT)
                    .endsWith(".csv")) {
                org.pathwise.progress.ProgressFile.exportCsv(p, id -> curriculum().resource(id).map(Resource::title)
                        .orElse(""), target);
            } else {
                org.pathwise.progress.ProgressFile.exportJson(p, target, Clock.systemUTC());
            }
            return "Exported your progress to " + target + ".";
        });
    }

    /** Replaces all progress with a file's, after checking all of it and backing up the current progress. */
    public void importFrom(Path source) {
        task(() -> {
            var p = org.pathwise.progress.ProgressFile.read(source);
            var before = store.backupNow();
            store.replaceAll(p);
            return "Imported " + p.resources().size() + " resources from " + source + ". Your progress before is in "
                    + before.file() + ".";
        });
    }

    /** Makes a role the target: the whole plan is remade for it, so the learner is told in a toast. */
    public void setTargetRole(org.pathwise.model.Role role) {
        change(s -> s.setSetting(org.pathwise.progress.Settings.TARGET_ROLE, role.id()), () -> {
            if (toast != null) {
                View v = current();
                toast.show("Your plan is now for " + role.name() + (v == null ? "" : ": "
                        + org.pathwise.planner.ReasonFormatter.hoursRange(v.roadmap().totalMin(), v.roadmap().totalMax())
                        + " h, finishing " + org.pathwise.planner.ReasonFormatter.monthRange(v.roadmap().earliest(),
                        v.roadmap().latest())) + ".", null);
            }
        });
    }

    /** The setting that records the first-start questions were answered (or skipped on purpose). */
    public static final String ONBOARDED = "onboarded";

    /** Saves the first-start answers in one change: role, hours, where the learner starts from and their ratings. */
    public void answerFirstStart(String startingPoint, String roleId, int weeklyHours, Map<String, Integer> ratings) {
        change(s -> {
            s.setSetting(org.pathwise.progress.Settings.TARGET_ROLE, roleId);
            s.setSetting(org.pathwise.progress.Settings.WEEKLY_HOURS, String.valueOf(weeklyHours));
            s.setSetting(org.pathwise.progress.Settings.STARTING_POINT, startingPoint);
            for (var r : ratings.entrySet()) {
                s.rate(r.getKey(), r.getValue());
            }
            s.setSetting(ONBOARDED, "true");
        });
    }

    /** Today, by the app's clock, where the learner is. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneId.systemDefault()));
    }

    /** Puts the last ticked resource back to its status before; the history keeps both changes. */
    public void undoLast() {
        Undo u = undo.poll();
        canUndo.set(!undo.isEmpty());
        if (u == null) {
            if (toast != null) {
                toast.show("Nothing to undo.", null);
            }
            return;
        }
        change(u.undo(), () -> {
            redo.push(u);
            if (toast != null) {
                toast.show("Undone: " + u.what() + ".", "Redo", this::redoLast);
            }
        });
    }

    public Path dataFolder() {
        return store.dataFolder();
    }
}
