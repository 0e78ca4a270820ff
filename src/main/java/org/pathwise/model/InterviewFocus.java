package org.pathwise.model;

import java.util.Optional;

/** The areas an interview round tests; the guide warns against preparing for one and not the others. */
public enum InterviewFocus implements Keyed {
    BACKGROUND("background", "Background"),
    CODING("coding", "Coding"),
    ML_FUNDAMENTALS("ml-fundamentals", "ML fundamentals"),
    SYSTEM_DESIGN("system-design", "System design"),
    BEHAVIORAL("behavioral", "Behavioral");

    private final String key;
    private final String label;

    InterviewFocus(String key, String label) {
        this.key = key;
        this.label = label;
    }

    @Override
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public static Optional<InterviewFocus> fromKey(String key) {
        return Keyed.byKey(values(), key);
    }
}
