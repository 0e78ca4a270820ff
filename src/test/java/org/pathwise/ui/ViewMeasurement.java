package org.pathwise.ui;

import java.util.List;
import java.util.Locale;

/**
 * Times the first visit to each view in a real window (build, CSS and layout on the JavaFX thread)
 * against a revisit of a built view, the bare cost of a page change (the window prepares views while idle,
 * so after start-up a first visit should cost about as much as a revisit); run under Xvfb by
 * {@code packaging/measure-views.sh [WIDTHxHEIGHT]}.
 */
public final class ViewMeasurement {
    private ViewMeasurement() {
    }

    public static void main(String[] args) throws Exception {
        DemoWindow window = DemoWindow.open(args.length > 1 ? args[1] : "1280x800");
        PathwiseApp app = window.app;
        boolean cold = Boolean.getBoolean("pathwise.coldViews");
        // The longest gaps between frames while the window settles and (unless cold) prepares its views.
        java.util.List<Double> gaps = new java.util.concurrent.CopyOnWriteArrayList<>();
        long[] last = {0};
        javafx.animation.AnimationTimer probe = new javafx.animation.AnimationTimer() {
            @Override
            public void handle(long now) {
                if (last[0] != 0) {
                    gaps.add((now - last[0]) / 1e6);
                }
                last[0] = now;
            }
        };
        DemoWindow.onFx(probe::start);
        Thread.sleep(1500); // Let the first screen settle, and the views be prepared while the window is idle.
        boolean[] prepared = {cold};
        for (int i = 0; i < 300 && !prepared[0]; i++) {
            Thread.sleep(100);
            DemoWindow.onFx(() -> prepared[0] = app.viewsPrepared());
        }
        DemoWindow.onFx(probe::stop);
        java.util.List<Double> sorted = new java.util.ArrayList<>(gaps);
        sorted.sort(java.util.Comparator.reverseOrder());
        System.out.printf(Locale.ROOT, "%s: %d frames after start-up, %d over 16 ms, longest %s ms%n",
                cold ? "Cold views (built on first visit)" : "Views prepared while idle", gaps.size(),
                gaps.stream().filter(g -> g > 16.7).count(), sorted.stream().limit(5)
                        .map(g -> String.format(Locale.ROOT, "%.0f", g)).toList());
        double[] revisit = new double[1];
        DemoWindow.onFx(() -> revisit[0] = time(app, "next")); // Already built: the bare cost of a page change.
        System.out.printf(Locale.ROOT, "%-9s %7.1f ms  (revisit of a built view: the baseline)%n", "next", revisit[0]);
        for (String view : List.of("roadmap", "catalog", "skills", "projects", "career", "settings")) {
            double[] ms = new double[1];
            DemoWindow.onFx(() -> ms[0] = time(app, view));
            System.out.printf(Locale.ROOT, "%-9s %7.1f ms  first visit (build, CSS, layout)%n", view, ms[0]);
            Thread.sleep(300);
        }
        measureTicks(app);
        window.close();
    }

    /**
     * From Done to Next up redrawn, seen on the JavaFX thread: the durable write and the recompute on
     * the background thread, the view models, the new nodes, CSS and layout. 20 ticks, after 5 unmeasured.
     */
    private static void measureTicks(PathwiseApp app) throws Exception {
        DemoWindow.onFx(() -> app.show("next"));
        Thread.sleep(300);
        List<Double> ms = new java.util.ArrayList<>();
        List<Double> onFx = new java.util.ArrayList<>();
        long[] arrived = new long[1];
        DemoWindow.onFx(() -> app.state().viewProperty().addListener((o, a, b) -> arrived[0] = System.nanoTime()));
        for (int i = 0; i < 25; i++) {
            java.util.concurrent.CountDownLatch redrawn = new java.util.concurrent.CountDownLatch(1);
            double[] took = new double[2];
            DemoWindow.onFx(() -> {
                var scene = app.stageForTests().getScene();
                javafx.scene.control.Label title = (javafx.scene.control.Label) scene.lookup("#next-title");
                var top = app.state().current().next().top().orElseThrow();
                long t0 = System.nanoTime();
                title.textProperty().addListener(new javafx.beans.value.ChangeListener<>() {
                    @Override
                    public void changed(javafx.beans.value.ObservableValue<? extends String> o, String a, String b) {
                        title.textProperty().removeListener(this);
                        // The rest of the update runs in this same event; lay the scene out after it.
                        javafx.application.Platform.runLater(() -> {
                            scene.getRoot().applyCss();
                            scene.getRoot().layout();
                            long t1 = System.nanoTime();
                            took[0] = (t1 - t0) / 1e6;
                            took[1] = (t1 - arrived[0]) / 1e6;
                            redrawn.countDown();
                        });
                    }
                });
                if (top.project()) { // What Done on the card does.
                    app.state().setProjectStatus(top.id(), org.pathwise.model.ProjectStatus.DONE);
                } else {
                    app.state().mark(top.id(), org.pathwise.model.Status.DONE);
                }
            });
            if (!redrawn.await(10, java.util.concurrent.TimeUnit.SECONDS)) {
                System.out.println("tick " + i + ": Next up did not change within 10 s");
            } else if (i >= 5) {
                ms.add(took[0]);
                onFx.add(took[1]);
            }
            Thread.sleep(100);
        }
        java.util.Collections.sort(ms);
        java.util.Collections.sort(onFx);
        System.out.printf(Locale.ROOT, "tick → Next up redrawn: median %.1f ms, p95 %.1f ms, max %.1f ms (%d ticks)%n",
                ms.get(ms.size() / 2), ms.get((int) Math.ceil(ms.size() * 0.95) - 1), ms.get(ms.size() - 1), ms.size());
        System.out.printf(Locale.ROOT, "  of which on the JavaFX thread (view models, nodes, CSS, layout): median %.1f ms,"
                + " p95 %.1f ms%n", onFx.get(onFx.size() / 2), onFx.get((int) Math.ceil(onFx.size() * 0.95) - 1));
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
