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
 * Opens each main view in a real window and writes a PNG per view: run under Xvfb by
 * {@code packaging/screenshots.sh OUT_DIR [WIDTHxHEIGHT]}.
 */
public final class Screenshots {
    private Screenshots() {
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
        for (String view : List.of("next", "roadmap", "catalog", "skills", "projects", "career", "settings")) {
            onFx(() -> app[0].show(view));
            if (view.equals("catalog")) {
                onFx(() -> app[0].state().selectedResourceProperty().set("fastai-practical-deep-learning"));
            }
            Thread.sleep(600);
            Path file = out.resolve(view + "-" + size[0] + "x" + size[1] + ".png");
            onFx(() -> write(app[0], file));
            System.out.println("wrote " + file);
        }
        onFx(() -> app[0].stop());
        Platform.exit();
        Cli.class.getName();
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
