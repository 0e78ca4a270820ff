package org.pathwise.ui.roadmap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pathwise.model.Status;
import org.pathwise.ui.common.StateFixture;

/** The roadmap without the toolkit: my path by stage, the weeks in order, the graph and what a node needs. */
class RoadmapViewModelTest {
    @RegisterExtension
    final StateFixture app = new StateFixture();
    private RoadmapViewModel model;
    private int catalogOpened;

    @BeforeEach
    void open() throws Exception {
        model = new RoadmapViewModel(app.state, () -> catalogOpened++);
    }

    @Test
    void myPathStartsWithYouAreHereThenStagesStepsAndProjects() {
        var s = model.screen();
        var roadmap = app.state.current().roadmap();
        assertTrue(s.here().startsWith("You are here ↓ — "), s.here());
        assertTrue(s.here().contains(roadmap.projectCount() + " portfolio projects"), s.here());
        assertTrue(s.path().get(0).heading(), "a stage heading first");
        assertTrue(s.path().get(0).text().startsWith("Foundations · ~"), s.path().get(0).text());
        List<RoadmapViewModel.PathLine> steps = s.path().stream().filter(l -> !l.heading()).toList();
        assertEquals(roadmap.items().size(), steps.size(), "every step of the plan, once");
        assertEquals(roadmap.projectCount(), steps.stream().filter(RoadmapViewModel.PathLine::project).count());
        assertTrue(steps.stream().filter(RoadmapViewModel.PathLine::project).allMatch(l -> l.text().startsWith("◆ Project: ")));
        assertTrue(steps.get(0).text().matches(".+ · ~[\\d–]+ h · by \\d{1,2} \\w{3} \\d{4}"), steps.get(0).text());
    }

    @Test
    void theWeeksRunInOrderWithDatesAndTheRestIsSummedUp() {
        var s = model.screen();
        assertEquals("The coming weeks at 10 h a week", s.weeksHeading());
        assertEquals(RoadmapViewModel.WEEKS_SHOWN, s.weeks().size());
        assertEquals("This week", s.weeks().get(0).label());
        int last = 0;
        for (var w : s.weeks().subList(1, s.weeks().size())) {
            int n = Integer.parseInt(w.label().replaceAll("^Week (\\d+)\\n.*$", "$1"));
            assertTrue(n > last, "weeks in order: " + w.label());
            assertTrue(w.label().matches("Week \\d+\\n\\d{1,2} \\w{3} \\d{4}"), w.label());
            last = n;
        }
        assertTrue(s.more().startsWith("… and ") && s.more().contains("finishes "), s.more());
    }

    @Test
    void aTickShowsOnThePathAndOpeningAStepSelectsItInTheCatalog() {
        String first = app.state.current().roadmap().items().get(0).id();
        app.state.mark(first, Status.IN_PROGRESS);
        var line = model.screen().path().stream().filter(l -> first.equals(l.id())).findFirst().orElseThrow();
        assertEquals(Status.IN_PROGRESS, line.status());
        model.open(first);
        assertEquals(first, app.state.selectedResourceProperty().get());
        assertEquals(1, catalogOpened);
        model.open("no-such-resource");
        assertEquals(1, catalogOpened, "an unknown id opens nothing");
    }

    @Test
    void theGraphPlacesEveryResourceRightOfItsPrerequisitesAndHighlightsBothWays() {
        var g = model.graph();
        assertEquals(app.state.curriculum().resources().size(), g.nodes().size());
        var at = new java.util.HashMap<String, RoadmapViewModel.Node>();
        g.nodes().forEach(n -> at.put(n.id(), n));
        long leftToRight = g.edges().stream().filter(e -> at.get(e[0]).x() < at.get(e[1]).x()).count();
        assertTrue(leftToRight >= g.edges().size() - 2, "edges run left to right (an any-of cycle may not)");
        var h = model.highlight("made-with-ml");
        assertFalse(h.needs().isEmpty(), "Made With ML needs something");
        assertTrue(h.needs().containsAll(app.state.loaded().graph().prerequisites("made-with-ml")));
        assertFalse(h.needs().contains("made-with-ml"));
        assertTrue(h.edges().stream().allMatch(e -> e.contains(">")));
    }
}
