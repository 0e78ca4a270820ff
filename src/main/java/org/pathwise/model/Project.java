package org.pathwise.model;

import java.util.List;

/**
 * A portfolio project.
 *
 * @param requires  the skill levels a learner needs before starting it
 * @param lifecycle the stages of the ML lifecycle it shows (training, serving, monitoring, retraining …)
 * @param checklist the project's own steps; the curriculum's stand-out checklist applies to every project
 */
public record Project(String id, String title, String summary, List<SkillLevel> requires,
                      List<String> demonstrates, List<String> lifecycle, List<String> tools,
                      List<ChecklistItem> checklist) {
    public Project {
        requires = List.copyOf(requires);
        demonstrates = List.copyOf(demonstrates);
        lifecycle = List.copyOf(lifecycle);
        tools = List.copyOf(tools);
        checklist = List.copyOf(checklist);
    }
}
