package org.pathwise.progress;

/** The names of the learner's settings in the store. */
public final class Settings {
    public static final String TARGET_ROLE = "target-role";
    public static final String WEEKLY_HOURS = "weekly-hours";
    public static final String THEME = "theme";
    public static final String CURRICULUM_ID = "curriculum-id";
    public static final String CURRICULUM_VERSION = "curriculum-version";
    /** The starting point chosen at the first start (a curriculum's starting-point id; the key predates the name). */
    public static final String STARTING_POINT = "background";

    /** Weekly hours when none are set. */
    public static final double DEFAULT_WEEKLY_HOURS = 10;
    public static final double MAX_WEEKLY_HOURS = 100;
    /** Less than half an hour a week is no plan: dates would run out past any horizon. */
    public static final double MIN_WEEKLY_HOURS = 0.5;
    /** The most one hours entry may log: more is a slip of the keyboard, not a study session. */
    public static final double MAX_HOURS_ENTRY = 1000;
    /** The most hours one resource may hold in all, so sums stay finite and exports import again. */
    public static final double MAX_RESOURCE_HOURS = 100_000;

    /** True for weekly hours the planner accepts: from half an hour to 100 hours. */
    public static boolean isValidWeeklyHours(double h) {
        return h >= MIN_WEEKLY_HOURS && h <= MAX_WEEKLY_HOURS;
    }

    private Settings() {
    }

    /** The saved weekly hours if they are valid ({@link #isValidWeeklyHours}), else the default. */
    public static double weeklyHours(java.util.Map<String, String> settings) {
        try {
            double h = Double.parseDouble(settings.getOrDefault(WEEKLY_HOURS, ""));
            return isValidWeeklyHours(h) ? h : DEFAULT_WEEKLY_HOURS;
        } catch (NumberFormatException e) {
            return DEFAULT_WEEKLY_HOURS;
        }
    }
}
