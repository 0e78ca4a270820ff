package org.pathwise.ui;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import javafx.application.Platform;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;

import org.pathwise.cli.Cli;
import org.pathwise.model.Status;
import org.pathwise.progress.ProgressStore;
import org.pathwise.progress.Settings;

/**
 * Times the first visit to each view in a real window (build, CSS and layout on the JavaFX thread)
 * against a revisit of a built view, the bare cost of a page change; run under Xvfb by
 * {@code packaging/measure-views.sh [WIDTHxHEIGHT]}.
 */
public final class ViewMeasurement {
    private ViewMeasurement() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/screenshots");
        String[] size = (args.length > 1 ? args[1] : "1280x800").split("x");
        Files.createDirectories(out);
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
        CountDownLatch started = new CountDownLatch(1);
        PathwiseApp[] app = new PathwiseApp[1];
        Platform.startup(() -> {
            try {
                var options = new org.pathwise.cli.GlobalOptions();
                picocli.CommandLine cl = new picocli.CommandLine(options);
                cl.parseArgs("--data-dir", data.toString());
                app[0] = new PathwiseApp(new LaunchOptions(options.dataFolder(), options.curriculumFolder()),
                        url -> { });
                Stage stage = new Stage();
                app[0].start(stage);
                stage.setWidth(Double.parseDouble(size[0]));
                stage.setHeight(Double.parseDouble(size[1]));
                started.countDown();
            } catch (Exception e) {
                e.printStackTrace();
            }
        });
        started.await(30, TimeUnit.SECONDS);
        waitUntil(() -> app[0].state() != null);
        Thread.sleep(1500); // Let the first screen settle.
        double[] revisit = new double[1];
        onFx(() -> revisit[0] = time(app[0], "next")); // Already built: the bare cost of a page change.
        System.out.printf(java.util.Locale.ROOT, "%-9s %7.1f ms  (revisit of a built view: the baseline)%n", "next",
                revisit[0]);
        for (String view : List.of("roadmap", "catalog", "skills", "projects", "career", "settings")) {
            double[] ms = new double[1];
            onFx(() -> ms[0] = time(app[0], view));
            System.out.printf(java.util.Locale.ROOT, "%-9s %7.1f ms  first visit (build, CSS, layout)%n", view, ms[0]);
            Thread.sleep(300);
        }
        onFx(() -> app[0].stop());
        Platform.exit();
        Cli.class.getName();
    }

    /** Shows a view and lays the scene out, on the JavaFX thread: what the learner waits for. */
    private static double time(PathwiseApp app, String view) {
        long t = System.nanoTime();
        app.show(view);
        app.stageForTests().getScene().getRoot().applyCss();
        app.stageForTests().getScene().getRoot().layout();
        return (System.nanoTime() - t) / 1e6;
    }

    private static void write(PathwiseApp app, Path file) {
        WritableImage img = app.stageForTests().getScene().snapshot(null);
        int w = (int) img.getWidth();
        int h = (int) img.getHeight();
        BufferedImage b = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader r = img.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                b.setRGB(x, y, r.getArgb(x, y));
            }
        }
        try {
            ImageIO.write(b, "png", file.toFile());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void onFx(Runnable r) throws InterruptedException {
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

    private static void waitUntil(java.util.function.BooleanSupplier c) throws InterruptedException {
        for (int i = 0; i < 300 && !c.getAsBoolean(); i++) {
            Thread.sleep(100);
        }
    }
}
