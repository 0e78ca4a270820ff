package org.pathwise.planner;

import java.util.List;

/**
 * A step worth doing next — a resource, or a portfolio project when the plan has reached one —
 * with its reasons as values ({@link ReasonFormatter} renders them).
 */
public record Suggestion(String id, String title, boolean project, double hoursMin, double hoursMax,
                         List<Reason> reasons) {
    public Suggestion {
        reasons = List.copyOf(reasons);
    }

    /** Kept for callers that think in resources: the id of the suggested step. */
    public String resourceId() {
        return id;
    }
}
