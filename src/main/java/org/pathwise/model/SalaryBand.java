package org.pathwise.model;

/** A compensation range from the guide, for orientation only. */
public record SalaryBand(String level, String range, String note) {
}
