package org.pathwise.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import javafx.application.Platform;
import javafx.stage.Stage;

import org.pathwise.cli.GlobalOptions;
import org.pathwise.model.Status;
import org.pathwise.progress.ProgressStore;
import org.pathwise.progress.Settings;

/**
 * The real window on the built-in curriculum, for a learner a few weeks in, in a temporary data
 * folder: what {@link Screenshots} photographs and {@link ViewMeasurement} times. Run under Xvfb.
 */
final class DemoWindow {
    final PathwiseApp app;

    private DemoWindow(PathwiseApp app) {
        this.app = app;
    }

    /** Seeds the learner, starts JavaFX and the window at {@code size} ("WIDTHxHEIGHT"), and waits for its state. */
    static DemoWindow open(String size) throws Exception {
        return open(size, "light");
    }

    /** The same, in the light or the dark theme. */
    static DemoWindow open(String size, String theme) throws Exception {
        String[] wh = size.split("x");
        Path data = Files.createTempDirectory("pathwise-shots");
        // A learner a few weeks in, so the views have something to show.
        try (ProgressStore s = ProgressStore.open(data)) {
            s.setSetting(PathwiseApp.ONBOARDED, "true");
            s.setSetting(Settings.WEEKLY_HOURS, "8");
            s.rate("python", 2);
            s.rate("software-engineering", 1);
            s.mark("python-docs", Status.DONE);
            s.mark("sqlbolt", Status.DONE);
            s.mark("google-technical-writing", Status.DONE);
            s.mark("fastai-practical-deep-learning", Status.IN_PROGRESS);
            s.logHours("fastai-practical-deep-learning", 12);
            s.note("fastai-practical-deep-learning", "Lesson 3: build the bear classifier again without the notebook.");
            s.mark("missing-semester", Status.SKIPPED);
            s.checkCareerItem("resume-quantified-impact", true);
        }
        Files.writeString(data.resolve(org.pathwise.ui.common.UiPreferences.FILE), "theme=" + theme + "\n");
        CountDownLatch started = new CountDownLatch(1);
        PathwiseApp[] app = new PathwiseApp[1];
        Platform.startup(() -> {
            try {
                var options = new GlobalOptions();
                new picocli.CommandLine(options).parseArgs("--data-dir", data.toString());
                app[0] = new PathwiseApp(new LaunchOptions(options.dataFolder(), options.curriculumFolder()),
                        url -> { });
                Stage stage = new Stage();
                app[0].start(stage);
                stage.setWidth(Double.parseDouble(wh[0]));
                stage.setHeight(Double.parseDouble(wh[1]));
                started.countDown();
            } catch (Exception e) {
                e.printStackTrace();
            }
        });
        started.await(30, TimeUnit.SECONDS);
        waitUntil(() -> app[0].state() != null);
        return new DemoWindow(app[0]);
    }

    /** Runs {@code r} on the JavaFX thread and waits for it. */
    static void onFx(Runnable r) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                r.run();
            } finally {
                done.countDown();
            }
        });
        done.await(30, TimeUnit.SECONDS);
    }

    /** Stops the app (closing its store) and JavaFX. */
    void close() throws InterruptedException {
        onFx(app::stop);
        Platform.exit();
    }

    private static void waitUntil(BooleanSupplier c) throws InterruptedException {
        for (int i = 0; i < 300 && !c.getAsBoolean(); i++) {
            Thread.sleep(100);
        }
    }
}
