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
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWN, e -> Platform.runLater(() -> {
            Instant started = ProcessHandle.current().info().startInstant().orElse(Instant.now());
            System.out.println("FIRST_FRAME " + Duration.between(started, Instant.now()).toMillis());
            System.out.flush();
        }));
    }
}
