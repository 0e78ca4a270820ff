package org.pathwise.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.pathwise.model.Cost;
import org.pathwise.model.Requirement;
import org.pathwise.model.Resource;
import org.pathwise.model.ResourceKind;
import org.pathwise.model.Teaching;
import org.pathwise.model.Endorsement;

class PrerequisiteGraphTest {

    private static Resource r(String id, Requirement... requires) {
        return new Resource(id, id, "p", ResourceKind.COURSE, "https://example.org/" + id, Cost.FREE, 1, 1,
                List.of(new Teaching("s", 1, List.of("t"))), Arrays.asList(requires), List.of(), "", "",
                Endorsement.NAMED);
    }

    private static Requirement one(String id) {
        return Requirement.of(id);
    }

    private static Requirement anyOf(String... ids) {
        return Requirement.anyOf(List.of(ids));
    }

    /*  python ─┬─> ng ──┐
     *          └─> fast ┴(any of)─> torch ─> hf
     *  math ───────────────────────> cs229 (needs ng and math) */
    private final PrerequisiteGraph g = PrerequisiteGraph.of(List.of(
            r("hf", one("torch")),
            r("torch", anyOf("ng", "fast")),
            r("python"),
            r("ng", one("python")),
            r("fast", one("python")),
            r("math"),
            r("cs229", one("ng"), one("math"))));

    @Test
    void countsOneEdgePerOption() {
        assertEquals(7, g.resourceCount());
        assertEquals(7, g.edgeCount());
    }

    @Test
    void topologicalOrderPutsPrerequisitesFirstAndBreaksTiesByCatalogOrder() {
        assertEquals(List.of("python", "ng", "fast", "torch", "hf", "math", "cs229"), g.topologicalOrder());
    }

    @Test
    void readySetIsTheFringeOfWhatIsFinished() {
        assertEquals(List.of("python", "math"), g.readySet(Set.of()));
        assertEquals(List.of("ng", "fast", "math"), g.readySet(Set.of("python")));
        // One option of the any-of group is enough.
        assertEquals(List.of("torch", "ng", "math"), g.readySet(Set.of("python", "fast")));
        assertEquals(List.of("torch", "fast", "math"), g.readySet(Set.of("python", "ng")));
        // Both plain requirements are needed.
        assertFalse(g.isReady("cs229", Set.of("python", "ng")));
        assertTrue(g.isReady("cs229", Set.of("python", "ng", "math")));
    }

    @Test
    void dependentsAndWhatATickUnlocks() {
        assertEquals(List.of("ng", "fast"), g.dependents("python"));
        assertEquals(Set.of("ng", "fast", "torch", "hf", "cs229"), g.allDependents("python"));
        assertEquals(List.of("torch"), g.unlockedBy("ng", Set.of("python")));
        assertEquals(List.of("torch", "cs229"), g.unlockedBy("ng", Set.of("python", "math")));
        // torch is already ready through fast.ai, so finishing ng unlocks nothing new for it.
        assertEquals(List.of(), g.unlockedBy("ng", Set.of("python", "fast")));
        assertEquals(List.of("ng"), g.prerequisites("cs229").subList(0, 1));
    }

    @Test
    void cyclesAreReportedAsPathsOncePerTangle() {
        PrerequisiteGraph cyclic = PrerequisiteGraph.of(List.of(
                r("a", one("b")), r("b", one("c")), r("c", anyOf("a", "x")), r("x"),
                r("self", one("self")), r("ok", one("x"))));
        assertEquals(List.of(List.of("a", "b", "c", "a"), List.of("self", "self")), cyclic.cycles());
        assertThrows(IllegalStateException.class, cyclic::topologicalOrder);
        assertEquals(List.of(), g.cycles());
    }

    @Test
    void aCycleThatAnAnyOfGroupLetsALearnerIntoTrapsNothing() {
        // a needs b or c; b needs a; c needs nothing: c → a → b works.
        PrerequisiteGraph g2 = PrerequisiteGraph.of(List.of(r("a", anyOf("b", "c")), r("b", one("a")), r("c")));
        assertEquals(List.of(), g2.neverReady());
        assertEquals(List.of("c", "a", "b"), g2.readinessOrder());
    }

    @Test
    void aCycleWithNoWayInNamesEveryResourceItTraps() {
        // a needs b or c; b needs a; c needs b: nothing can start a, b or c; d needs c and is trapped too.
        PrerequisiteGraph g2 = PrerequisiteGraph.of(List.of(r("a", anyOf("b", "c")), r("b", one("a")),
                r("c", one("b")), r("d", one("c")), r("free")));
        List<PrerequisiteGraph.Trapped> trapped = g2.neverReady();
        assertEquals(1, trapped.size());
        assertEquals(List.of("a", "b", "a"), trapped.get(0).cycle());
        assertEquals(List.of("a", "b", "c", "d"), trapped.get(0).resources());
        assertEquals(List.of("free"), g2.readinessOrder());
    }

    @Test
    void theShortestCycleThroughTheFirstResourceIsReported() {
        // a needs b and c; b needs a; c needs d; d needs a: two cycles through a, the shorter is shown.
        PrerequisiteGraph cyclic = PrerequisiteGraph.of(List.of(
                r("a", one("c"), one("b")), r("b", one("a")), r("c", one("d")), r("d", one("a"))));
        assertEquals(List.of(List.of("a", "b", "a")), cyclic.cycles());
    }

    @Test
    void unknownPrerequisitesAreLeftOutOfTheGraph() {
        PrerequisiteGraph partial = PrerequisiteGraph.of(List.of(r("a", one("ghost"))));
        assertEquals(0, partial.edgeCount());
        assertFalse(partial.isReady("a", Set.of()));
        assertEquals(List.of("a"), partial.topologicalOrder());
    }

    @Test
    void largeChainsNeedNoRecursion() {
        List<Resource> chain = new ArrayList<>();
        chain.add(r("n0"));
        for (int i = 1; i < 20_000; i++) {
            chain.add(r("n" + i, one("n" + (i - 1))));
        }
        PrerequisiteGraph big = PrerequisiteGraph.of(chain);
        assertEquals("n19999", big.topologicalOrder().get(19_999));
        assertEquals(19_999, big.allDependents("n0").size());
    }
}
