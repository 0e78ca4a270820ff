package org.pathwise.ui.onboarding;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

import org.pathwise.model.Curriculum;
import org.pathwise.model.LearnerProgress;
import org.pathwise.model.Level;
import org.pathwise.model.Role;
import org.pathwise.model.Skill;
import org.pathwise.model.SkillKind;
import org.pathwise.model.SkillRating;
import org.pathwise.model.StartingPoint;
import org.pathwise.progress.Settings;
import org.pathwise.ui.common.AppState;

/**
 * The first-start questions: where the learner starts from (the curriculum's starting points),
 * the target role, weekly hours and a self-rating of every skill, technical, soft and interview.
 * Choosing a starting point fills in the ratings it suggests; the learner may change any of them.
 */
public final class OnboardingViewModel {
    /** What the learner chose, as saved. */
    public record Answers(String startingPoint, String roleId, int weeklyHours, Map<String, Integer> ratings) {
    }

    private final Curriculum curriculum;
    private final ObjectProperty<StartingPoint> startingPoint = new SimpleObjectProperty<>();
    private final ObjectProperty<Role> role = new SimpleObjectProperty<>();
    private final IntegerProperty weeklyHours = new SimpleIntegerProperty((int) Settings.DEFAULT_WEEKLY_HOURS);
    private final Map<String, IntegerProperty> ratings = new LinkedHashMap<>();

    private boolean prefilling;
    /** Skills rated before the questions were asked again: a rating taken back to 0 is saved as 0. */
    private final java.util.Set<String> ratedBefore = new java.util.HashSet<>();

    /** The questions for a first start: nothing chosen, every rating 0. */
    public OnboardingViewModel(Curriculum curriculum) {
        this(curriculum, LearnerProgress.empty());
    }

    /** The questions asked again: the learner's answers so far are filled in, so OK alone changes nothing. */
    public OnboardingViewModel(Curriculum curriculum, LearnerProgress progress) {
        this.curriculum = curriculum;
        role.set(Optional.ofNullable(progress.settings().get(Settings.TARGET_ROLE)).flatMap(curriculum::role)
                .orElse(curriculum.defaultRole()));
        weeklyHours.set((int) Math.max(1, Math.round(Settings.weeklyHours(progress.settings()))));
        for (Skill s : curriculum.skills()) {
            SkillRating rated = progress.ratings().get(s.id());
            ratings.put(s.id(), new SimpleIntegerProperty(rated == null ? 0 : rated.level()));
            if (rated != null && rated.level() > 0) {
                ratedBefore.add(s.id());
            }
        }
        startingPoint.addListener((o, a, p) -> {
            if (p != null && !prefilling) {
                ratings.forEach((id, r) -> r.set(p.rating(id)));
            }
        });
        String from = progress.settings().get(Settings.STARTING_POINT);
        prefilling = true;
        startingPoints().stream().filter(p -> p.id().equals(from)).findFirst().ifPresent(startingPoint::set);
        prefilling = false;
    }

    public List<StartingPoint> startingPoints() {
        return curriculum.info().startingPoints();
    }

    public List<Role> roles() {
        return curriculum.roles();
    }

    /** The skills of one kind, in the curriculum's order: the question groups them so. */
    public List<Skill> skills(SkillKind kind) {
        return curriculum.skills().stream().filter(s -> s.kind() == kind).toList();
    }

    public ObjectProperty<StartingPoint> startingPointProperty() {
        return startingPoint;
    }

    public ObjectProperty<Role> roleProperty() {
        return role;
    }

    public IntegerProperty weeklyHoursProperty() {
        return weeklyHours;
    }

    /** The learner's rating of a skill, 0 to {@link Level#MAX}. */
    public IntegerProperty rating(String skillId) {
        return ratings.get(skillId);
    }

    /** The answers as they stand: ratings above 0, and 0 for a skill rated before and now taken back. */
    public Answers answers() {
        Map<String, Integer> chosen = new LinkedHashMap<>();
        ratings.forEach((id, r) -> {
            int v = Math.max(0, Math.min(Level.MAX, r.get()));
            if (v > 0 || ratedBefore.contains(id)) {
                chosen.put(id, v);
            }
        });
        Role r = Optional.ofNullable(role.get()).orElse(curriculum.defaultRole());
        return new Answers(Optional.ofNullable(startingPoint.get()).map(StartingPoint::id).orElse(""), r.id(),
                Math.max(1, weeklyHours.get()), chosen);
    }

    /** Saves the answers (one change, so the plan is made once) and marks the first start done. */
    public void save(AppState state) {
        Answers a = answers();
        state.answerFirstStart(a.startingPoint(), a.roleId(), a.weeklyHours(), a.ratings());
    }
}
