package org.pathwise.model;

/** A level in one skill: what a resource teaches, a project needs or a role targets. */
public record SkillLevel(String skill, int level) {
}
