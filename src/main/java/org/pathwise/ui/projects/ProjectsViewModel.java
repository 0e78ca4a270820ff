package org.pathwise.ui.projects;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;


import org.pathwise.model.ChecklistItem;
import org.pathwise.model.Project;
import org.pathwise.model.ProjectProgress;
import org.pathwise.model.ProjectStatus;
import org.pathwise.planner.ProjectFit;
import org.pathwise.planner.ReasonFormatter;
import org.pathwise.ui.common.AppState;
import org.pathwise.ui.common.ScreenModel;

/**
 * The portfolio projects: for each, how ready the learner is, what is missing and the shortest
 * way to it, its status, steps and evidence; the suggested project first; and the learner's
 * changes to them.
 */
public final class ProjectsViewModel extends ScreenModel<ProjectsViewModel.Screen> {
    /** What the learner wrote to show the project: saved as typed. */
    public record Evidence(String repository, String demo, String notes, String impact) {
        static final Evidence NONE = new Evidence("", "", "", "");
    }

    /** One project's card. */
    public record Card(String projectId, String title, double readiness, String readinessText, String missing,
                       ProjectStatus status, Set<String> ticked, Evidence evidence, boolean suggested) {
    }

    /** The advice at the top and the cards, the suggested one first, the others in the curriculum's order. */
    public record Screen(String advice, List<Card> cards) {
        public Optional<Card> card(String projectId) {
            return cards.stream().filter(c -> c.projectId().equals(projectId)).findFirst();
        }
    }


    public ProjectsViewModel(AppState state) {
        super(state);
        follow();
    }

    public List<Project> projects() {
        return state.curriculum().projects();
    }

    /** The checklist every project shares: what makes a portfolio project stand out. */
    public List<ChecklistItem> standOut() {
        return state.curriculum().standOut();
    }

    public void setStatus(String projectId, ProjectStatus status) {
        state.setProjectStatus(projectId, status);
    }

    /** Ticks or unticks a step; ticking the first step starts the project. */
    public void tick(String projectId, String itemId, boolean ticked) {
        state.checkProjectItem(projectId, itemId, ticked);
    }

    /** Saves what was typed, trimmed, unless it is what is saved already. */
    public void saveEvidence(String projectId, Evidence typed) {
        Evidence e = new Evidence(typed.repository().strip(), typed.demo().strip(), typed.notes().strip(),
                typed.impact().strip());
        Evidence saved = screen() == null ? null : screen().card(projectId).map(Card::evidence).orElse(null);
        if (!e.equals(saved)) {
            state.setProjectEvidence(projectId, e.repository(), e.demo(), e.notes(), e.impact());
        }
    }

    /** Registers what the view must save when the app quits (evidence typed a moment ago). */
    public void beforeQuit(Runnable flush) {
        state.beforeQuit(flush);
    }

    @Override
    protected Screen screen(AppState.View v) {
        var advice = v.projects();
        Optional<String> suggested = advice.suggestedProjectId();
        String missingStages = advice.lifecycleMissing().isEmpty() ? ""
                : " Lifecycle stages your projects do not show yet: " + String.join(", ", advice.lifecycleMissing()) + ".";
        String text = "Suggested next: " + suggested.flatMap(id -> state.curriculum().project(id)).map(Project::title)
                .orElse("none") + ". " + advice.reason() + missingStages;
        List<Card> cards = new ArrayList<>();
        for (ProjectFit f : advice.projects()) {
            Project p = state.curriculum().project(f.projectId()).orElse(null);
            if (p == null) {
                continue;
            }
            boolean isSuggested = suggested.filter(f.projectId()::equals).isPresent();
            ProjectProgress pp = v.progress().projects().get(f.projectId());
            String missing = f.ready() ? "You have the skill levels it needs."
                    : "Missing: " + String.join(", ", f.missing().stream().map(m -> state.curriculum().skill(m.skill())
                    .map(s -> s.name()).orElse(m.skill()) + " " + m.level()).toList()) + ". Shortest way: "
                    + String.join(", ", f.missingResources().stream().map(id -> state.curriculum().resource(id)
                    .map(r -> r.title()).orElse(id)).toList()) + " (~" + Math.round(f.missingHours()) + " h).";
            Card c = new Card(f.projectId(), (isSuggested ? "Next: " : "") + p.title() + " · ~"
                    + ReasonFormatter.hoursRange(f.hoursMin(), f.hoursMax()) + " h", f.readiness(),
                    Math.round(f.readiness() * 100) + "% ready", missing, f.status(),
                    pp == null ? Set.of() : Set.copyOf(pp.checkedItems().keySet()),
                    pp == null ? Evidence.NONE : new Evidence(text(pp.repositoryUrl()), text(pp.demoUrl()),
                            text(pp.notes()), text(pp.impact())),
                    isSuggested);
            if (isSuggested) {
                cards.add(0, c);
            } else {
                cards.add(c);
            }
        }
        return new Screen(text, cards);
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
