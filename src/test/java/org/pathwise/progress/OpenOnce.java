package org.pathwise.progress;

import java.nio.file.Path;

/** A child process of the crash test: opens the store (recovering a damaged database) and closes it. */
public final class OpenOnce {
    private OpenOnce() {
    }

    public static void main(String[] args) throws Exception {
        System.out.println("STARTED");
        System.out.flush();
        try (ProgressStore store = ProgressStore.open(Path.of(args[0]))) {
            System.out.println("OPENED " + store.notices().size());
        }
    }
}
