package org.pathwise.cli;

/** The exit codes every command uses; `pathwise --help` lists them. */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int REFUSED = 1;
    public static final int USAGE = 2;
    public static final int FAILED = 3;

    private ExitCodes() {
    }
}
