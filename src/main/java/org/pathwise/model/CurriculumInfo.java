package org.pathwise.model;

import java.util.List;

/**
 * What curriculum.json says about the curriculum as a whole: the stages of its path in order, and
 * the starting points the first start offers.
 */
public record CurriculumInfo(String id, String title, String version, String defaultRole, String description,
                             List<Stage> stages, List<StartingPoint> startingPoints) {
    public CurriculumInfo {
        stages = List.copyOf(stages);
        startingPoints = List.copyOf(startingPoints);
    }

    /** A curriculum with no starting points to offer: the first start then asks for ratings alone. */
    public CurriculumInfo(String id, String title, String version, String defaultRole, String description,
                          List<Stage> stages) {
        this(id, title, version, defaultRole, description, stages, List.of());
    }

    /** The position of a stage in the path; stages the curriculum does not name go last. */
    public int stageIndex(String stageId) {
        for (int i = 0; i < stages.size(); i++) {
            if (stages.get(i).id().equals(stageId)) {
                return i;
            }
        }
        return stages.size();
    }
}
