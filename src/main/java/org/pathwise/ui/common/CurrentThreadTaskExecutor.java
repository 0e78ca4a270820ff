package org.pathwise.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/** Runs work and its callback on the calling thread, at once: for tests of view models without the toolkit. */
public final class CurrentThreadTaskExecutor implements TaskExecutor {
    private final ReadOnlyIntegerWrapper running = new ReadOnlyIntegerWrapper(0);

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception | Error e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }

    @Override
    public ReadOnlyIntegerProperty runningProperty() {
        return running.getReadOnlyProperty();
    }
}
