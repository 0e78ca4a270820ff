package org.pathwise.model;

import java.time.Instant;

/** What a learner has recorded for one resource. */
public record ResourceProgress(String resourceId, Status status, double hours, String note, Instant updatedAt) {
}
