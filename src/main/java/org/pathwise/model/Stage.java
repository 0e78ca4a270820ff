package org.pathwise.model;

/** A stage of the path (foundations, core ML, production …); the plan goes through them in order. */
public record Stage(String id, String name, String summary) {
}
