package org.pathwise.model;

import java.util.List;

/**
 * A course, book, video series, docs site or practice venue in the catalog.
 *
 * @param hoursMin   the fewest hours a learner doing the exercises spends on it
 * @param hoursMax   the most; equal to {@code hoursMin} when the curriculum gives one figure
 * @param stage      the id of the stage of the path it belongs to
 */
public record Resource(String id, String title, String provider, ResourceKind kind, String url, Cost cost,
                       double hoursMin, double hoursMax, List<Teaching> teaches, List<Requirement> requires,
                       List<String> tags, String summary, String stage, Endorsement endorsement) {
    public Resource {
        teaches = List.copyOf(teaches);
        requires = List.copyOf(requires);
        tags = List.copyOf(tags);
    }

    /** The expected hours: the middle of the range. */
    public double hours() {
        return (hoursMin + hoursMax) / 2;
    }

    /** Every resource id named by this resource's prerequisites, options of any-of groups included. */
    public List<String> prerequisiteIds() {
        return requires.stream().flatMap(r -> r.options().stream()).distinct().toList();
    }
}
