package org.pathwise.model;

import java.util.List;

/**
 * A portfolio project: a step of the plan like a resource, gated on skill levels instead of
 * resources, and raising the topics it demonstrates when it is done.
 *
 * @param requires  the skill levels a learner needs before starting it
 * @param teaches   the topics a finished project demonstrates
 * @param lifecycle the stages of the ML lifecycle it shows (training, serving, monitoring, retraining …)
 * @param checklist the project's own steps; the curriculum's stand-out checklist applies to every project
 */
public record Project(String id, String title, String summary, List<SkillLevel> requires,
                      List<Teaching> teaches, List<String> lifecycle, List<String> tools,
                      List<ChecklistItem> checklist, double hoursMin, double hoursMax, String stage) {
    public Project {
        requires = List.copyOf(requires);
        teaches = List.copyOf(teaches);
        lifecycle = List.copyOf(lifecycle);
        tools = List.copyOf(tools);
        checklist = List.copyOf(checklist);
    }

    /** The skills the project demonstrates, in the order the curriculum lists them. */
    public List<String> demonstrates() {
        return teaches.stream().map(Teaching::skill).distinct().toList();
    }

    /** The expected hours: the middle of the range. */
    public double hours() {
        return (hoursMin + hoursMax) / 2;
    }
}
