package org.pathwise.ui;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;

/**
 * Opens each main view in a real window and writes a PNG per view: run under Xvfb by
 * {@code packaging/screenshots.sh}: OUT_DIR WIDTHxHEIGHT light|dark.
 */
public final class Screenshots {
    private Screenshots() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/screenshots");
        String size = args.length > 1 ? args[1] : "1280x800";
        Files.createDirectories(out);
        String theme = args.length > 2 ? args[2] : "light";
        DemoWindow window = DemoWindow.open(size, theme);
        PathwiseApp app = window.app;
        for (String view : List.of("next", "roadmap", "roadmap-graph", "catalog", "skills", "projects", "career",
                "settings")) {
            if (view.equals("roadmap-graph")) {
                DemoWindow.onFx(() -> ((javafx.scene.control.ToggleButton) app.stageForTests().getScene()
                        .lookup("#roadmap-mode-graph")).fire());
            } else {
                DemoWindow.onFx(() -> app.show(view));
            }
            if (view.equals("catalog")) {
                DemoWindow.onFx(() -> app.state().selectedResourceProperty().set("fastai-practical-deep-learning"));
            }
            Thread.sleep(600);
            Path file = out.resolve(view + "-" + size + "-" + theme + ".png");
            DemoWindow.onFx(() -> write(app, file));
            System.out.println("wrote " + file);
        }
        window.close();
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
}
