package org.pathwise.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pathwise.catalog.Fixtures;
import org.pathwise.cli.GlobalOptions;
import org.pathwise.model.LearnerProgress;
import org.pathwise.model.Status;
import org.pathwise.progress.ProgressStore;
import org.pathwise.progress.Settings;
import org.pathwise.ui.skills.SkillsView;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import picocli.CommandLine;

/** The window, headless: clicks change the screen and the database; failures are dialogs. */
class AppTest {
    @TempDir
    Path data;
    @TempDir
    Path work;

    private final FxRobot robot = new FxRobot();
    private final List<String> opened = new ArrayList<>();
    private PathwiseApp app;

    private void start(String... extraArgs) throws Exception {
        GlobalOptions options = new GlobalOptions();
        List<String> args = new ArrayList<>(List.of("--data-dir", data.toString()));
        args.addAll(List.of(extraArgs));
        new CommandLine(options).parseArgs(args.toArray(String[]::new));
        FxToolkit.registerPrimaryStage();
        app = (PathwiseApp) FxToolkit.setupApplication(() -> new PathwiseApp(new LaunchOptions(options.dataFolder(),
                options.curriculumFolder()), opened::add));
        robot.interact(() -> app.stageForTests().requestFocus());
    }

    private void onboarded() throws Exception {
        try (ProgressStore s = ProgressStore.open(data)) {
            s.setSetting(PathwiseApp.ONBOARDED, "true");
        }
    }

