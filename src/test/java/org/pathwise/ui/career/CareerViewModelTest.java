package org.pathwise.ui.career;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pathwise.ui.common.StateFixture;

/** Career without the toolkit: ticks reach the database with undo, readiness names its skills. */
class CareerViewModelTest {
    @RegisterExtension
    final StateFixture app = new StateFixture();
    private CareerViewModel model;

    @BeforeEach
    void open() throws Exception {
        model = new CareerViewModel(app.state, app.links);
    }

    @Test
    void aTickIsSavedShownAndUndone() throws Exception {
        String item = model.sections().get(0).checklist().get(0).id();
        assertFalse(model.screen().ticked().contains(item));
        model.tick(item, true);
        assertTrue(app.store.snapshot().careerItems().containsKey(item));
        assertTrue(model.screen().ticked().contains(item));
        app.state.undoLast();
        assertFalse(app.store.snapshot().careerItems().containsKey(item));
        assertFalse(model.screen().ticked().contains(item));
        assertEquals(List.of(), app.errors);
    }

    @Test
    void eachRoundShowsItsFigureAndTheSkillsItRestsOn() {
        var rounds = model.screen().rounds();
        assertTrue(rounds.size() >= 3, rounds.toString());
        var coding = rounds.stream().filter(r -> r.name().equals("Coding")).findFirst().orElseThrow();
        assertTrue(coding.figure().matches("\\d+% · prep \\d+ of \\d+ done"), coding.figure());
        assertTrue(coding.skills().contains("Python 0/"), coding.skills());
        assertTrue(model.screen().imbalance().isEmpty() || !model.screen().imbalance().get().isBlank());
        assertFalse(model.pipeline().isEmpty());
        model.pipeline().stream().filter(s -> !s.prep().isEmpty()).findFirst().ifPresent(s ->
                assertFalse(model.prepTitles(s).get(0).contains("-"), "prep is named by title: " + model.prepTitles(s)));
    }

    @Test
    void ratingASkillRaisesTheRoundThatTestsIt() {
        double before = model.screen().rounds().stream().filter(r -> r.name().equals("Coding")).findFirst()
                .orElseThrow().readiness();
        app.state.rate("python", 3);
        double after = model.screen().rounds().stream().filter(r -> r.name().equals("Coding")).findFirst()
                .orElseThrow().readiness();
        assertTrue(after > before, before + " → " + after);
    }
}
