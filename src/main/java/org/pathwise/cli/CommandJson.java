package org.pathwise.cli;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The JSON the commands print, as records: one shape per command, in a fixed member order,
 * documented in docs/cli-json.md and held by golden files in the tests.
 */
final class CommandJson {
    private CommandJson() {
    }

    /** A step of {@code next}: a resource (with provider, kind, url and cost) or a project (without). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Suggestion(String id, String title, String type, String provider, String kind, String url, String cost,
                      double hoursMin, double hoursMax, List<String> reasons) {
    }

    record Next(String role, List<Suggestion> suggestions, String whyNone, String project, String projectReason) {
    }

    record PlanItem(String id, String type, String title, String stage, double hours, double remainingHours,
                    double remainingHoursMin, double remainingHoursMax, int week, String start, String finish,
                    List<String> closes) {
    }

    record Plan(String role, double weeklyHours, String today, double totalHours, double totalHoursMin,
                double totalHoursMax, String finish, String finishEarliest, String finishLatest,
                Double paceHoursPerWeek, String finishAtPace, List<PlanItem> items, List<String> unreachable) {
    }

    record Gap(String skill, String name, String priority, int level, int target, int gap, int weightedGap,
               List<String> coveredTopics, List<String> missingTopics) {
    }

    record Area(String focus, double readiness, List<String> skills, int prepDone, int prepTotal) {
    }

    record Gaps(String role, double progress, List<Gap> gaps, List<Area> interview, String interviewImbalance) {
    }

    record ProjectFit(String id, String title, String status, double readiness, Map<String, Integer> missing,
                      List<String> missingResources, double missingHours, List<String> demonstrates,
                      List<String> lifecycle, double hoursMin, double hoursMax) {
    }

    record Projects(String role, String suggested, String reason, List<String> lifecycleCovered,
                    List<String> lifecycleMissing, List<ProjectFit> projects) {
    }
}
