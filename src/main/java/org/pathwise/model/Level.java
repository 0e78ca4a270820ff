package org.pathwise.model;

/** A skill level from 0 to 3, the scale every curriculum file uses. */
public enum Level {
    NONE("None"),
    FOUNDATIONS("Foundations"),
    WORKING("Working"),
    PRODUCTION("Production");

    public static final int MAX = 3;

    private final String label;

    Level(String label) {
        this.label = label;
    }

    public int value() {
        return ordinal();
    }

    public String label() {
        return label;
    }

    public static boolean isValid(int value) {
        return value >= 0 && value <= MAX;
    }

    public static Level of(int value) {
        if (!isValid(value)) {
            throw new IllegalArgumentException("level must be 0-3, was " + value);
        }
        return values()[value];
    }
}
