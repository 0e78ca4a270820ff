package org.pathwise.ui.projects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pathwise.model.ProjectStatus;
import org.pathwise.ui.common.StateFixture;

/** Projects without the toolkit: the suggested card first, steps start a project, evidence is saved trimmed. */
class ProjectsViewModelTest {
    @RegisterExtension
    final StateFixture app = new StateFixture();
    private ProjectsViewModel model;

    @BeforeEach
    void open() throws Exception {
        model = new ProjectsViewModel(app.state);
    }

    @Test
    void theSuggestedProjectComesFirstAndSaysWhatIsMissing() {
        var cards = model.screen().cards();
        assertEquals(app.state.curriculum().projects().size(), cards.size());
        var first = cards.get(0);
        assertTrue(first.suggested());
        assertTrue(first.title().startsWith("Next: "), first.title());
        assertTrue(cards.stream().skip(1).noneMatch(ProjectsViewModel.Card::suggested));
        assertTrue(first.missing().startsWith("Missing: ") && first.missing().contains("Shortest way: "), first.missing());
        assertTrue(model.screen().advice().startsWith("Suggested next: "), model.screen().advice());
    }

    @Test
    void tickingAFirstStepStartsTheProjectAndUndoTakesBothBack() throws Exception {
        var card = model.screen().cards().get(0);
        String step = app.state.curriculum().project(card.projectId()).orElseThrow().checklist().get(0).id();
        model.tick(card.projectId(), step, true);
        var after = model.screen().card(card.projectId()).orElseThrow();
        assertEquals(ProjectStatus.IN_PROGRESS, after.status());
        assertTrue(after.ticked().contains(step));
        assertEquals(ProjectStatus.IN_PROGRESS, app.store.snapshot().projects().get(card.projectId()).status());
        app.state.undoLast();
        var undone = model.screen().card(card.projectId()).orElseThrow();
        assertEquals(ProjectStatus.NOT_STARTED, undone.status());
        assertFalse(undone.ticked().contains(step));
        model.setStatus(card.projectId(), ProjectStatus.DONE);
        assertEquals(ProjectStatus.DONE, app.store.snapshot().projects().get(card.projectId()).status());
        assertEquals(List.of(), app.errors);
    }

    @Test
    void evidenceIsSavedTrimmedAndShownBack() throws Exception {
        String id = model.screen().cards().get(1).projectId();
        model.saveEvidence(id, new ProjectsViewModel.Evidence("  https://github.com/me/serve ", "", "first try", "p95 80 ms"));
        var saved = app.store.snapshot().projects().get(id);
        assertEquals("https://github.com/me/serve", saved.repositoryUrl());
        assertEquals("p95 80 ms", saved.impact());
        assertEquals(new ProjectsViewModel.Evidence("https://github.com/me/serve", "", "first try", "p95 80 ms"),
                model.screen().card(id).orElseThrow().evidence());
        var at = saved.updatedAt();
        model.saveEvidence(id, new ProjectsViewModel.Evidence("https://github.com/me/serve", "", "first try ", "p95 80 ms"));
        assertEquals(at, app.store.snapshot().projects().get(id).updatedAt(), "the same text again is not written");
    }
}
