package org.pathwise.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.pathwise.model.Status;
import org.pathwise.progress.Settings;
import org.pathwise.ui.common.StateFixture;
import org.pathwise.ui.common.UiPreferences;

/** Settings without the toolkit: hours, theme, curriculum folder, backup and restore, export and import. */
class SettingsViewModelTest {
    @RegisterExtension
    final StateFixture app = new StateFixture();
    @TempDir
    Path elsewhere;
    private SettingsViewModel model;
    private final List<String> themes = new ArrayList<>();
    private int askedAgain;

    @BeforeEach
    void open() throws Exception {
        model = new SettingsViewModel(app.state, themes::add, "The built-in curriculum", () -> askedAgain++);
    }

    @Test
    void weeklyHoursAndTheThemeAreKept() throws Exception {
        assertEquals(10, model.screen().weeklyHours());
        model.setWeeklyHours(6);
        assertEquals("6", app.store.snapshot().settings().get(Settings.WEEKLY_HOURS));
        assertEquals(6, model.screen().weeklyHours());
        assertTrue(app.state.current().roadmap().latest().isAfter(app.state.current().roadmap().today().plusYears(2)));
        model.setTheme("dark");
        assertEquals(List.of("dark"), themes);
        assertEquals("dark", model.screen().theme());
        assertEquals("dark", UiPreferences.load(app.data, Map.of()).theme(), "saved for the next start");
        model.setTheme("purple");
        assertEquals(List.of("dark"), themes, "only the two themes");
        model.answerAgain();
        assertEquals(1, askedAgain);
    }

    @Test
    void aCurriculumFolderIsUsedFromTheNextStartAndTheBuiltInCanComeBack() {
        app.dialogs.answers.add(elsewhere);
        model.useCurriculumFolder();
        assertEquals(elsewhere.toAbsolutePath(), UiPreferences.load(app.data, Map.of()).curriculumFolder().orElseThrow());
        assertTrue(app.infos.get(0).startsWith("Pathwise will use the curriculum in " + elsewhere), app.infos.toString());
        model.useBuiltInCurriculum();
        assertTrue(UiPreferences.load(app.data, Map.of()).curriculumFolder().isEmpty());
        model.useCurriculumFolder(); // Cancelled: nothing changes.
        assertTrue(UiPreferences.load(app.data, Map.of()).curriculumFolder().isEmpty());
    }

    @Test
    void aBackupCanBeRestoredAndRestoreWithoutBackupsSaysSo() throws Exception {
        model.restore();
        assertTrue(app.dialogs.asked.get(0).startsWith("info: There is no backup yet in "), app.dialogs.asked.toString());
        app.state.mark("python-docs", Status.DONE);
        model.backupNow();
        assertTrue(app.infos.get(0).startsWith("Backed up to "), app.infos.toString());
        app.state.mark("python-docs", Status.NOT_STARTED);
        app.dialogs.answers.add(0);
        model.restore();
        assertTrue(app.dialogs.asked.get(1).startsWith("choose: Restore a backup: "), app.dialogs.asked.toString());
        assertEquals(Status.DONE, app.store.snapshot().statusOf("python-docs"));
        assertEquals(Status.DONE, app.state.current().progress().statusOf("python-docs"), "the window follows");
        assertEquals(List.of(), app.errors);
    }

    @Test
    void exportThenImportBringsProgressBackAndACancelledImportChangesNothing() throws Exception {
        app.state.mark("python-docs", Status.DONE);
        Path file = elsewhere.resolve("progress.json");
        app.dialogs.answers.add(file);
        model.exportProgress();
        assertTrue(Files.size(file) > 0);
        Path csv = elsewhere.resolve("progress.csv");
        app.dialogs.answers.add(csv);
        model.exportProgress();
        assertTrue(Files.readString(csv).contains("python-docs"));
        app.state.mark("python-docs", Status.NOT_STARTED);
        app.dialogs.answers.add(file);
        app.dialogs.answers.add(false);
        model.importProgress();
        assertEquals(Status.NOT_STARTED, app.store.snapshot().statusOf("python-docs"), "not confirmed: nothing changed");
        app.dialogs.answers.add(file);
        app.dialogs.answers.add(true);
        model.importProgress();
        assertEquals(Status.DONE, app.store.snapshot().statusOf("python-docs"));
        assertTrue(app.infos.get(app.infos.size() - 1).startsWith("Imported "), app.infos.toString());
        assertFalse(app.infos.isEmpty());
        assertEquals(List.of(), app.errors);
    }
}
