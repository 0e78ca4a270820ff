package org.pathwise.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

import org.jgrapht.Graph;
import org.jgrapht.graph.AsSubgraph;
import org.jgrapht.alg.connectivity.GabowStrongConnectivityInspector;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.traverse.NotDirectedAcyclicGraphException;
import org.jgrapht.traverse.TopologicalOrderIterator;
import org.pathwise.model.Requirement;
import org.pathwise.model.Resource;

/**
 * The resources of a curriculum as a directed graph whose edges run from a prerequisite to the
 * resource that needs it. Every option of an any-of group is an edge; whether a resource is ready
 * is decided by its requirements (all plain ones, one option of each group).
 */
public final class PrerequisiteGraph {
    private final Graph<String, DefaultEdge> graph;
    private final Map<String, Resource> resources;
    private final Map<String, Integer> catalogOrder;

    private PrerequisiteGraph(Graph<String, DefaultEdge> graph, Map<String, Resource> resources,
                              Map<String, Integer> catalogOrder) {
        this.graph = graph;
        this.resources = resources;
        this.catalogOrder = catalogOrder;
    }

    /**
     * Builds the graph. Prerequisites that name no resource in the list are left out (the catalog
     * reports them), so the graph can be built from a curriculum that is still being checked.
     */
    public static PrerequisiteGraph of(Collection<Resource> resourceList) {
        Graph<String, DefaultEdge> g = new DefaultDirectedGraph<>(DefaultEdge.class);
        Map<String, Resource> byId = new HashMap<>(resourceList.size() * 2);
        Map<String, Integer> order = new HashMap<>(resourceList.size() * 2);
        for (Resource r : resourceList) {
            if (byId.putIfAbsent(r.id(), r) == null) {
                g.addVertex(r.id());
                order.put(r.id(), order.size());
            }
        }
        for (Resource r : byId.values()) {
            for (String prerequisite : r.prerequisiteIds()) {
                if (byId.containsKey(prerequisite)) {
                    g.addEdge(prerequisite, r.id());
                }
            }
        }
        return new PrerequisiteGraph(g, Map.copyOf(byId), Map.copyOf(order));
    }

    public int resourceCount() {
        return graph.vertexSet().size();
    }

    public int edgeCount() {
        return graph.edgeSet().size();
    }

    /**
     * One cycle per group of resources that require each other, each as a path that starts and ends
     * with the same id ({@code [a, b, c, a]} means a needs b, b needs c, c needs a). Empty when acyclic.
     */
    public List<List<String>> cycles() {
        List<List<String>> cycles = new ArrayList<>();
        for (Set<String> component : new GabowStrongConnectivityInspector<>(graph).stronglyConnectedSets()) {
            if (component.size() == 1) {
                String only = component.iterator().next();
                if (graph.containsEdge(only, only)) {
                    cycles.add(List.of(only, only));
                }
                continue;
            }
            String start = Collections.min(component, byCatalogOrder());
            cycles.add(cycleThrough(start, component));
        }
        cycles.sort(Comparator.comparing((List<String> c) -> catalogOrder.get(c.get(0))));
        return cycles;
    }

    /** Shortest "needs" path from start back to itself inside one strongly connected component. */
    private List<String> cycleThrough(String start, Set<String> component) {
        // Walk against the edges: from a resource to what it requires.
        Map<String, String> cameFrom = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>();
        queue.add(start);
        while (!queue.isEmpty()) {
            String current = queue.poll();
            for (String needed : requiredBy(current)) {
                if (!component.contains(needed)) {
                    continue;
                }
                if (needed.equals(start)) {
                    List<String> path = new ArrayList<>();
                    path.add(start);
                    for (String at = current; at != null; at = cameFrom.get(at)) {
                        path.add(at);
                    }
                    Collections.reverse(path);
                    return path;
                }
                if (!cameFrom.containsKey(needed) && !needed.equals(start)) {
                    cameFrom.put(needed, current);
                    queue.add(needed);
                }
            }
        }
        throw new IllegalStateException("no cycle through " + start + " in its component");
    }

    private List<String> requiredBy(String id) {
        List<String> needed = new ArrayList<>();
        for (DefaultEdge e : graph.incomingEdgesOf(id)) {
            needed.add(graph.getEdgeSource(e));
        }
        needed.sort(byCatalogOrder());
        return needed;
    }

    private Comparator<String> byCatalogOrder() {
        return Comparator.comparing(catalogOrder::get);
    }

    /**
     * Every resource, each after all of its prerequisites; among those free to go next, catalog
     * order decides, so the same curriculum always gives the same order.
     *
     * @throws IllegalStateException if the graph has a cycle (the catalog refuses such curricula)
     */
    public List<String> topologicalOrder() {
        List<String> order = new ArrayList<>(resourceCount());
        try {
            new TopologicalOrderIterator<>(graph, byCatalogOrder()).forEachRemaining(order::add);
        } catch (NotDirectedAcyclicGraphException e) {
            throw new IllegalStateException("the prerequisite graph has a cycle", e);
        }
        return order;
    }

