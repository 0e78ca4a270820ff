package org.pathwise.ui.catalog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.pathwise.model.Cost;
import org.pathwise.model.LearnerProgress;
import org.pathwise.model.Requirement;
import org.pathwise.model.Resource;
import org.pathwise.model.ResourceKind;
import org.pathwise.model.ResourceProgress;
import org.pathwise.model.Skill;
import org.pathwise.model.Status;
import org.pathwise.model.Teaching;
import org.pathwise.planner.Mastery;
import org.pathwise.planner.ReasonFormatter;
import org.pathwise.ui.common.AppState;
import org.pathwise.ui.common.Format;
import org.pathwise.ui.common.Links;

/**
 * The catalog: the search and the five filters, which resources match and in what order (title
 * matches first), the details of one resource (what it teaches, what it needs and whether that is
 * met, hours, the note), and ticking, status, hours and notes.
 */
public final class CatalogViewModel {
    public static final String ANY = "Any";

    /** A filter: its name and the values it offers after "Any". */
    public record Filter(String name, List<String> values, StringProperty value) {
    }

    /** A prerequisite line: its options in words and whether the learner meets it. */
    public record Need(String text, boolean met) {
    }

    /** What the details pane shows about one resource. */
    public record Details(String id, String title, String meta, String url, String summary, Status status,
                          List<String> teaches, List<Need> needs, String hours, String note) {
    }

    private final AppState state;
    private final Links links;
    private final StringProperty search = new SimpleStringProperty("");
    private final Filter skill;
    private final Filter priority;
    private final Filter kind;
    private final Filter cost;
    private final Filter status;
    private final Map<Resource, Integer> order = new HashMap<>();
    private final ObjectProperty<Predicate<Resource>> predicate = new SimpleObjectProperty<>(r -> true);

    public CatalogViewModel(AppState state, Links links) {
        this.state = state;
        this.links = links;
        skill = filter("Skill", state.curriculum().skills().stream().map(Skill::name).toList());
        priority = filter("Priority", Arrays.stream(org.pathwise.model.Priority.values())
                .map(org.pathwise.model.Priority::label).toList());
        kind = filter("Kind", Arrays.stream(ResourceKind.values()).map(ResourceKind::label).toList());
        cost = filter("Cost", Arrays.stream(Cost.values()).map(Cost::label).toList());
        status = filter("Status", Arrays.stream(Status.values()).map(Status::label).toList());
        List<Resource> all = state.curriculum().resources();
        for (int i = 0; i < all.size(); i++) {
            order.put(all.get(i), i);
        }
        search.addListener((o, a, b) -> refilter());
        // Only the status filter depends on progress (a tick moves a resource in or out of it). Any other
        // change keeps the predicate, so the table keeps its rows, its selection and the note being typed.
        state.viewProperty().addListener((o, a, b) -> {
            if (!ANY.equals(status.value().get())) {
                refilter();
            }
        });
        refilter();
    }

    private Filter filter(String name, List<String> values) {
        Filter f = new Filter(name, values, new SimpleStringProperty(ANY));
        f.value().addListener((o, a, b) -> refilter());
        return f;
    }

    public List<Resource> resources() {
        return state.curriculum().resources();
    }

    public StringProperty searchProperty() {
        return search;
    }

    public List<Filter> filters() {
        return List.of(skill, priority, kind, cost, status);
    }

    /** Which resources the search and filters let through; a new predicate after every change. */
    public ReadOnlyObjectProperty<Predicate<Resource>> predicateProperty() {
        return predicate;
    }

    /** Clears the search and every filter, so that any resource shows. */
    public void showAll() {
        search.set("");
        filters().forEach(f -> f.value().set(ANY));
    }

    /** "12 of 64". */
    public String count() {
        long n = resources().stream().filter(predicate.get()).count();
        return n + " of " + resources().size();
    }

    /** While searching, a title that starts with the words, then one that contains them, then the rest. */
    public Comparator<Resource> relevance() {
        String q = query();
        return Comparator.<Resource>comparingInt(r -> q.isEmpty() ? 0
                : r.title().toLowerCase(Locale.ROOT).startsWith(q) ? 0
                : r.title().toLowerCase(Locale.ROOT).contains(q) ? 1
                : (r.provider() + " " + r.summary()).toLowerCase(Locale.ROOT).contains(q) ? 2 : 3)
                .thenComparingInt(r -> order.getOrDefault(r, Integer.MAX_VALUE));
    }

    private String query() {
        return search.get() == null ? "" : search.get().strip().toLowerCase(Locale.ROOT);
    }

