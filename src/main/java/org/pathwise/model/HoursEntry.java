package org.pathwise.model;

import java.time.Instant;

/** Hours a learner logged on a resource at one time. */
public record HoursEntry(String resourceId, double hours, Instant at) {
}
