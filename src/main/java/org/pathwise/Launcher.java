package org.pathwise;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import org.pathwise.cli.Cli;
import org.pathwise.ui.LaunchOptions;
import org.pathwise.ui.PathwiseApp;

/**
 * The one entry point: {@code pathwise} opens the window, {@code pathwise COMMAND} works in the
 * terminal. A plain class, so that starting from the class path works (an Application subclass
 * as main class fails there with "JavaFX runtime components are missing").
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int code = Cli.run(args, out, err, g -> PathwiseApp.open(new LaunchOptions(g.dataFolder(),
                g.curriculumFolder())));
        if (code != 0) {
            System.exit(code);
        }
    }
}
