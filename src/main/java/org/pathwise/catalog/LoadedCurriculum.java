package org.pathwise.catalog;

import org.pathwise.graph.PrerequisiteGraph;
import org.pathwise.model.Curriculum;

/** A curriculum that passed every check, with its prerequisite graph and where it came from. */
public record LoadedCurriculum(Curriculum curriculum, PrerequisiteGraph graph, CurriculumSource source) {
}
