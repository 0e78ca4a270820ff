package org.pathwise.ui.common;

import java.util.function.Consumer;

import javafx.beans.value.ObservableValue;
import javafx.scene.Node;

/**
 * Keeps a view in step with its view model's screen while the view is in the window, and only
 * then: a change while it is away is applied once, when it comes back. A tick thus redraws the
 * view the learner is looking at, not all seven.
 */
public final class Shown {
    private Shown() {
    }

    public static <T> void follow(Node view, ObservableValue<T> screen, Consumer<T> update) {
        boolean[] stale = {false};
        screen.addListener((o, a, now) -> {
            if (now == null) {
                return;
            }
            if (view.getScene() != null) {
                stale[0] = false;
                update.accept(now);
            } else {
                stale[0] = true;
            }
        });
        view.sceneProperty().addListener((o, a, scene) -> {
            if (scene != null && stale[0] && screen.getValue() != null) {
                stale[0] = false;
                update.accept(screen.getValue());
            }
        });
        if (screen.getValue() != null) {
            update.accept(screen.getValue());
        }
    }
}
