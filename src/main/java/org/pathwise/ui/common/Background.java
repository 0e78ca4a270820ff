package org.pathwise.ui.common;

import java.lang.System.Logger;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.concurrent.Task;

/**
 * Runs file, database and planning work off the JavaFX thread. Results and failures come back
 * on the JavaFX thread, in the order the work was submitted (one worker thread).
 */
public final class Background implements TaskExecutor {
    private static final Logger LOG = System.getLogger(Background.class.getName());

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "pathwise-background");
        t.setDaemon(true);
        return t;
    });
    private final ReadOnlyIntegerWrapper running = new ReadOnlyIntegerWrapper(0);
    private final AtomicInteger pending = new AtomicInteger();

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(e -> {
            done();
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            done();
            LOG.log(Logger.Level.ERROR, "background work failed", task.getException());
            onFailure.accept(task.getException());
        });
        running.set(pending.incrementAndGet());
        executor.submit(task);
    }

    private void done() {
        running.set(pending.decrementAndGet());
    }

    /** How many submitted jobs have not reported back yet; tests wait for 0. */
    @Override
    public ReadOnlyIntegerProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public void shutdown() {
        executor.shutdown();
    }

    /**
     * Stops taking work and waits for what is queued (the last saves) to finish, so the store is
     * closed only after them. True when everything finished in time.
     */
    public boolean shutdownAndWait(java.time.Duration timeout) {
        executor.shutdown();
        try {
            return executor.awaitTermination(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

}
