package org.pathwise.progress;

import java.nio.file.Path;

import org.pathwise.model.Status;

/**
 * The child process of the crash test: marks item-0, item-1, … done, printing "ACK n" after each
 * mark returns (so after its commit), until it is killed.
 */
public final class MarkLoop {
    private MarkLoop() {
    }

    public static void main(String[] args) throws Exception {
        ProgressStore store = ProgressStore.open(Path.of(args[0]));
        int start = Integer.parseInt(args[1]);
        System.out.println("READY");
        System.out.flush();
        for (int i = start; ; i++) {
            store.mark("item-" + i, Status.DONE);
            if (i % 3 == 0) {
                store.note("item-" + i, "note " + i);
            }
            System.out.println("ACK " + i);
            System.out.flush();
        }
    }
}
