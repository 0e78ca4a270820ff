package org.pathwise.ui;

/** Starts {@link BareWindow} from a plain class, as {@code org.pathwise.Launcher} starts Pathwise. */
public final class BareLauncher {
    private BareLauncher() {
    }

    public static void main(String[] args) {
        BareWindow.main(args);
    }
}
