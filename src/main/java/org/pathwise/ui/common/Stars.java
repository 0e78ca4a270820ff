package org.pathwise.ui.common;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

import org.controlsfx.control.Rating;

/** A star rating the keyboard can set: Tab to it, then 0–3, or the arrow keys. */
public final class Stars {
    private Stars() {
    }

    public static Rating keyboard(Rating rating, String accessibleName) {
        rating.setFocusTraversable(true);
        rating.setAccessibleText(accessibleName);
        rating.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            int now = (int) Math.round(rating.getRating());
            int max = rating.getMax();
            int next = switch (e.getCode()) {
                case DIGIT0, NUMPAD0 -> 0;
                case DIGIT1, NUMPAD1 -> 1;
                case DIGIT2, NUMPAD2 -> 2;
                case DIGIT3, NUMPAD3 -> 3;
                case RIGHT, UP -> Math.min(max, now + 1);
                case LEFT, DOWN -> Math.max(0, now - 1);
                default -> -1;
            };
            if (next >= 0 && next <= max && e.getCode() != KeyCode.TAB) {
                rating.setRating(next);
                e.consume();
            }
        });
        rating.setOnMouseClicked(e -> rating.requestFocus());
        return rating;
    }
}
