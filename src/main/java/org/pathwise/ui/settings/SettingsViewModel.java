package org.pathwise.ui.settings;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;


import org.pathwise.model.Role;
import org.pathwise.progress.Backups;
import org.pathwise.ui.common.AppState;
import org.pathwise.ui.common.ScreenModel;
import org.pathwise.ui.common.UiPreferences;

/**
 * Settings: the target role, weekly hours and theme; which curriculum the next start uses; the
 * data folder, backups, export and import; and the first-start questions again. Every choice of a
 * file or a backup goes through the app's {@link org.pathwise.ui.common.DialogService}.
 */
public final class SettingsViewModel extends ScreenModel<SettingsViewModel.Screen> {
    /** The choices as they stand. */
    public record Screen(Role role, int weeklyHours, String theme) {
    }

    public static final List<String> THEMES = List.of("light", "dark");

    private final Consumer<String> applyTheme;
    private final Runnable askAgain;
    private final String curriculumInUse;
    private final javafx.beans.property.ReadOnlyBooleanWrapper folderChosen =
            new javafx.beans.property.ReadOnlyBooleanWrapper();

    public SettingsViewModel(AppState state, Consumer<String> applyTheme, String curriculumInUse, Runnable askAgain) {
        super(state);
        this.applyTheme = applyTheme;
        this.curriculumInUse = curriculumInUse;
        this.askAgain = askAgain;
        folderChosen.set(state.preferences() != null && state.preferences().curriculumFolder().isPresent());
        follow();
    }

    public List<Role> roles() {
        return state.curriculum().roles();
    }

    /** Where the curriculum in use came from, in words. */
    public String curriculumInUse() {
        return curriculumInUse;
    }

    public String dataFolder() {
        return state.dataFolder().toString();
    }

    /** True while a curriculum folder is chosen for the next start: only then can the built-in one be chosen back. */
    public javafx.beans.property.ReadOnlyBooleanProperty folderChosenProperty() {
        return folderChosen.getReadOnlyProperty();
    }

    public static String themeName(String theme) {
        return "dark".equals(theme) ? "Dark" : "Light";
    }

    // ------------------------------------------------------------------ intents

    public void chooseRole(Role role) {
        if (role != null && screen() != null && !role.equals(screen().role())) {
            state.setTargetRole(role);
        }
    }

    public void setWeeklyHours(int hours) {
        if (screen() == null || hours != screen().weeklyHours()) {
            state.setWeeklyHours(hours);
        }
    }

    /** Shows the theme at once and keeps it for the next start on this machine. */
    public void setTheme(String theme) {
        if (!THEMES.contains(theme) || theme.equals(state.theme())) {
            return;
        }
        applyTheme.accept(theme);
        state.setPreference(UiPreferences.THEME, theme, null);
        refresh();
    }

    /** Asks for a curriculum folder; the next start loads it (and lists its problems if it has any). */
    public void useCurriculumFolder() {
        state.dialogs().folder("Choose a curriculum folder").ifPresent(dir -> {
            folderChosen.set(true);
            state.setPreference(UiPreferences.CURRICULUM_FOLDER, dir.toAbsolutePath().toString(),
                    "Pathwise will use the curriculum in " + dir + " from its next start. If it has problems, they "
                            + "are listed then and the built-in curriculum is used.");
        });
    }

    public void useBuiltInCurriculum() {
        folderChosen.set(false);
        state.setPreference(UiPreferences.CURRICULUM_FOLDER, "",
                "Pathwise will use its built-in curriculum from its next start.");
    }

    public void backupNow() {
        state.backupNow();
    }

    /** Lists the backups and restores the one chosen (the current progress is backed up first). */
    public void restore() {
        state.backups(list -> {
            if (list.isEmpty()) {
                state.dialogs().info("There is no backup yet in " + state.dataFolder().resolve("backups") + ".");
                return;
            }
            state.dialogs().choose("Restore a backup", "Your current progress is backed up first, so a restore can be "
                    + "undone.", list, SettingsViewModel::label).ifPresent(state::restore);
        });
    }

    /** How a backup is listed: when, and why it was made. */
    static String label(Backups.Backup b) {
        return b.displayTime() + (b.reason().isEmpty() ? "" : " (" + b.reason().replace('-', ' ') + ")");
    }

    /** Asks where, then writes all progress there: JSON, or CSV when the name ends in .csv. */
    public void exportProgress() {
        state.dialogs().fileToSave("Export your progress", "pathwise-progress.json", List.of(
                new String[] {"Progress file (JSON)", "*.json"}, new String[] {"Spreadsheet (CSV)", "*.csv"}))
                .ifPresent(state::exportTo);
    }

    /** Asks for a progress file and, once confirmed, replaces all progress with it (backing up first). */
    public void importProgress() {
        Path f = state.dialogs().fileToOpen("Import a progress file", List.<String[]>of(
                new String[] {"Progress file (JSON)", "*.json"})).orElse(null);
        if (f == null || !state.dialogs().confirm("Replace all your progress with " + f + "? Your current progress "
                + "is backed up first.")) {
            return;
        }
        state.importFrom(f);
    }

    /** Opens the first-start questions again. */
    public void answerAgain() {
        askAgain.run();
    }

    @Override
    protected Screen screen(AppState.View v) {
        return new Screen(v.role(), (int) Math.round(v.weeklyHours()), state.theme());
    }
}
