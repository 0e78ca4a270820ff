package org.pathwise.model;

/** A sub-topic of a skill, such as "type hints" under Python. Its id is unique within the skill. */
public record Topic(String id, String name) {
}
