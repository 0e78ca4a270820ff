package org.pathwise.model;

import java.util.Optional;

/** The form a learning resource takes. */
public enum ResourceKind {
    COURSE("course", "Course"),
    BOOK("book", "Book"),
    VIDEO_SERIES("video-series", "Video series"),
    DOCS("docs", "Documentation"),
    TUTORIAL("tutorial", "Tutorial"),
    PRACTICE("practice", "Practice"),
    READING("reading", "Reading");

    private final String key;
    private final String label;

    ResourceKind(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public static Optional<ResourceKind> fromKey(String key) {
        for (ResourceKind k : values()) {
            if (k.key.equals(key)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
