package org.pathwise.planner;

import java.util.List;

/**
 * A resource worth doing next, with the reasons in plain words, such as "Closes the Essential gap
 * in ML frameworks (0 → 2)", "unlocks 4", "~60 h", "free".
 */
public record Suggestion(String resourceId, String title, double hours, double value, double valuePerHour,
                         List<String> reasons) {
    public Suggestion {
        reasons = List.copyOf(reasons);
    }

    /** The reasons joined for one line of text. */
    public String reasonLine() {
        return String.join(" · ", reasons);
    }
}
