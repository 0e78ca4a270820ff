package org.pathwise.ui.onboarding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pathwise.model.SkillKind;
import org.pathwise.progress.Settings;
import org.pathwise.ui.common.AppState;
import org.pathwise.ui.common.StateFixture;

/** The first-start questions without the toolkit: presets from the curriculum, every kind of skill, one save. */
class OnboardingViewModelTest {
    @RegisterExtension
    final StateFixture app = new StateFixture();
    private OnboardingViewModel model;

    @BeforeEach
    void open() throws Exception {
        model = new OnboardingViewModel(app.state.curriculum());
    }

    @Test
    void theStartingPointsComeFromTheCurriculumAndFillInTheirRatings() {
        assertEquals(List.of("software-engineer", "data-scientist", "scratch"),
                model.startingPoints().stream().map(p -> p.id()).toList());
        assertEquals(Map.of(), model.answers().ratings(), "nothing is rated before a choice");
        var se = model.startingPoints().get(0);
        model.startingPointProperty().set(se);
        for (var r : se.ratings()) {
            assertEquals(r.level(), model.rating(r.skill()).get(), r.skill());
        }
        model.startingPointProperty().set(model.startingPoints().get(2));
        assertEquals(Map.of(), model.answers().ratings(), "from scratch clears the ratings");
    }

    @Test
    void softAndInterviewSkillsAreAskedToo() {
        assertFalse(model.skills(SkillKind.SOFT).isEmpty());
        assertFalse(model.skills(SkillKind.INTERVIEW).isEmpty());
        assertEquals(app.state.curriculum().skills().size(), model.skills(SkillKind.TECHNICAL).size()
                + model.skills(SkillKind.SOFT).size() + model.skills(SkillKind.INTERVIEW).size());
    }

    @Test
    void savingWritesTheAnswersAndThePlanFollows() throws Exception {
        model.startingPointProperty().set(model.startingPoints().get(1));
        model.rating("communication").set(2);
        model.rating("python").set(7); // Out of range: kept to 3.
        model.weeklyHoursProperty().set(6);
        model.roleProperty().set(app.state.curriculum().role("data-scientist").orElseThrow());
        model.save(app.state);
        var p = app.store.snapshot();
        assertEquals("true", p.settings().get(AppState.ONBOARDED));
        assertEquals("data-scientist", p.settings().get(Settings.TARGET_ROLE));
        assertEquals("6", p.settings().get(Settings.WEEKLY_HOURS));
        assertEquals("data-scientist", p.settings().get("background"));
        assertEquals(2, p.ratings().get("communication").level());
        assertEquals(3, p.ratings().get("python").level());
        assertEquals("data-scientist", app.state.current().role().id());
        assertTrue(app.errors.isEmpty(), app.errors.toString());
    }

    @Test
    void askedAgainTheQuestionsShowTheAnswersSoFarAndATakenBackRatingIsSaved() throws Exception {
        model.startingPointProperty().set(model.startingPoints().get(0));
        model.weeklyHoursProperty().set(15);
        model.save(app.state);
        var again = new OnboardingViewModel(app.state.curriculum(), app.state.current().progress());
        assertEquals("software-engineer", again.startingPointProperty().get().id());
        assertEquals(15, again.weeklyHoursProperty().get(), "not the default 10");
        assertEquals(model.startingPoints().get(0).rating("python"), again.rating("python").get());
        assertEquals(model.answers(), again.answers(), "OK alone changes nothing");
        again.rating("math").set(0);
        again.save(app.state);
        var math = app.store.snapshot().ratings().get("math");
        assertTrue(math == null || math.level() == 0, "the rating taken back is saved: " + math);
    }
}
