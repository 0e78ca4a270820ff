package org.pathwise.model;

import java.util.List;

/** What curriculum.json says about the curriculum as a whole, with the stages of its path in order. */
public record CurriculumInfo(String id, String title, String version, String defaultRole, String description,
                             List<Stage> stages) {
    public CurriculumInfo {
        stages = List.copyOf(stages);
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
