package org.pathwise.ui.next;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pathwise.model.Status;
import org.pathwise.ui.common.StateFixture;

/** Next up without the toolkit: what the card says, and what Done, Start, Skip and Open link do. */
class NextViewModelTest {
    @RegisterExtension
    final StateFixture app = new StateFixture();
    private NextViewModel model;

    @BeforeEach
    void open() throws Exception {
        model = new NextViewModel(app.state, app.links);
    }

    @Test
    void aNewLearnerSeesTheSuggestionWhyAndTheOverview() {
        NextViewModel.Screen s = model.screen();
        var card = s.card().orElseThrow();
        assertEquals(app.state.current().next().top().orElseThrow().id(), card.id());
        assertFalse(card.reasons().isBlank(), "the card says why");
        assertTrue(card.meta().contains(" h · "), card.meta());
        assertEquals("0% of the Machine-learning engineer target met", s.progressText());
        assertTrue(s.finish().startsWith("Projected finish: ") && s.finish().contains(" at 10 h a week ("), s.finish());
        assertFalse(s.runners().isEmpty(), "runners-up are offered");
        assertTrue(s.activity().isEmpty());
        assertEquals(List.of(), app.errors);
    }

    @Test
    void doneTicksTheSuggestionInTheDatabaseAndTheCardMovesOn() throws Exception {
        String first = model.screen().card().orElseThrow().id();
        String title = model.screen().card().orElseThrow().title();
        model.done();
        assertEquals(Status.DONE, app.store.snapshot().statusOf(first));
        assertNotEquals(first, model.screen().card().orElseThrow().id());
        assertEquals(title + " — done", model.screen().activity().get(0).text());
        app.state.undoLast();
        assertEquals(first, model.screen().card().orElseThrow().id(), "undo brings the suggestion back");
        assertTrue(model.screen().activity().isEmpty(), "an undone tick leaves no activity");
    }

    @Test
    void startMarksItStartedAndTheButtonSaysSo() throws Exception {
        String first = model.screen().card().orElseThrow().id();
        assertFalse(model.screen().card().orElseThrow().started());
        model.start();
        assertEquals(Status.IN_PROGRESS, app.store.snapshot().statusOf(first));
        assertEquals(first, model.screen().card().orElseThrow().id(), "started work stays first");
        assertTrue(model.screen().card().orElseThrow().started());
    }

    @Test
    void skipAndOpenLinkAndARunnerUpsDone() throws Exception {
        String first = model.screen().card().orElseThrow().id();
        model.openLink();
        assertEquals(List.of(app.state.curriculum().resource(first).orElseThrow().url()), app.opened);
        model.skip();
        assertEquals(Status.SKIPPED, app.store.snapshot().statusOf(first));
        NextViewModel.Runner r = model.screen().runners().stream().filter(x -> !x.project()).findFirst().orElseThrow();
        model.done(r);
        assertEquals(Status.DONE, app.store.snapshot().statusOf(r.id()));
    }

    @Test
    void theCalendarRunsTwelveWeeksFromMondayToTodayDarkerTheMoreWasDone() {
        LocalDate today = LocalDate.of(2026, 12, 1); // A Tuesday.
        var days = NextViewModel.calendar(Map.of(today, 5, today.minusDays(1), 1), today);
        assertEquals(11 * 7 + 2, days.size(), "eleven whole weeks and this week's Monday and Tuesday");
        assertEquals(LocalDate.of(2026, 9, 14), days.get(0).date());
        var last = days.get(days.size() - 1);
        assertEquals(today, last.date());
        assertEquals(3, last.shade());
        assertEquals(1, last.weekday());
        assertEquals(NextViewModel.CALENDAR_WEEKS - 1, last.week());
        assertEquals(1, days.get(days.size() - 2).shade());
        assertEquals("1 Dec 2026: 5 changes or hours logged", last.tooltip());
        assertEquals(0, days.get(0).shade());
    }
}
