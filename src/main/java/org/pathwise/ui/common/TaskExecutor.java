package org.pathwise.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyIntegerProperty;

/**
 * Where background work runs (JabRef's pattern): the window uses {@link Background}, a worker
 * thread whose results come back on the JavaFX thread; tests use {@link CurrentThreadTaskExecutor},
 * which runs everything at once, so no test polls or sleeps.
 */
public interface TaskExecutor {
    /** Runs work; exactly one of the callbacks is called with its result or its failure. */
    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** How many submitted jobs have not reported back yet. */
    ReadOnlyIntegerProperty runningProperty();
}
