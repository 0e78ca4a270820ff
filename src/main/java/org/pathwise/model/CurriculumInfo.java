package org.pathwise.model;

/** What curriculum.json says about the curriculum as a whole. */
public record CurriculumInfo(String id, String title, String version, String defaultRole, String description) {
}
