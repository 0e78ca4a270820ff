package org.pathwise.ui.common;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * What every view model shares: it turns the app's state into one screen of its view, as a
 * read-only property the view draws, and makes it again whenever the state changes.
 *
 * @param <S> the record of words and figures the view shows
 */
public abstract class ScreenModel<S> {
    protected final AppState state;
    private final ReadOnlyObjectWrapper<S> screen = new ReadOnlyObjectWrapper<>();

    protected ScreenModel(AppState state) {
        this.state = state;
    }

    /** Makes the screen now and after every change of the state; the last line of a subclass's constructor. */
    protected final void follow() {
        state.viewProperty().addListener((o, a, v) -> screen.set(screen(v)));
        refresh();
    }

    /** Makes the screen again from the state as it stands (after a change the state does not carry). */
    protected final void refresh() {
        if (state.current() != null) {
            screen.set(screen(state.current()));
        }
    }

    /** The screen for this state. */
    protected abstract S screen(AppState.View v);

    public final ReadOnlyObjectProperty<S> screenProperty() {
        return screen.getReadOnlyProperty();
    }

    public final S screen() {
        return screen.get();
    }
}
