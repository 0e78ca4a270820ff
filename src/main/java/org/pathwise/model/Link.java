package org.pathwise.model;

/** A named place on the web, such as a job board. */
public record Link(String id, String name, String url, String note) {
}
