package org.pathwise.catalog;

import java.util.List;

import org.pathwise.graph.PrerequisiteGraph;
import org.pathwise.model.Curriculum;

/**
 * A curriculum that passed every check, with its prerequisite graph, where it came from, and the
 * warnings that do not stop it from being used (such as a role target no resource reaches).
 */
public record LoadedCurriculum(Curriculum curriculum, PrerequisiteGraph graph, CurriculumSource source,
                               List<String> warnings) {
    public LoadedCurriculum {
        warnings = List.copyOf(warnings);
    }

    public LoadedCurriculum(Curriculum curriculum, PrerequisiteGraph graph, CurriculumSource source) {
        this(curriculum, graph, source, List.of());
    }
}
