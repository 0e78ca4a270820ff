package org.pathwise.bench;

/** The yardstick for a headless command: a bare JVM that prints one line (packaging/measure-commands.sh). */
public final class Hello {
    private Hello() {
    }

    public static void main(String[] args) {
        System.out.println("hello");
    }
}
