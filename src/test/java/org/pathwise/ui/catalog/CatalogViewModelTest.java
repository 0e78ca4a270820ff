package org.pathwise.ui.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pathwise.model.Resource;
import org.pathwise.model.Status;
import org.pathwise.ui.common.StateFixture;

/** The catalog without the toolkit: search and filters, title matches first, details, ticks, hours and notes. */
class CatalogViewModelTest {
    @RegisterExtension
    final StateFixture app = new StateFixture();
    private CatalogViewModel model;

    @BeforeEach
    void open() throws Exception {
        model = new CatalogViewModel(app.state, app.links);
    }

    private List<Resource> shown() {
        return model.resources().stream().filter(model.predicateProperty().get()).sorted(model.relevance()).toList();
    }

    @Test
    void aSearchPutsTitleMatchesFirst() {
        model.searchProperty().set("docker");
        List<Resource> hits = shown();
        assertTrue(hits.get(0).title().toLowerCase().startsWith("docker"), hits.get(0).title());
        assertTrue(model.count().matches("\\d+ of " + model.resources().size()), model.count());
        model.searchProperty().set("zzzz-nothing");
        assertTrue(shown().isEmpty());
        assertEquals("0 of " + model.resources().size(), model.count());
    }

    @Test
    void filtersNarrowAndTheStatusFilterFollowsTicks() {
        var status = model.filters().stream().filter(f -> f.name().equals("Status")).findFirst().orElseThrow();
        status.value().set(Status.DONE.label());
        assertTrue(shown().isEmpty());
        model.toggle("python-docs");
        assertEquals(List.of("python-docs"), shown().stream().map(Resource::id).toList(), "a tick moves it in");
        model.toggle("python-docs");
        assertTrue(shown().isEmpty(), "and out");
        var cost = model.filters().stream().filter(f -> f.name().equals("Cost")).findFirst().orElseThrow();
        status.value().set(CatalogViewModel.ANY);
        cost.value().set(cost.values().get(0));
        assertFalse(shown().isEmpty());
        assertTrue(shown().stream().allMatch(r -> r.cost().label().equals(cost.values().get(0))));
        model.showAll();
        assertEquals(model.resources().size(), shown().size());
    }

    @Test
    void detailsSayWhatItTeachesAndNeedsAndHoursAndNotesAreSaved() throws Exception {
        var d = model.details("made-with-ml").orElseThrow();
        assertFalse(d.teaches().isEmpty());
        assertFalse(d.needs().isEmpty());
        assertTrue(d.needs().stream().noneMatch(CatalogViewModel.Need::met), "a new learner meets none of them");
        assertEquals("No hours logged yet", d.hours());
        model.logHours("made-with-ml", 2.5);
        assertEquals(2.5, app.store.snapshot().resources().get("made-with-ml").hours(), 1e-9);
        assertEquals("Hours logged: 2.5", model.details("made-with-ml").orElseThrow().hours());
        model.note("made-with-ml", "Chapter 2 next");
        assertEquals("Chapter 2 next", app.store.snapshot().resources().get("made-with-ml").note());
        assertEquals("Chapter 2 next", model.details("made-with-ml").orElseThrow().note());
        model.mark("made-with-ml", Status.IN_PROGRESS);
        assertEquals(Status.IN_PROGRESS, model.details("made-with-ml").orElseThrow().status());
        assertTrue(model.details("no-such-id").isEmpty());
        assertEquals(List.of(), app.errors);
    }
}
