package org.pathwise.progress;

/** The names of the learner's settings in the store. */
public final class Settings {
    public static final String TARGET_ROLE = "target-role";
    public static final String WEEKLY_HOURS = "weekly-hours";
    public static final String THEME = "theme";
    public static final String CURRICULUM_ID = "curriculum-id";
    public static final String CURRICULUM_VERSION = "curriculum-version";

    private Settings() {
    }
}
