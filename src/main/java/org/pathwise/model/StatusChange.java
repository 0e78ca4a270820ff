package org.pathwise.model;

import java.time.Instant;

/** One change of a resource's status, kept forever: pace, streaks and the activity view read these. */
public record StatusChange(String resourceId, Status status, Instant at) {
}
