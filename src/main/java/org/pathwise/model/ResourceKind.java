package org.pathwise.model;

import java.util.Optional;

/** The form a learning resource takes. */
public enum ResourceKind implements Keyed {
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

    @Override
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public static Optional<ResourceKind> fromKey(String key) {
        return Keyed.byKey(values(), key);
    }
}
