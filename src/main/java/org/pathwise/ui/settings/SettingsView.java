package org.pathwise.ui.settings;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.pathwise.model.Role;
import org.pathwise.progress.Settings;
import org.pathwise.ui.common.RoleBox;

/** Role, weekly hours, theme, curriculum, the data folder, backups, export and import. */
public final class SettingsView extends ScrollPane {
    private final ComboBox<Role> role;
    private final Spinner<Integer> hours = new Spinner<>(1, (int) Settings.MAX_WEEKLY_HOURS,
            (int) Settings.DEFAULT_WEEKLY_HOURS);
    private final ComboBox<String> theme = new ComboBox<>();
    private boolean updating;

    public SettingsView(SettingsViewModel model) {
        setId("view-settings");
        setFitToWidth(true);
        role = RoleBox.create("settings-role", model.roles());
        role.valueProperty().addListener((o, a, r) -> {
            if (!updating) {
                model.chooseRole(r);
            }
        });
        hours.setId("settings-weekly-hours");
        hours.setEditable(true);
        hours.valueProperty().addListener((o, a, h) -> {
            if (!updating && h != null) {
                model.setWeeklyHours(h);
            }
        });
        theme.setId("settings-theme");
        theme.getItems().setAll(SettingsViewModel.THEMES);
        theme.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String t) {
                return t == null ? "" : SettingsViewModel.themeName(t);
            }

            @Override
            public String fromString(String s) {
                return s == null ? null : s.toLowerCase(java.util.Locale.ROOT);
            }
        });
        theme.valueProperty().addListener((o, a, t) -> {
            if (!updating && t != null) {
                model.setTheme(t);
            }
        });
        Label curriculum = new Label(model.curriculumInUse());
        curriculum.setWrapText(true);
        curriculum.setId("settings-curriculum");
        Button folder = new Button("Use a curriculum folder…");
        folder.setId("settings-curriculum-folder");
        folder.setOnAction(e -> model.useCurriculumFolder());
        Button builtIn = new Button("Use the built-in curriculum");
        builtIn.setId("settings-curriculum-built-in");
        builtIn.setOnAction(e -> model.useBuiltInCurriculum());
        builtIn.disableProperty().bind(model.folderChosenProperty().not());
        Label data = new Label(model.dataFolder());
        data.setId("settings-data-folder");
        data.setWrapText(true);

        Button backup = new Button("Back up now");
        backup.setId("settings-backup");
        backup.setOnAction(e -> model.backupNow());
        Button restore = new Button("Restore a backup…");
        restore.setId("settings-restore");
        restore.setOnAction(e -> model.restore());
        Button export = new Button("Export…");
        export.setId("settings-export");
        export.setOnAction(e -> model.exportProgress());
        Button importButton = new Button("Import…");
        importButton.setId("settings-import");
        importButton.setOnAction(e -> model.importProgress());

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(12);
        int r = 0;
        grid.addRow(r++, label("Target role", role), role);
        grid.addRow(r++, label("Hours a week", hours), hours);
        grid.addRow(r++, label("Theme", theme), theme);
        grid.addRow(r++, new Label("Curriculum"), new VBox(6, curriculum, new HBox(8, folder, builtIn)));
        grid.addRow(r++, new Label("Data folder"), data);
        grid.addRow(r++, new Label("Backups"), new HBox(8, backup, restore));
        grid.addRow(r++, new Label("Your progress"), new HBox(8, export, importButton));
        Button setUp = new Button("Answer the first-start questions again…");
        setUp.setId("settings-onboarding");
        setUp.setOnAction(e -> model.answerAgain());
        grid.addRow(r, new Label("Starting point"), setUp);
        Label title = new Label("Settings");
        title.getStyleClass().add("title-2");
        VBox layout = new VBox(16, title, grid);
        layout.setPadding(new Insets(20));
        setContent(layout);
        org.pathwise.ui.common.Shown.follow(this, model.screenProperty(), this::update);
    }

    private static Label label(String text, javafx.scene.Node control) {
        Label l = new Label(text);
        l.setLabelFor(control);
        control.setAccessibleText(text);
        return l;
    }

    private void update(SettingsViewModel.Screen v) {
        updating = true;
        try {
            role.setValue(v.role());
            hours.getValueFactory().setValue(v.weeklyHours());
            theme.setValue(v.theme());
        } finally {
            updating = false;
        }
    }
}