    private void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.getAsBoolean();
        });
    }

    private void waitLoaded() throws Exception {
        waitUntil(() -> app.state() != null && robot.lookup("#nav-next").tryQuery().isPresent());
    }

    private void idle() throws Exception {
        waitUntil(() -> app.background().runningProperty().get() == 0);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private LearnerProgress db() throws Exception {
        return ProgressStore.readOnlySnapshot(data);
    }

    private String text(String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private Set<Window> dialogs() {
        return Set.copyOf(robot.listTargetWindows().stream().filter(w -> w != app.stageForTests()).toList());
    }

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    @Test
    void tickingTheSuggestionChangesTheDatabaseTheSuggestionAndTheChartAndUndoRestoresAll() throws Exception {
        onboarded();
        start();
        waitLoaded();
        idle();
        String first = text("#next-title");
        String firstId = app.state().current().next().top().orElseThrow().resourceId();
        robot.clickOn("#nav-skills");
        SkillsView skills = robot.lookup("#view-skills").queryAs(SkillsView.class);
        String skill = app.state().curriculum().resource(firstId).orElseThrow().teaches().get(0).skill();
        double before = skills.levelWidth(skill);
        String topicsBefore = skills.topicsText(skill);

        robot.clickOn("#nav-next");
        robot.clickOn("#next-done");
        idle();
        assertEquals(Status.DONE, db().statusOf(firstId));
        assertFalse(first.equals(text("#next-title")), "the suggestion moved on");
        assertTrue(robot.lookup("#toast").query().isVisible());
        assertTrue(robot.lookup("#activity-calendar").query().getAccessibleText().startsWith("1 active day "),
                "the calendar shows today's tick: " + robot.lookup("#activity-calendar").query().getAccessibleText());
        robot.clickOn("#nav-skills"); // A view away from the window catches up when it comes back.
        assertTrue(skills.levelWidth(skill) >= before, "the chart never goes back");
        assertFalse(topicsBefore.equals(skills.topicsText(skill)), "the skill's covered topics change: "
                + skills.topicsText(skill));

        robot.clickOn("#toast-undo");
        idle();
        assertEquals(Status.NOT_STARTED, db().statusOf(firstId));
        assertEquals(before, skills.levelWidth(skill));
        assertEquals(topicsBefore, skills.topicsText(skill));
        robot.clickOn("#nav-next");
        assertEquals(first, text("#next-title"));
        // The history keeps both changes.
        assertEquals(2, db().history().stream().filter(h -> h.resourceId().equals(firstId)).count());
    }

    @Test
    void theCatalogCheckBoxTicksAndCtrlZUndoes() throws Exception {
        onboarded();
        start();
        waitLoaded();
        robot.clickOn("#nav-catalog");
        robot.clickOn("#catalog-search").write("sqlbolt");
        waitUntil(() -> robot.lookup("#catalog-table").queryAs(TableView.class).getItems().size() == 1);
        robot.clickOn("#done-sqlbolt");
        idle();
        assertEquals(Status.DONE, db().statusOf("sqlbolt"));
        assertTrue(robot.lookup("#done-sqlbolt").queryAs(CheckBox.class).isSelected());
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        idle();
        assertEquals(Status.NOT_STARTED, db().statusOf("sqlbolt"));
        assertFalse(robot.lookup("#done-sqlbolt").queryAs(CheckBox.class).isSelected());
    }

    @Test
    void searchAndFiltersNarrowTheCatalogAndNotesAreSaved() throws Exception {
        onboarded();
        start();
        waitLoaded();
        robot.clickOn("#nav-catalog");
        TableView<?> table = robot.lookup("#catalog-table").queryAs(TableView.class);
        int all = app.state().curriculum().resources().size();
        assertEquals(all, table.getItems().size());
        robot.clickOn("#catalog-search").write("kaggle");
        waitUntil(() -> table.getItems().size() == 3);
        assertEquals("3 of " + all, text("#catalog-count"));
        robot.clickOn("#catalog-search-clear");
        waitUntil(() -> table.getItems().size() == all);
        robot.clickOn("#catalog-search").write("docker");
        waitUntil(() -> table.getItems().size() < all);
        assertEquals("docker-get-started", ((org.pathwise.model.Resource) table.getItems().get(0)).id(),
                "a title match leads");
        robot.clickOn("#catalog-search-clear");
        waitUntil(() -> table.getItems().size() == all);
        robot.interact(() -> robot.lookup("#catalog-filter-cost").queryAs(ComboBox.class).setValue("paid"));
        long paid = app.state().curriculum().resources().stream().filter(r -> r.cost().key().equals("paid")).count();
        waitUntil(() -> table.getItems().size() == paid);
        robot.interact(() -> robot.lookup("#catalog-filter-cost").queryAs(ComboBox.class).setValue("Any"));
        robot.interact(() -> robot.lookup("#catalog-filter-priority").queryAs(ComboBox.class).setValue("Bonus"));
        long bonus = app.state().curriculum().resources().stream().filter(r -> r.teaches().stream().anyMatch(t ->
                app.state().curriculum().skill(t.skill()).orElseThrow().priority() == org.pathwise.model.Priority.BONUS))
                .count();
        assertTrue(bonus > 0 && bonus < all);
        waitUntil(() -> table.getItems().size() == bonus);

        robot.interact(() -> app.state().selectedResourceProperty().set("ray-docs"));
        robot.clickOn("#catalog-notes").write("Try Ray Tune on the bear classifier");
        Thread.sleep(900); // past the 600 ms debounce
        idle();
        assertEquals("Try Ray Tune on the bear classifier", db().resources().get("ray-docs").note());
    }

    @Test
    void aNoteTypedWithPausesGrowsInOrderAndCtrlZStillUndoesTheTyping() throws Exception {
        onboarded();
        start();
        waitLoaded();
        robot.clickOn("#nav-catalog");
        robot.interact(() -> app.state().selectedResourceProperty().set("ray-docs"));
        TextArea notes = robot.lookup("#catalog-notes").queryAs(TextArea.class);
        robot.clickOn("#catalog-notes").write("first");
        Thread.sleep(1200); // The note is saved in the pause, and the window follows the save.
        idle();
        assertEquals("first", db().resources().get("ray-docs").note());
        robot.write(" second");
        Thread.sleep(1200);
        idle();
        assertEquals("first second", notes.getText(), "typing goes on where it stopped");
        assertEquals("first second", db().resources().get("ray-docs").note());
        assertTrue(notes.isFocused(), "the save keeps the keyboard in the note");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertFalse(notes.getText().equals("first second"), "Ctrl+Z after a save still undoes the typing");
    }

    @Test
    void aNoteTypedJustBeforeQuittingIsSaved() throws Exception {
        onboarded();
        start();
        waitLoaded();
        robot.clickOn("#nav-catalog");
        robot.interact(() -> app.state().selectedResourceProperty().set("ray-docs"));
        robot.clickOn("#catalog-notes").write("last words");
        FxToolkit.cleanupApplication(app); // Quit at once, well inside the 600 ms debounce.
        app = null;
        assertEquals("last words", db().resources().get("ray-docs").note());
    }

    @Test
    void escapeOnOnboardingSetsNothingAndSettingsCanAskAgain() throws Exception {
        start();
        waitUntil(() -> robot.lookup("#onboarding-ok").tryQuery().isPresent());
        javafx.stage.Window dialog = robot.lookup("#onboarding-ok").query().getScene().getWindow();
        robot.interact(dialog::requestFocus);
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#onboarding-ok").tryQuery().isEmpty());
        idle();
        assertEquals(null, db().settings().get(PathwiseApp.ONBOARDED), "Escape is 'later', not 'accept'");
        waitLoaded();
        robot.clickOn("#nav-settings");
        waitUntil(() -> robot.lookup("#settings-onboarding").tryQuery().isPresent());
        javafx.scene.control.Button again = robot.lookup("#settings-onboarding").queryButton();
        javafx.application.Platform.runLater(again::fire); // It opens a modal dialog: do not wait for it here.
        waitUntil(() -> robot.lookup("#onboarding-ok").tryQuery().isPresent());
        robot.clickOn("#onboarding-ok");
        idle();
        assertEquals("true", db().settings().get(PathwiseApp.ONBOARDED));
    }

    @Test
    void theKeyboardAloneSwitchesViewsAndRatesASkill() throws Exception {
        onboarded();
        start();
        waitLoaded();
        robot.interact(() -> robot.lookup("#nav-next").query().requestFocus());
        robot.press(KeyCode.DOWN).release(KeyCode.DOWN);
        waitUntil(() -> robot.lookup("#view-roadmap").tryQuery().isPresent());
        assertTrue(robot.lookup("#nav-roadmap").queryAs(javafx.scene.control.ToggleButton.class).isSelected(),
                "the arrow moved the selection and the view followed it");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#skill-rating-python").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#skill-rating-python").query().requestFocus());
        robot.type(KeyCode.DIGIT2);
        idle();
        assertEquals(2, db().ratings().get("python").level(), "a digit sets the stars");
        @SuppressWarnings("unchecked")
        javafx.scene.chart.LineChart<String, Number> chart = robot.lookup("#skills-over-time").queryAs(
                javafx.scene.chart.LineChart.class);
        assertEquals(org.pathwise.ui.common.AppState.CHART_WEEKS, chart.getData().get(0).getData().size());
        robot.type(KeyCode.RIGHT);
        idle();
        assertEquals(3, db().ratings().get("python").level(), "an arrow raises them");
        // A rating is an action like a tick: Ctrl+Z takes it back, Ctrl+Shift+Z does it again.
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        idle();
        assertEquals(2, db().ratings().get("python").level());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        idle();
        assertEquals(3, db().ratings().get("python").level());
    }

    @Test
    void theFirstClickOnARoadmapNodeOpensItInTheCatalog() throws Exception {
        onboarded();
        start();
        waitLoaded();
        robot.clickOn("#nav-roadmap");
        // "My path" first: where the learner is, the plan by stage, the projects as milestones.
        waitUntil(() -> robot.lookup("#roadmap-here").tryQuery().isPresent());
        assertTrue(text("#roadmap-here").startsWith("You are here"), text("#roadmap-here"));
        String firstStep = app.state().current().roadmap().items().get(0).id();
        assertTrue(robot.lookup("#path-" + firstStep).tryQuery().isPresent());
        assertTrue(robot.lookup("#path-end-to-end-serving").queryAs(Label.class).getText().startsWith("◆ Project:"));
        robot.clickOn("#roadmap-mode-graph");
        // Focusing a node shows what it needs and what it opens the way to.
        robot.interact(() -> robot.lookup("#node-pytorch-60-minute-blitz").query().requestFocus());
        assertTrue(robot.lookup("#node-pytorch-tutorials").query().getStyleClass().contains("node-unlocks"));
        assertTrue(robot.lookup("#node-python-docs").query().getStyleClass().contains("node-needs"));
        robot.clickOn("#node-python-docs");
        waitUntil(() -> robot.lookup("#details-title").tryQuery().isPresent());
        assertEquals("The Python Tutorial", robot.lookup("#details-title").queryAs(Label.class).getText());
    }

    @Test
    void ctrlZInATextFieldUndoesTheTypingNotTheLastTick() throws Exception {
        onboarded();
        start();
        waitLoaded();
        robot.clickOn("#next-done");
        idle();
        String ticked = db().history().get(db().history().size() - 1).resourceId();
        assertEquals(Status.DONE, db().statusOf(ticked));
        robot.clickOn("#nav-catalog");
        robot.clickOn("#catalog-search").write("dock");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        idle();
        assertEquals(Status.DONE, db().statusOf(ticked), "the tick stays");
        assertFalse("dock".equals(robot.lookup("#catalog-search").queryAs(javafx.scene.control.TextField.class)
                .getText()), "the typing was undone");
    }

    @Test
    void projectEvidenceIsSavedWithoutAButtonAndSurvivesTickingAStep() throws Exception {
        onboarded();
        start();
        waitLoaded();
        robot.clickOn("#nav-projects");
        robot.clickOn("#project-repo-end-to-end-serving").write("https://github.com/me/serve");
        robot.clickOn("#project-check-end-to-end-serving-train-model"); // focus leaves the field: saved now
        idle();
        assertEquals("https://github.com/me/serve", db().projects().get("end-to-end-serving").repositoryUrl());
        assertEquals(org.pathwise.model.ProjectStatus.IN_PROGRESS, db().projects().get("end-to-end-serving").status(),
                "ticking a step starts the project");
        assertEquals("https://github.com/me/serve", robot.lookup("#project-repo-end-to-end-serving")
                .queryAs(javafx.scene.control.TextField.class).getText(), "the field keeps what was typed");
        javafx.scene.control.TextField impact = robot.lookup("#project-impact-end-to-end-serving")
                .queryAs(javafx.scene.control.TextField.class);
        robot.interact(impact::requestFocus);
        robot.write("p95 40 ms");
        FxToolkit.cleanupApplication(app);
        app = null;
        assertEquals("p95 40 ms", db().projects().get("end-to-end-serving").impact());
        assertTrue(db().projects().get("end-to-end-serving").checkedItems().containsKey("train-model"));
    }

    @Test
    void onboardingPrefillsThePlanAndIsNotAskedAgain() throws Exception {
        start();
        waitUntil(() -> robot.lookup("#onboarding-ok").tryQuery().isPresent());
        javafx.scene.Scene dialog = robot.lookup("#onboarding-ok").query().getScene();
        waitUntil(() -> dialog.getFocusOwner() != null && "onboarding-software-engineer".equals(dialog.getFocusOwner()
                .getId())); // The keyboard starts at the first question, not on OK.
        robot.clickOn("#onboarding-software-engineer");
        Spinner<?> hours = robot.lookup("#onboarding-hours").queryAs(Spinner.class);
        robot.interact(() -> hours.getEditor().setText("6"));
        robot.interact(() -> hours.commitValue());
        // The soft and interview skills are asked too, and the keyboard sets their stars.
        javafx.scene.Node communication = robot.lookup("#onboarding-rating-communication").query();
        robot.interact(() -> {
            communication.requestFocus();
            communication.fireEvent(new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_PRESSED, "2", "2",
                    KeyCode.DIGIT2, false, false, false, false));
        });
        waitUntil(() -> ((org.controlsfx.control.Rating) communication).getRating() == 2);
        assertEquals(2.0, ((org.controlsfx.control.Rating) communication).getRating(), "a digit sets the stars");
        robot.clickOn("#onboarding-ok");
        idle();
        LearnerProgress p = db();
        assertEquals("true", p.settings().get(PathwiseApp.ONBOARDED));
        assertEquals("6", p.settings().get(Settings.WEEKLY_HOURS));
        assertEquals("software-engineer", p.settings().get("background"));
        // The preset comes from the curriculum file's starting point.
        var preset = app.state().curriculum().info().startingPoints().stream()
                .filter(sp -> sp.id().equals("software-engineer")).findFirst().orElseThrow();
        assertEquals(preset.rating("python"), p.ratings().get("python").level());
        assertEquals(preset.rating("software-engineering"), p.ratings().get("software-engineering").level());
        assertEquals(2, p.ratings().get("communication").level());
        assertTrue(text("#next-finish").contains("at 6 h a week"), text("#next-finish"));
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        start();
        waitLoaded();
        idle();
        assertTrue(robot.lookup("#onboarding-ok").tryQuery().isEmpty(), "onboarding is asked once");
    }

    @Test
    void settingsSurviveARestart() throws Exception {
        onboarded();
        start();
        waitLoaded();
        robot.clickOn("#nav-settings");
        Spinner<?> hours = robot.lookup("#settings-weekly-hours").queryAs(Spinner.class);
        robot.interact(() -> hours.getEditor().setText("7"));
        robot.interact(() -> hours.commitValue());
        robot.interact(() -> robot.lookup("#settings-theme").queryAs(ComboBox.class).setValue("dark"));
        robot.interact(() -> robot.lookup("#settings-role").queryAs(ComboBox.class).setValue(
                app.state().curriculum().role("data-scientist").orElseThrow()));
        idle();
        robot.interact(() -> app.stageForTests().setWidth(1100));
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        LearnerProgress p = db();
        assertEquals("7", p.settings().get(Settings.WEEKLY_HOURS));
        assertEquals("data-scientist", p.settings().get(Settings.TARGET_ROLE));
        // Theme and window place are this machine's, in a file beside the database, never in progress.
        assertEquals(null, p.settings().get(Settings.THEME));
        assertEquals(null, p.settings().get(PathwiseApp.WINDOW));
        java.util.Properties prefs = new java.util.Properties();
        try (java.io.Reader r = java.nio.file.Files.newBufferedReader(data.resolve(
                org.pathwise.ui.common.UiPreferences.FILE))) {
            prefs.load(r);
        }
        assertEquals("dark", prefs.getProperty("theme"));
        assertTrue(prefs.getProperty("window").contains(",1100.0,"), prefs.getProperty("window"));

        start();
        waitLoaded();
        idle();
        robot.clickOn("#nav-settings");
        assertEquals(7, robot.lookup("#settings-weekly-hours").queryAs(Spinner.class).getValue());
        assertEquals("dark", robot.lookup("#settings-theme").queryAs(ComboBox.class).getValue());
        assertTrue(app.stageForTests().getScene().getRoot().getStyleClass().contains("theme-dark"));
        assertEquals(1100, app.stageForTests().getWidth(), 1);
        robot.clickOn("#nav-next");
        assertTrue(text("#next-progress-text").contains("Data scientist"), text("#next-progress-text"));
    }

    @Test
    void aBadCurriculumFolderIsADialogTheBuiltInIsUsedAndProgressIsUntouched() throws Exception {
        try (ProgressStore s = ProgressStore.open(data)) {
            s.setSetting(PathwiseApp.ONBOARDED, "true");
            s.mark("sqlbolt", Status.DONE);
        }
        Path bad = Fixtures.bad("trapped-cycle", work.resolve("bad"));
        start("--curriculum", bad.toString());
        waitUntil(() -> robot.lookup("#dialog-text").tryQuery().isPresent());
        String message = robot.lookup("#dialog-text").queryAs(TextArea.class).getText();
        assertTrue(message.startsWith("The curriculum in " + bad + " cannot be used, so the built-in curriculum is "
                + "shown instead. Your progress is untouched."), message);
        assertTrue(message.contains("resources.json:12:20: resource \"basics\": prerequisite cycle"), message);
        assertFalse(message.contains("Exception"), message);
        robot.clickOn("OK");
        waitLoaded();
        idle();
        assertEquals("ml-engineer", app.state().curriculum().info().id());
        assertEquals(Status.DONE, db().statusOf("sqlbolt"));
    }

    @Test
    void aDamagedDatabaseIsADialogNamingTheRestoredBackup() throws Exception {
        Path db = data.resolve(ProgressStore.DATABASE);
        try (ProgressStore s = ProgressStore.open(data)) {
            s.setSetting(PathwiseApp.ONBOARDED, "true");
            s.mark("sqlbolt", Status.DONE);
            s.backupNow();
        }
        byte[] bytes = Files.readAllBytes(db);
        for (int i = 0; i < 64; i++) {
            bytes[i] = 0;
        }
        Files.write(db, bytes);
        start();
        waitUntil(() -> robot.lookup("#dialog-text").tryQuery().isPresent());
        String message = robot.lookup("#dialog-text").queryAs(TextArea.class).getText();
        assertTrue(message.startsWith("Your progress database was damaged"), message);
        assertTrue(message.matches("(?s).*your backup from \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} was restored.*"), message);
        robot.clickOn("OK");
        waitLoaded();
        idle();
        assertEquals(Status.DONE, app.state().current().progress().statusOf("sqlbolt"));
        assertTrue(Files.list(data).anyMatch(f -> f.getFileName().toString().startsWith("pathwise.db.damaged-")));
    }

    @Test
    void shortcutsSwitchViewsAndLinksOpenOnlyWebAddresses() throws Exception {
        onboarded();
        start();
        waitLoaded();
        robot.clickOn("#nav-next"); // the window has the keyboard, as it has for a learner
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#view-skills").tryQuery().isPresent());
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        waitUntil(() -> {
            TextField search = robot.lookup("#catalog-search").queryAs(TextField.class);
            return search.getScene() != null && search.getScene().getFocusOwner() == search;
        });
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#view-next").tryQuery().isPresent());
        robot.clickOn("#next-open");
        String url = app.state().curriculum().resource(app.state().current().next().top().orElseThrow().resourceId())
                .orElseThrow().url();
        assertEquals(List.of(url), opened);
        // The browser gives no sign when it fails: the window says what it did and offers the link to copy.
        assertTrue(text("#toast-text").startsWith("Opening " + url + " in your browser."), text("#toast-text"));
        robot.clickOn("#toast-undo");
        WaitForAsyncUtils.waitForFxEvents();
        String[] copied = new String[1];
        robot.interact(() -> copied[0] = javafx.scene.input.Clipboard.getSystemClipboard().getString());
        assertEquals(url, copied[0]);
        assertFalse(new org.pathwise.ui.common.Links(opened::add).open("javascript:alert(1)"));
        assertFalse(new org.pathwise.ui.common.Links(opened::add).open("file:///etc/passwd"));
        assertEquals(1, opened.size());
    }

    /** Presses Tab until the focus is on the node with this id (at most {@code max} times). */
    private void tabTo(String id, int max) throws Exception {
        for (int i = 0; i < max; i++) {
            javafx.scene.Node f = app.stageForTests().getScene().getFocusOwner();
            if (f != null && id.equals(f.getId())) {
                return;
            }
            robot.type(KeyCode.TAB);
        }
        javafx.scene.Node f = app.stageForTests().getScene().getFocusOwner();
        assertEquals(id, f == null ? null : f.getId(), "Tab did not reach #" + id + " in " + max + " presses");
    }

    private void keys(KeyCode... codes) {
        robot.press(codes).release(codes);
    }

    @Test
    void aWholeEveningWithTheKeyboardAlone() throws Exception {
        onboarded();
        start();
        waitLoaded();
        idle();
        // Next up: Tab from the side menu to Done, Space ticks it, Ctrl+Z takes it back.
        keys(KeyCode.CONTROL, KeyCode.DIGIT1);
        String first = app.state().current().next().top().orElseThrow().id();
        tabTo("next-done", 12);
        robot.type(KeyCode.SPACE);
        idle();
        assertEquals(Status.DONE, db().statusOf(first));
        keys(KeyCode.CONTROL, KeyCode.Z);
        idle();
        assertEquals(Status.NOT_STARTED, db().statusOf(first));
        // Catalog: Ctrl+F, a search, Tab on to the table, Space ticks the first row, the one the search ranks first.
        keys(KeyCode.CONTROL, KeyCode.F);
        waitUntil(() -> "catalog-search".equals(app.stageForTests().getScene().getFocusOwner().getId()));
        robot.write("docker");
        tabTo("catalog-table", 12);
        robot.type(KeyCode.SPACE);
        idle();
        assertEquals(Status.DONE, db().statusOf("docker-get-started"), "the first row, selected on arrival");
        // Projects: Tab to a step, Space ticks it and starts the project.
        keys(KeyCode.CONTROL, KeyCode.DIGIT5);
        waitUntil(() -> robot.lookup("#view-projects").tryQuery().isPresent());
        String project = app.state().current().projects().suggestedProjectId().orElseThrow();
        String step = app.state().curriculum().project(project).orElseThrow().checklist().get(0).id();
        tabTo("project-check-" + project + "-" + step, 40);
        robot.type(KeyCode.SPACE);
        idle();
        assertTrue(db().projects().get(project).checkedItems().containsKey(step));
        // Career: Tab to the first item, Space ticks it.
        keys(KeyCode.CONTROL, KeyCode.DIGIT6);
        waitUntil(() -> robot.lookup("#view-career").tryQuery().isPresent());
        String item = app.state().curriculum().career().resume().checklist().get(0).id();
        tabTo("career-check-" + item, 20);
        robot.type(KeyCode.SPACE);
        idle();
        assertTrue(db().careerItems().containsKey(item));
        assertTrue(((Label) robot.lookup("#toast-text").query()).getText().startsWith("Ticked “"), "the toast names it");
        // Roadmap: Tab to a step of my path, Enter shows it in the catalog with the keyboard on its row.
        keys(KeyCode.CONTROL, KeyCode.DIGIT2);
        waitUntil(() -> robot.lookup("#view-roadmap").tryQuery().isPresent());
        String planned = app.state().current().roadmap().items().stream().filter(i -> !i.project()).findFirst()
                .orElseThrow().id();
        tabTo("path-" + planned, 12);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#view-catalog").tryQuery().isPresent()
                && "catalog-table".equals(app.stageForTests().getScene().getFocusOwner().getId()));
        assertEquals(planned, robot.lookup("#catalog-table").queryAs(javafx.scene.control.TableView.class)
                .getSelectionModel().getSelectedItem() instanceof org.pathwise.model.Resource r ? r.id() : null);
        // Every change above was saved, and the focus is never lost on the way.
        assertTrue(dialogs().isEmpty(), "no dialog: " + dialogs());
    }

    @Test
    void theRoadmapShowsMyPathAndTheGraphShowsWhatANodeNeedsAndOpens() throws Exception {
        onboarded();
        start();
        waitLoaded();
        idle();
        robot.clickOn("#nav-roadmap");
        assertTrue(text("#roadmap-here").startsWith("You are here ↓ — "), text("#roadmap-here"));
        var plan = app.state().current().roadmap();
        String firstStep = plan.items().get(0).id();
        assertTrue(text("#path-" + firstStep).contains(plan.items().get(0).title()));
        robot.clickOn("#roadmap-mode-graph");
        waitUntil(() -> robot.lookup("#node-made-with-ml").tryQuery().isPresent());
        Label node = robot.lookup("#node-made-with-ml").queryAs(Label.class);
        robot.interact(node::requestFocus);
        String needed = app.state().loaded().graph().prerequisites("made-with-ml").iterator().next();
        assertTrue(robot.lookup("#node-" + needed).query().getStyleClass().contains("node-needs"),
                "focusing a node marks what it needs");
        robot.clickOn("#roadmap-zoom-in");
        assertEquals("125%", robot.lookup("#roadmap-zoom").queryAs(javafx.scene.control.Button.class).getText());
        // Ticking the step elsewhere shows on the path when the roadmap comes back.
        robot.interact(() -> app.state().mark(firstStep, Status.DONE));
        idle();
        robot.clickOn("#roadmap-mode-path");
        assertFalse(robot.lookup("#path-" + firstStep).tryQuery().isPresent(), "a done step leaves the path");
    }

    @Test
    void settingsBackUpRestoreExportAndImportThroughTheDialogs() throws Exception {
        onboarded();
        start();
        waitLoaded();
        idle();
        org.pathwise.ui.common.StateFixture.ScriptedDialogs dialogs = new org.pathwise.ui.common.StateFixture
                .ScriptedDialogs();
        robot.interact(() -> app.state().setDialogs(dialogs));
        robot.interact(() -> app.state().mark("python-docs", Status.DONE));
        idle();
        robot.clickOn("#nav-settings");
        robot.clickOn("#settings-backup");
        idle();
        assertTrue(dialogs.asked.get(dialogs.asked.size() - 1).startsWith("info: Backed up to "), dialogs.asked.toString());
        robot.interact(() -> app.state().mark("python-docs", Status.NOT_STARTED));
        idle();
        dialogs.answers.add(0);
        robot.clickOn("#settings-restore");
        idle();
        assertEquals(Status.DONE, db().statusOf("python-docs"), "the backup is restored");
        Path export = work.resolve("mine.json");
        dialogs.answers.add(export);
        robot.clickOn("#settings-export");
        idle();
        assertTrue(Files.readString(export).contains("python-docs"));
        robot.interact(() -> app.state().mark("python-docs", Status.SKIPPED));
        idle();
        dialogs.answers.add(export);
        dialogs.answers.add(true);
        robot.clickOn("#settings-import");
        idle();
        assertEquals(Status.DONE, db().statusOf("python-docs"), "the import replaced the progress");
        assertTrue(dialogs.asked.stream().anyMatch(a -> a.startsWith("confirm: Replace all your progress with ")));
    }

    @Test
    void everyKindOfActionIsUndoneAndRedoneFromTheWindow() throws Exception {
        onboarded();
        start();
        waitLoaded();
        idle();
        // A project step and the project's status.
        robot.clickOn("#nav-projects");
        String project = "end-to-end-serving";
        String step = app.state().curriculum().project(project).orElseThrow().checklist().get(0).id();
        javafx.scene.control.CheckBox box = robot.lookup("#project-check-" + project + "-" + step)
                .queryAs(javafx.scene.control.CheckBox.class);
        robot.interact(box::fire);
        idle();
        assertEquals(org.pathwise.model.ProjectStatus.IN_PROGRESS, db().projects().get(project).status());
        keys(KeyCode.CONTROL, KeyCode.Z);
        idle();
        assertEquals(org.pathwise.model.ProjectStatus.NOT_STARTED, db().projects().get(project).status());
        assertFalse(box.isSelected(), "the step is unticked on screen");
        keys(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        idle();
        assertTrue(box.isSelected());
        // A career item.
        robot.clickOn("#nav-career");
        String item = app.state().curriculum().career().jobSearch().checklist().get(0).id();
        javafx.scene.control.CheckBox career = robot.lookup("#career-check-" + item)
                .queryAs(javafx.scene.control.CheckBox.class);
        robot.interact(career::fire);
        idle();
        assertTrue(db().careerItems().containsKey(item));
        keys(KeyCode.CONTROL, KeyCode.Z);
        idle();
        assertFalse(db().careerItems().containsKey(item));
        assertFalse(career.isSelected());
        keys(KeyCode.CONTROL, KeyCode.Y);
        idle();
        assertTrue(db().careerItems().containsKey(item));
        // A status chosen in the catalog's details.
        robot.clickOn("#nav-catalog");
        robot.interact(() -> app.state().selectedResourceProperty().set("sqlbolt"));
        waitUntil(() -> robot.lookup("#details-status-in-progress").tryQuery().isPresent());
        robot.clickOn("#details-status-in-progress");
        idle();
        assertEquals(Status.IN_PROGRESS, db().statusOf("sqlbolt"));
        keys(KeyCode.CONTROL, KeyCode.Z);
        idle();
        assertEquals(Status.NOT_STARTED, db().statusOf("sqlbolt"));
        assertTrue(robot.lookup("#details-status-not-started").queryAs(javafx.scene.control.ToggleButton.class)
                .isSelected(), "the details follow the undo");
    }
}
