package org.pathwise.ui;

import java.util.List;
import java.util.Locale;

/**
 * Times the first visit to each view in a real window (build, CSS and layout on the JavaFX thread)
 * against a revisit of a built view, the bare cost of a page change; run under Xvfb by
 * {@code packaging/measure-views.sh [WIDTHxHEIGHT]}.
 */
public final class ViewMeasurement {
    private ViewMeasurement() {
    }

    public static void main(String[] args) throws Exception {
        DemoWindow window = DemoWindow.open(args.length > 1 ? args[1] : "1280x800");
        PathwiseApp app = window.app;
        Thread.sleep(1500); // Let the first screen settle.
        double[] revisit = new double[1];
        DemoWindow.onFx(() -> revisit[0] = time(app, "next")); // Already built: the bare cost of a page change.
        System.out.printf(Locale.ROOT, "%-9s %7.1f ms  (revisit of a built view: the baseline)%n", "next", revisit[0]);
        for (String view : List.of("roadmap", "catalog", "skills", "projects", "career", "settings")) {
            double[] ms = new double[1];
            DemoWindow.onFx(() -> ms[0] = time(app, view));
            System.out.printf(Locale.ROOT, "%-9s %7.1f ms  first visit (build, CSS, layout)%n", view, ms[0]);
            Thread.sleep(300);
        }
        window.close();
    }

    /** Shows a view and lays the scene out, on the JavaFX thread: what the learner waits for. */
    private static double time(PathwiseApp app, String view) {
        long t = System.nanoTime();
        app.show(view);
        app.stageForTests().getScene().getRoot().applyCss();
        app.stageForTests().getScene().getRoot().layout();
        return (System.nanoTime() - t) / 1e6;
    }
}
