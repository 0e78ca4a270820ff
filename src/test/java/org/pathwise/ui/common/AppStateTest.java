package org.pathwise.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pathwise.catalog.CurriculumLoader;
import org.pathwise.model.ProjectStatus;
import org.pathwise.model.Status;
import org.pathwise.planner.History;
import org.pathwise.progress.ProgressStore;

/**
 * The window's state as a view model, without the JavaFX toolkit: work runs on the calling thread
 * (no polling, no sleeps), intents change the database and the view, undo and redo cover every
 * learner action.
 */
class AppStateTest {
    @TempDir
    Path data;
    private ProgressStore store;
    private AppState state;
    private final List<String> errors = new ArrayList<>();

    @BeforeEach
    void open() throws Exception {
        store = ProgressStore.open(data);
        state = new AppState(new CurriculumLoader().loadBuiltIn(), store, new CurrentThreadTaskExecutor(),
                Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC));
        state.setMessages(errors::add, m -> { }, null);
        state.show(state.compute(store.snapshot()));
    }

    @AfterEach
    void close() throws Exception {
        store.close();
    }

    @Test
    void aTickChangesTheDatabaseAndTheViewAndUndoAndRedoWalkItBackAndForth() throws Exception {
        String first = state.current().next().top().orElseThrow().id();
        assertFalse(state.canUndoProperty().get());
        state.mark(first, Status.DONE);
        assertEquals(Status.DONE, store.snapshot().statusOf(first));
        assertEquals(Status.DONE, state.current().progress().statusOf(first));
        assertFalse(first.equals(state.current().next().top().orElseThrow().id()), "the suggestion moved on");
        assertTrue(state.canUndoProperty().get());
        state.undoLast();
        assertEquals(Status.NOT_STARTED, store.snapshot().statusOf(first));
        assertFalse(state.canUndoProperty().get());
        assertTrue(History.effectiveChanges(state.current().progress()).isEmpty(), "an undone tick leaves no trace");
        state.redoLast();
        assertEquals(Status.DONE, store.snapshot().statusOf(first));
        assertEquals(List.of(), errors);
    }

    @Test
    void ratingsProjectsAndTheRoleAreIntentsWithUndo() throws Exception {
        state.rate("python", 2);
        assertEquals(2, state.current().gaps().gaps().stream().filter(g -> g.skillId().equals("python")).findFirst()
                .orElseThrow().level());
        state.checkProjectItem("end-to-end-serving", "train-model", true);
        assertEquals(ProjectStatus.IN_PROGRESS, store.snapshot().projects().get("end-to-end-serving").status(),
                "a first step starts the project");
        state.undoLast();
        assertEquals(ProjectStatus.NOT_STARTED, store.snapshot().projects().get("end-to-end-serving").status());
        assertFalse(store.snapshot().projects().get("end-to-end-serving").checkedItems().containsKey("train-model"));
        state.undoLast();
        var rating = store.snapshot().ratings().get("python");
        assertTrue(rating == null || rating.level() == 0, "the rating was taken back: " + rating);
        state.setTargetRole(state.curriculum().role("data-scientist").orElseThrow());
        assertEquals("data-scientist", state.current().role().id());
        assertEquals(List.of(), errors);
    }
}
