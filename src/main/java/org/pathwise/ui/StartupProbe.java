package org.pathwise.ui;

import java.time.Duration;
import java.time.Instant;

import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * With {@code -Dpathwise.startupProbe=true}, prints "FIRST_FRAME ms" once the first window has
 * been shown, and "CONTENT ms" once the first screen a learner can use (the plan, or the first-start
 * questions over it) is laid out, counted from the start of the process: what
 * packaging/measure-startup.sh reads. A spinner satisfies the first, not the second.
 */
public final class StartupProbe {
    private StartupProbe() {
    }

    public static void install(Stage stage) {
        if (!Boolean.getBoolean("pathwise.startupProbe")) {
            return;
        }
        onceShown(stage, () -> {
            Instant started = ProcessHandle.current().info().startInstant().orElse(Instant.now());
            System.out.println("FIRST_FRAME " + Duration.between(started, Instant.now()).toMillis());
            System.out.flush();
        });
    }

    /** Prints "CONTENT ms" after the scene's next layout: the view just put in place is ready to use. */
    public static void content(javafx.scene.Scene scene) {
        if (!Boolean.getBoolean("pathwise.startupProbe")) {
            return;
        }
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            Instant started = ProcessHandle.current().info().startInstant().orElse(Instant.now());
            System.out.println("CONTENT " + Duration.between(started, Instant.now()).toMillis());
            System.out.flush();
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    /**
     * Runs the action once, just after the stage is first shown (at once, later on the JavaFX
     * thread, when it already shows). The handler removes itself, so a stage used again does not
     * run an old action.
     */
    public static void onceShown(Stage stage, Runnable action) {
        if (stage.isShowing()) {
            Platform.runLater(action);
            return;
        }
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWN, new javafx.event.EventHandler<>() {
            @Override
            public void handle(javafx.stage.WindowEvent e) {
                stage.removeEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWN, this);
                Platform.runLater(action);
            }
        });
    }
}
