package org.pathwise.progress;

/** The names of the learner's settings in the store. */
public final class Settings {
    public static final String TARGET_ROLE = "target-role";
    public static final String WEEKLY_HOURS = "weekly-hours";
    public static final String THEME = "theme";
    public static final String CURRICULUM_ID = "curriculum-id";
    public static final String CURRICULUM_VERSION = "curriculum-version";

    /** Weekly hours when none are set. */
    public static final double DEFAULT_WEEKLY_HOURS = 10;
    public static final double MAX_WEEKLY_HOURS = 100;

    private Settings() {
    }

    /** The saved weekly hours if they are a number in (0, 100], else the default. */
    public static double weeklyHours(java.util.Map<String, String> settings) {
        try {
            double h = Double.parseDouble(settings.getOrDefault(WEEKLY_HOURS, ""));
            return h > 0 && h <= MAX_WEEKLY_HOURS ? h : DEFAULT_WEEKLY_HOURS;
        } catch (NumberFormatException e) {
            return DEFAULT_WEEKLY_HOURS;
        }
    }
}
