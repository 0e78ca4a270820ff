package org.pathwise.ui.common;

import javafx.scene.Node;

import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.pathwise.model.Status;

/** The app's icons, from Ikonli's Material 2 pack. */
public final class Icons {
    private Icons() {
    }

    public static FontIcon of(org.kordamp.ikonli.Ikon ikon) {
        FontIcon icon = new FontIcon(ikon);
        icon.setIconSize(18);
        return icon;
    }

    /** A status shown by shape as well as colour: check, play, skip arrow, empty circle. */
    public static Node status(Status status) {
        FontIcon icon = switch (status) {
            case DONE -> new FontIcon(Material2AL.CHECK_CIRCLE);
            case IN_PROGRESS -> new FontIcon(Material2MZ.PLAY_CIRCLE_FILLED);
            case SKIPPED -> new FontIcon(Material2MZ.SKIP_NEXT);
            case NOT_STARTED -> new FontIcon(Material2MZ.RADIO_BUTTON_UNCHECKED);
        };
        icon.setIconSize(16);
        icon.getStyleClass().add("status-" + status.key());
        return icon;
    }
}
