package org.pathwise.ui.skills;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pathwise.model.Priority;
import org.pathwise.progress.Settings;
import org.pathwise.ui.common.StateFixture;

/** Skills without the toolkit: a rating moves the bar and the words, a met skill says so, the role changes. */
class SkillsViewModelTest {
    @RegisterExtension
    final StateFixture app = new StateFixture();
    private SkillsViewModel model;

    @BeforeEach
    void open() throws Exception {
        model = new SkillsViewModel(app.state);
    }

    @Test
    void aRatingIsSavedAndMovesTheBarAndTheWords() throws Exception {
        var before = model.screen().rows().get("python");
        assertEquals(0, before.rating());
        assertEquals(0, before.level());
        assertTrue(before.value().startsWith("0 of "), before.value());
        assertTrue(before.topics().startsWith("No topic covered yet\n○ Level 1 still needs: "), before.topics());
        assertTrue(before.topics().contains("\n○ Then, for the target: "), before.topics());
        model.rate("python", 2);
        assertEquals(2, app.store.snapshot().ratings().get("python").level());
        var after = model.screen().rows().get("python");
        assertEquals(2, after.rating());
        assertEquals(2.0 / 3, after.level(), 1e-9);
        assertTrue(after.topics().startsWith("✓ "), after.topics());
        assertTrue(after.topics().contains("○ Level 3 still needs: "), after.topics());
        app.state.undoLast();
        assertEquals(0, model.screen().rows().get("python").rating());
        assertEquals(List.of(), app.errors);
    }

    @Test
    void aMetSkillSaysMetAndARatingIsKeptWithinZeroToThree() {
        model.rate("python", 9);
        var row = model.screen().rows().get("python");
        assertEquals(3, row.rating());
        assertTrue(row.met());
        assertTrue(row.value().startsWith("met · level 3 (target "), row.value());
        assertFalse(model.screen().summary().startsWith("0%"), model.screen().summary());
    }

    @Test
    void choosingAnotherRoleRemakesThePlanForIt() throws Exception {
        var ds = app.state.curriculum().role("data-scientist").orElseThrow();
        model.chooseRole(ds);
        assertEquals("data-scientist", app.store.snapshot().settings().get(Settings.TARGET_ROLE));
        assertEquals(ds, model.screen().role());
        assertEquals(12, model.screen().overTime().size(), "one point a week for the last 12 weeks");
        assertFalse(model.skills(Priority.ESSENTIAL).isEmpty());
    }

    @Test
    void aSkillWithSomeTopicsCoveredSaysWhichTopicsTheNextLevelStillNeeds() {
        // SQLBolt covers one level-1 topic of data engineering: the level stays 0, and the row says why.
        app.state.mark("sqlbolt", org.pathwise.model.Status.DONE);
        var row = model.screen().rows().get("data-engineering");
        assertTrue(row.topics().startsWith("✓ SQL"), row.topics());
        assertTrue(row.value().startsWith("0 of "), row.value());
        assertTrue(row.topics().contains("\n○ Level 1 still needs: "), row.topics());
    }
}
