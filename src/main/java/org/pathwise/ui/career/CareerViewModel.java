package org.pathwise.ui.career;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;


import org.pathwise.model.CareerSection;
import org.pathwise.model.InterviewStage;
import org.pathwise.planner.CareerReadiness;
import org.pathwise.planner.ReasonFormatter;
import org.pathwise.ui.common.AppState;
import org.pathwise.ui.common.ScreenModel;
import org.pathwise.ui.common.Links;

/**
 * Career: the resume and job-search checklists and the interview pipeline from the curriculum,
 * the learner's ticks, and readiness per interview round with the skills it rests on.
 */
public final class CareerViewModel extends ScreenModel<CareerViewModel.Screen> {
    /** An interview round's readiness: the figure, and the skills it is the average of. */
    public record Round(String name, double readiness, String figure, String skills) {
    }

    /** What changes with the learner's progress. */
    public record Screen(Set<String> ticked, List<Round> rounds, Optional<String> imbalance) {
    }

    private final Links links;

    public CareerViewModel(AppState state, Links links) {
        super(state);
        this.links = links;
        follow();
    }

    public List<CareerSection> sections() {
        return List.of(state.curriculum().career().resume(), state.curriculum().career().jobSearch());
    }

    /** The interview pipeline: stages, each followed by its rounds. */
    public List<InterviewStage> pipeline() {
        return state.curriculum().career().interview();
    }

    /** The titles of the resources that prepare for a stage. */
    public List<String> prepTitles(InterviewStage stage) {
        return stage.prep().stream().map(id -> state.curriculum().resource(id).map(r -> r.title()).orElse(id)).toList();
    }

    public void tick(String itemId, boolean ticked) {
        state.checkCareerItem(itemId, ticked);
    }

    public void open(String url) {
        links.open(url);
    }

    @Override
    protected Screen screen(AppState.View v) {
        List<Round> rounds = new ArrayList<>();
        for (CareerReadiness.Area a : v.career().areas()) {
            List<String> parts = new ArrayList<>();
            for (String skill : a.skills()) {
                v.gaps().gaps().stream().filter(g -> g.skillId().equals(skill) && g.target() > 0).findFirst()
                        .ifPresent(g -> parts.add(state.curriculum().skill(skill).map(ReasonFormatter::shortName)
                                .orElse(skill) + " " + g.level() + "/" + g.target()));
            }
            rounds.add(new Round(a.focus().label(), a.readiness(), Math.round(a.readiness() * 100) + "% · prep "
                    + a.prepDone() + " of " + a.prepTotal() + " done", String.join(", ", parts)));
        }
        return new Screen(Set.copyOf(v.progress().careerItems().keySet()), rounds, v.career().imbalance());
    }
}
