package org.pathwise.ui.common;

import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.util.Duration;

/** A short message at the bottom of the window, with an optional Undo. */
public final class Toast extends HBox {
    private final Label text = new Label();
    private final Button action = new Button("Undo");
    private final PauseTransition hide = new PauseTransition(Duration.seconds(8));
    private Runnable onAction = () -> { };

    public Toast() {
        super(12);
        setId("toast");
        getStyleClass().add("toast");
        setAlignment(Pos.CENTER_LEFT);
        text.setId("toast-text");
        action.setId("toast-undo");
        action.setOnAction(e -> {
            setVisible(false);
            onAction.run();
        });
        getChildren().addAll(text, action);
        setVisible(false);
        setManaged(false);
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        hide.setOnFinished(e -> setVisible(false));
        // The pointer on the toast keeps it up, so its button can be reached in time.
        hoverProperty().addListener((o, was, is) -> {
            if (is) {
                hide.stop();
            } else if (isVisible()) {
                hide.playFromStart();
            }
        });
    }

    public void show(String message, Runnable undo) {
        show(message, "Undo", undo);
    }

    /** A message with an action of another name, such as "Copy link". */
    public void show(String message, String actionName, Runnable act) {
        // Undo and Redo have their keys (Ctrl+Z, Ctrl+Shift+Z): the button stays out of the Tab order, so a view
        // change never leaves the keyboard on it. Other actions (Copy link) are Tab stops.
        boolean hasKeys = actionName.equals("Undo") || actionName.equals("Redo");
        action.setFocusTraversable(!hasKeys);
        action.setText(hasKeys ? actionName + " (" + (actionName.equals("Undo") ? "Ctrl+Z" : "Ctrl+Shift+Z") + ")"
                : actionName);
        text.setText(message);
        Runnable undo = act;
        onAction = undo == null ? () -> { } : undo;
        action.setVisible(undo != null);
        action.setManaged(undo != null);
        setManaged(true);
        setVisible(true);
        hide.playFromStart();
    }
}