    private void refilter() {
        String q = query();
        String sk = skill.value().get();
        String pr = priority.value().get();
        String ki = kind.value().get();
        String co = cost.value().get();
        String st = status.value().get();
        LearnerProgress p = progress();
        predicate.set(r -> matchesText(r, q)
                && (ANY.equals(sk) || teaches(r, s -> s.name().equals(sk)))
                && (ANY.equals(pr) || teaches(r, s -> s.priority().label().equals(pr)))
                && (ANY.equals(ki) || r.kind().label().equals(ki))
                && (ANY.equals(co) || r.cost().label().equals(co))
                && (ANY.equals(st) || p.statusOf(r.id()).label().equals(st)));
    }

    private boolean matchesText(Resource r, String q) {
        if (q.isEmpty()) {
            return true;
        }
        if ((r.title() + " " + r.provider() + " " + r.summary() + " " + String.join(" ", r.tags()))
                .toLowerCase(Locale.ROOT).contains(q)) {
            return true;
        }
        return teaches(r, s -> s.name().toLowerCase(Locale.ROOT).contains(q));
    }

    private boolean teaches(Resource r, Predicate<Skill> p) {
        for (Teaching t : r.teaches()) {
            if (state.curriculum().skill(t.skill()).filter(p).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private LearnerProgress progress() {
        return state.current() == null ? LearnerProgress.empty() : state.current().progress();
    }

    public Status statusOf(String id) {
        return progress().statusOf(id);
    }

    /** The resource shown in detail, here or from elsewhere (a roadmap click). */
    public ObjectProperty<String> selectedProperty() {
        return state.selectedResourceProperty();
    }

    public Optional<Details> details(String id) {
        return id == null ? Optional.empty() : state.curriculum().resource(id).map(this::details);
    }

    private Details details(Resource r) {
        LearnerProgress p = progress();
        List<String> teaches = new ArrayList<>();
        for (Teaching t : r.teaches()) {
            state.curriculum().skill(t.skill()).ifPresent(s -> teaches.add("• " + s.name() + " → level " + t.level()
                    + " (" + s.priority().label() + "): " + String.join(", ", t.topics().stream().map(id -> s.topics()
                    .stream().filter(x -> x.id().equals(id)).map(x -> x.name()).findFirst().orElse(id)).toList())));
        }
        List<Need> needs = new ArrayList<>();
        Mastery mastery = state.mastery(p);
        for (Requirement req : r.requires()) {
            String names = String.join(" or ", req.options().stream().map(id -> state.curriculum().resource(id)
                    .map(Resource::title).orElse(id)).toList());
            needs.add(new Need(names, req.options().stream().anyMatch(mastery::isMet)));
        }
        ResourceProgress rp = p.resources().get(r.id());
        double logged = rp == null ? 0 : rp.hours();
        String hours = logged > 0 ? "Hours logged: " + Format.hours(logged)
                : p.statusOf(r.id()) == Status.DONE ? "No hours logged; the plan counts its estimate, ~"
                + ReasonFormatter.hoursRange(r.hoursMin(), r.hoursMax()) + " h"
                : "No hours logged yet";
        return new Details(r.id(), r.title(), r.provider() + " · " + r.kind().label() + " · ~"
                + ReasonFormatter.hoursRange(r.hoursMin(), r.hoursMax()) + " h · " + r.cost().label(), r.url(),
                r.summary(), p.statusOf(r.id()), teaches, needs, hours, rp == null || rp.note() == null ? "" : rp.note());
    }

    // ------------------------------------------------------------------ intents

    /** Done, or back to not started when it was done (the check box and Space). */
    public void toggle(String id) {
        state.mark(id, statusOf(id) == Status.DONE ? Status.NOT_STARTED : Status.DONE);
    }

    public void mark(String id, Status s) {
        state.mark(id, s);
    }

    public void logHours(String id, double hours) {
        if (hours > 0) {
            state.logHours(id, hours);
        }
    }

    /** Saves a note when it differs from the one saved. */
    public void note(String id, String text) {
        ResourceProgress rp = progress().resources().get(id);
        String saved = rp == null || rp.note() == null ? "" : rp.note();
        if (!Objects.equals(saved, text == null ? "" : text)) {
            state.note(id, text == null ? "" : text);
        }
    }

    public void open(String url) {
        links.open(url);
    }

    /** Registers what the view must save when the app quits (a note typed a moment ago). */
    public void beforeQuit(Runnable flush) {
        state.beforeQuit(flush);
    }

    /** The learner's progress as it changes: the table's ticks and the details follow it. */
    public javafx.beans.value.ObservableValue<?> changes() {
        return state.viewProperty();
    }
}
