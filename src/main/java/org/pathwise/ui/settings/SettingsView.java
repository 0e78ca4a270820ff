package org.pathwise.ui.settings;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.pathwise.model.LearnerProgress;
import org.pathwise.model.Role;
import org.pathwise.progress.Backups;
import org.pathwise.progress.Settings;
import org.pathwise.ui.common.AppState;
import org.pathwise.ui.common.RoleBox;

/** Role, weekly hours, theme, curriculum, the data folder, backups, export and import. */
public final class SettingsView extends ScrollPane {
    public static final String CURRICULUM_FOLDER = "curriculum-folder";

    private final AppState state;
    private final ComboBox<Role> role;
    private final Spinner<Integer> hours = new Spinner<>(1, 60, 10);
    private final ComboBox<String> theme = new ComboBox<>();
    private final Label curriculum = new Label();
    private boolean updating;

    private final Runnable redoOnboarding;

    public SettingsView(AppState state, Consumer<String> applyTheme, String curriculumInUse, Runnable redoOnboarding) {
        this.state = state;
        this.redoOnboarding = redoOnboarding;
        setId("view-settings");
        setFitToWidth(true);
        role = RoleBox.create("settings-role", state.curriculum().roles());
        role.valueProperty().addListener((o, a, r) -> {
            if (!updating && r != null) {
                state.setTargetRole(r);
            }
        });
        hours.setId("settings-weekly-hours");
        hours.setEditable(true);
        hours.valueProperty().addListener((o, a, h) -> {
            if (!updating && h != null) {
                state.setWeeklyHours(h);
            }
        });
        theme.setId("settings-theme");
        theme.getItems().setAll("light", "dark");
        theme.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String t) {
                return t == null ? "" : t.equals("dark") ? "Dark" : "Light";
            }

            @Override
            public String fromString(String s) {
                return s == null ? null : s.toLowerCase(java.util.Locale.ROOT);
            }
        });
        theme.valueProperty().addListener((o, a, t) -> {
            if (!updating && t != null) {
                applyTheme.accept(t);
                state.preferences().set(org.pathwise.ui.common.UiPreferences.THEME, t);
                state.background().run(() -> {
                    state.preferences().save();
                    return null;
                }, x -> { }, x -> { });
            }
        });
        curriculum.setText(curriculumInUse);
        curriculum.setWrapText(true);
        curriculum.setId("settings-curriculum");
        Button folder = new Button("Use a curriculum folder…");
        folder.setOnAction(e -> {
            Path dir = state.dialogs().folder("Choose a curriculum folder").orElse(null);
            if (dir != null) {
                state.task(() -> {
                    state.preferences().set(org.pathwise.ui.common.UiPreferences.CURRICULUM_FOLDER,
                            dir.toAbsolutePath().toString());
                    state.preferences().save();
                    return "Pathwise will use the curriculum in " + dir + " from its next start. If it has problems, "
                            + "they are listed then and the built-in curriculum is used.";
                });
            }
        });
        Button builtIn = new Button("Use the built-in curriculum");
        builtIn.setOnAction(e -> state.task(() -> {
            state.preferences().set(org.pathwise.ui.common.UiPreferences.CURRICULUM_FOLDER, "");
            state.preferences().save();
            return "Pathwise will use its built-in curriculum from its next start.";
        }));
        Label data = new Label(state.dataFolder().toString());
        data.setId("settings-data-folder");
        data.setWrapText(true);

        Button backup = new Button("Back up now");
        backup.setId("settings-backup");
        backup.setOnAction(e -> state.backupNow());
        Button restore = new Button("Restore a backup…");
        restore.setId("settings-restore");
        restore.setOnAction(e -> restore());
        Button export = new Button("Export…");
        export.setOnAction(e -> export());
        Button importButton = new Button("Import…");
        importButton.setOnAction(e -> importFile());

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(12);
        int r = 0;
        grid.addRow(r++, new Label("Target role"), role);
        grid.addRow(r++, new Label("Hours a week"), hours);
        grid.addRow(r++, new Label("Theme"), theme);
        grid.addRow(r++, new Label("Curriculum"), new VBox(6, curriculum, new HBox(8, folder, builtIn)));
        grid.addRow(r++, new Label("Data folder"), data);
        grid.addRow(r++, new Label("Backups"), new HBox(8, backup, restore));
        grid.addRow(r++, new Label("Your progress"), new HBox(8, export, importButton));
        Button setUp = new Button("Answer the first-start questions again…");
        setUp.setId("settings-onboarding");
        setUp.setOnAction(e -> redoOnboarding.run());
        grid.addRow(r, new Label("Starting point"), setUp);
        Label title = new Label("Settings");
        title.getStyleClass().add("title-2");
        VBox layout = new VBox(16, title, grid);
        layout.setPadding(new Insets(20));
        setContent(layout);
        state.viewProperty().addListener((o, a, v) -> update(v.progress(), v.role(), v.weeklyHours()));
        if (state.current() != null) {
            update(state.current().progress(), state.current().role(), state.current().weeklyHours());
        }
    }

    private void update(LearnerProgress p, Role r, double weekly) {
        updating = true;
        try {
            role.setValue(r);
            hours.getValueFactory().setValue((int) Math.round(weekly));
            theme.setValue(state.preferences().theme());
        } finally {
            updating = false;
        }
    }

    private void restore() {
        state.backups(list -> {
            if (list.isEmpty()) {
                state.dialogs().info("There is no backup yet in " + state.dataFolder().resolve("backups") + ".");
                return;
            }
            state.dialogs().choose("Restore a backup", "Your current progress is backed up first, so a restore can be "
                    + "undone.", list, SettingsView::label).ifPresent(state::restore);
        });
    }

    private static String label(Backups.Backup b) {
        return b.displayTime() + (b.reason().isEmpty() ? "" : " (" + b.reason().replace('-', ' ') + ")");
    }

    private void export() {
        state.dialogs().fileToSave("Export your progress", "pathwise-progress.json", List.of(
                new String[] {"Progress file (JSON)", "*.json"}, new String[] {"Spreadsheet (CSV)", "*.csv"}))
                .ifPresent(state::exportTo);
    }

    private void importFile() {
        Path f = state.dialogs().fileToOpen("Import a progress file", List.<String[]>of(
                new String[] {"Progress file (JSON)", "*.json"})).orElse(null);
        if (f == null || !state.dialogs().confirm("Replace all your progress with " + f + "? Your current progress "
                + "is backed up first.")) {
            return;
        }
        state.importFrom(f);
    }

}
