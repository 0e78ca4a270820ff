package org.pathwise.ui.common;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Numbers as a learner reads them. */
public final class Format {
    /** A day as the window writes it: "8 Feb 2027". */
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private Format() {
    }

    /** Hours without a needless ".0": "8", "2.5". */
    public static String hours(double h) {
        return h == Math.rint(h) ? String.valueOf((long) h) : String.format(Locale.ROOT, "%.1f", h);
    }
}
