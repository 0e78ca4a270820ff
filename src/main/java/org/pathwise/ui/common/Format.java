package org.pathwise.ui.common;

import java.util.Locale;

/** Numbers as a learner reads them. */
public final class Format {
    private Format() {
    }

    /** Hours without a needless ".0": "8", "2.5". */
    public static String hours(double h) {
        return h == Math.rint(h) ? String.valueOf((long) h) : String.format(Locale.ROOT, "%.1f", h);
    }
}
