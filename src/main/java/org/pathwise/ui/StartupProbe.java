package org.pathwise.ui;

import java.time.Duration;
import java.time.Instant;

import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * With {@code -Dpathwise.startupProbe=true}, prints "FIRST_FRAME ms" once the first window has
 * been shown, counted from the start of the process: what packaging/measure-startup.sh reads.
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