    /**
     * Every resource that can ever become ready, each after one option of every requirement it has
     * (so a resource in a cycle that an any-of group lets a learner enter comes after the way in);
     * among those free to go next, catalog order decides. Resources missing from it can never start.
     */
    public List<String> readinessOrder() {
        Map<String, Integer> unmet = new HashMap<>();
        PriorityQueue<String> ready = new PriorityQueue<>(byCatalogOrder());
        for (Resource r : resources.values()) {
            unmet.put(r.id(), r.requires().size());
            if (r.requires().isEmpty()) {
                ready.add(r.id());
            }
        }
        Set<String> done = new HashSet<>();
        List<String> order = new ArrayList<>(resources.size());
        while (!ready.isEmpty()) {
            String id = ready.poll();
            if (!done.add(id)) {
                continue;
            }
            order.add(id);
            for (String d : dependents(id)) {
                if (done.contains(d)) {
                    continue;
                }
                int newlyMet = 0;
                for (Requirement req : resources.get(d).requires()) {
                    if (req.options().contains(id) && !metBefore(req, done, id)) {
                        newlyMet++;
                    }
                }
                int left = unmet.merge(d, -newlyMet, Integer::sum);
                if (newlyMet > 0 && left == 0) {
                    ready.add(d);
                }
            }
        }
        return order;
    }

    private static boolean metBefore(Requirement req, Set<String> done, String id) {
        for (String o : req.options()) {
            if (!o.equals(id) && done.contains(o)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The resources that can never become ready, whatever a learner finishes, each group with the
     * cycle that traps it: {@code [a, b, a]} and everything that needs the group. Empty when every
     * resource can be started; a cycle an any-of group lets a learner into traps nothing.
     */
    public List<Trapped> neverReady() {
        Set<String> startable = new HashSet<>(readinessOrder());
        if (startable.size() == resources.size()) {
            return List.of();
        }
        Set<String> stuck = new HashSet<>(resources.keySet());
        stuck.removeAll(startable);
        Graph<String, DefaultEdge> sub = new AsSubgraph<>(graph, stuck);
        List<Trapped> out = new ArrayList<>();
        Set<String> named = new HashSet<>();
        List<Set<String>> groups = new ArrayList<>(new GabowStrongConnectivityInspector<>(sub).stronglyConnectedSets());
        groups.removeIf(g -> g.size() == 1 && !graph.containsEdge(g.iterator().next(), g.iterator().next()));
        groups.sort(Comparator.comparing(g -> Collections.min(g, byCatalogOrder()), byCatalogOrder()));
        for (Set<String> group : groups) {
            String start = Collections.min(group, byCatalogOrder());
            List<String> cycle = group.size() == 1 ? List.of(start, start) : cycleThrough(start, group);
            List<String> blocked = new ArrayList<>();
            for (String id : stuck) {
                if (!named.contains(id) && (group.contains(id) || reaches(group, id, stuck))) {
                    blocked.add(id);
                }
            }
            blocked.sort(byCatalogOrder());
            named.addAll(blocked);
            out.add(new Trapped(cycle, blocked));
        }
        return out;
    }

    /** True when {@code id} depends, through stuck resources, on a member of the group. */
    private boolean reaches(Set<String> group, String id, Set<String> stuck) {
        Deque<String> todo = new ArrayDeque<>(List.of(id));
        Set<String> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            String at = todo.poll();
            if (!seen.add(at)) {
                continue;
            }
            for (String p : requiredBy(at)) {
                if (group.contains(p)) {
                    return true;
                }
                if (stuck.contains(p)) {
                    todo.add(p);
                }
            }
        }
        return false;
    }

    /** Resources that can never become ready, and the prerequisite cycle that traps them. */
    public record Trapped(List<String> cycle, List<String> resources) {
        public Trapped {
            cycle = List.copyOf(cycle);
            resources = List.copyOf(resources);
        }
    }

    /** The resources that name this one among their prerequisites, in catalog order. */
    public List<String> dependents(String id) {
        if (!graph.containsVertex(id)) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (DefaultEdge e : graph.outgoingEdgesOf(id)) {
            out.add(graph.getEdgeTarget(e));
        }
        out.sort(byCatalogOrder());
        return out;
    }

    /** The resources this one names as prerequisites (options of any-of groups included). */
    public List<String> prerequisites(String id) {
        if (!graph.containsVertex(id)) {
            return List.of();
        }
        return requiredBy(id);
    }

    /** Every resource that this one opens the way to, directly or through others. */
    public Set<String> allDependents(String id) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(dependents(id));
        while (!todo.isEmpty()) {
            String next = todo.poll();
            if (seen.add(next)) {
                todo.addAll(dependents(next));
            }
        }
        return seen;
    }

    /** True when every requirement of the resource is met by the finished set. */
    public boolean isReady(String id, Set<String> finished) {
        Resource r = resources.get(id);
        if (r == null) {
            return false;
        }
        for (Requirement requirement : r.requires()) {
            if (!requirement.isMetBy(finished)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The ready set, ALEKS's "ready to learn" fringe: resources not in the finished set whose
     * requirements the finished set meets, in catalog order.
     */
    public List<String> readySet(Set<String> finished) {
        List<String> ready = new ArrayList<>();
        for (String id : graph.vertexSet()) {
            if (!finished.contains(id) && isReady(id, finished)) {
                ready.add(id);
            }
        }
        ready.sort(byCatalogOrder());
        return ready;
    }

    /** The resources that become ready when {@code id} is finished on top of {@code finished}. */
    public List<String> unlockedBy(String id, Set<String> finished) {
        Set<String> after = new HashSet<>(finished);
        after.add(id);
        List<String> unlocked = new ArrayList<>();
        for (String dependent : dependents(id)) {
            if (!after.contains(dependent) && !isReady(dependent, finished) && isReady(dependent, after)) {
                unlocked.add(dependent);
            }
        }
        return unlocked;
    }
}
