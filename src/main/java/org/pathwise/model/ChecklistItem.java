package org.pathwise.model;

/** One thing to tick off: a project step, a stand-out quality, a resume or interview task. */
public record ChecklistItem(String id, String text) {
}
