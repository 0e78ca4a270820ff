package org.pathwise.model;

import java.util.List;

/** A part of the career track (resume, job search) with its checklist and links. */
public record CareerSection(String title, String summary, List<ChecklistItem> checklist, List<Link> links) {
    public CareerSection {
        checklist = List.copyOf(checklist);
        links = List.copyOf(links);
    }

    public static CareerSection empty(String title) {
        return new CareerSection(title, "", List.of(), List.of());
    }
}
