package org.pathwise.ui.skills;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;


import org.pathwise.model.Level;
import org.pathwise.model.Priority;
import org.pathwise.model.Role;
import org.pathwise.model.Skill;
import org.pathwise.planner.ReasonFormatter;
import org.pathwise.planner.SkillGap;
import org.pathwise.ui.common.AppState;
import org.pathwise.ui.common.ScreenModel;

/**
 * The skill-gap chart as figures: per skill the level and the target as fractions of the top
 * level, the words beside the bar, the topics covered and missing, and the learner's own rating;
 * the target met over the last weeks; rating a skill and choosing the target role.
 */
public final class SkillsViewModel extends ScreenModel<SkillsViewModel.Screen> {
    /** One skill's row. */
    public record Row(String skillId, double level, double target, String value, boolean met, String topics,
                      int rating) {
    }

    /** A point of the "target met" chart: the week's label and the percentage. */
    public record Point(String label, double percent) {
    }

    /** Everything the view shows that changes with progress. */
    public record Screen(Role role, String summary, List<Point> overTime, Map<String, Row> rows) {
    }

    /** How many weeks back the "target met" chart reaches. */
    public static final int CHART_WEEKS = AppState.CHART_WEEKS;

    private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);


    public SkillsViewModel(AppState state) {
        super(state);
        follow();
    }

    public List<Role> roles() {
        return state.curriculum().roles();
    }

    /** The skills of one priority, in the curriculum's order. */
    public List<Skill> skills(Priority p) {
        return state.curriculum().skills().stream().filter(s -> s.priority() == p).toList();
    }

    /** Rates a skill 0 to 3 (with undo); the same rating again does nothing. */
    public void rate(String skillId, int level) {
        state.rate(skillId, Math.max(0, Math.min(Level.MAX, level)));
    }

    /** Makes another role the target: the plan is remade, and a toast says so. */
    public void chooseRole(Role role) {
        if (role != null && screen() != null && !role.equals(screen().role())) {
            state.setTargetRole(role);
        }
    }

    @Override
    protected Screen screen(AppState.View v) {
        Map<String, Row> rows = new LinkedHashMap<>();
        for (SkillGap g : v.gaps().gaps()) {
            String value = g.target() == 0 ? "level " + g.level() + " · not needed"
                    : g.gap() == 0 ? "met · level " + g.level() + " (target " + g.target() + ")"
                    : g.level() + " of " + g.target() + " · gap " + g.gap();
            String covered = g.coveredTopics().isEmpty() ? "No topic covered yet" : "✓ " + String.join(" · ",
                    g.coveredTopics().stream().map(ReasonFormatter::shortTopic).toList());
            // What stands between the learner and the next level first: a level counts only when all its topics are
            // covered, so four topics ticked can still be level 0.
            List<String> later = g.missingTopics().stream().filter(t -> !g.nextLevelMissing().contains(t)).toList();
            String topics = covered + (g.nextLevelMissing().isEmpty() ? "" : "\n○ Level " + (g.level() + 1)
                    + " still needs: " + String.join(" · ", g.nextLevelMissing().stream()
                    .map(ReasonFormatter::shortTopic).toList()))
                    + (later.isEmpty() ? "" : "\n○ Then, for the target: " + String.join(" · ", later.stream()
                    .map(ReasonFormatter::shortTopic).toList()));
            var rated = v.progress().ratings().get(g.skillId());
            rows.put(g.skillId(), new Row(g.skillId(), (double) g.level() / Level.MAX, (double) g.target() / Level.MAX,
                    value, g.gap() == 0 && g.target() > 0, topics, rated == null ? 0 : rated.level()));
        }
        List<Point> overTime = v.targetOverTime().stream().map(p -> new Point(WEEK.format(p.getKey()),
                Math.round(p.getValue() * 1000) / 10.0)).toList();
        return new Screen(v.role(), Math.round(v.gaps().progress() * 100) + "% of the target met", overTime, rows);
    }
}
