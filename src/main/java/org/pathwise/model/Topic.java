package org.pathwise.model;

/**
 * A topic of a skill, such as "type hints" under Python. Its id is unique within the skill.
 *
 * @param level the skill level that needs it: a learner is at level L in the skill when every
 *              topic of level L or below is covered
 */
public record Topic(String id, String name, int level) {
}
