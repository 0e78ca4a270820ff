package org.pathwise.model;

import java.util.List;

/** A course, book, video series, docs site or practice venue in the catalog. */
public record Resource(String id, String title, String provider, ResourceKind kind, String url, Cost cost,
                       double hours, List<SkillLevel> teaches, List<Requirement> requires,
                       List<String> tags, String summary) {
    public Resource {
        teaches = List.copyOf(teaches);
        requires = List.copyOf(requires);
        tags = List.copyOf(tags);
    }

    /** Every resource id named by this resource's prerequisites, options of any-of groups included. */
    public List<String> prerequisiteIds() {
        return requires.stream().flatMap(r -> r.options().stream()).distinct().toList();
    }
}
