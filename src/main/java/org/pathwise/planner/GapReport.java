package org.pathwise.planner;

import java.util.List;

/**
 * The gaps to a target role and the overall progress: the weighted share of the role's target
 * that is met, exactly 1.0 when every target is met.
 */
public record GapReport(String roleId, String roleName, List<SkillGap> gaps, double progress) {
    public GapReport {
        gaps = List.copyOf(gaps);
    }

    public boolean allTargetsMet() {
        return gaps.stream().allMatch(g -> g.gap() == 0);
    }
}
