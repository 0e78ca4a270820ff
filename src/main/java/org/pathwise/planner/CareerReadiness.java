package org.pathwise.planner;

import java.util.List;
import java.util.Optional;

import org.pathwise.model.InterviewFocus;

/**
 * Preparation across the interview rounds, and a warning when it is uneven: over-preparing ML
 * theory and under-preparing coding and system design is the mistake the guide names.
 */
public record CareerReadiness(List<Area> areas, Optional<String> imbalance) {
    public CareerReadiness {
        areas = List.copyOf(areas);
    }

    /** One interview area: readiness 0–1 from the skills its rounds test, and prep resources done. */
    public record Area(InterviewFocus focus, double readiness, List<String> skills, int prepDone, int prepTotal) {
        public Area {
            skills = List.copyOf(skills);
        }
    }
}
