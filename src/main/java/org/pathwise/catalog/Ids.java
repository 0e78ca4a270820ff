package org.pathwise.catalog;

import java.util.Collection;
import java.util.Optional;

/** Near-miss suggestions for mistyped ids: "no resource has the id basix (did you mean basics?)". */
public final class Ids {
    private static final int MAX_DISTANCE = 3;

    private Ids() {
    }

    /** The candidate closest to {@code id} by edit distance, if any is within two edits. */
    public static Optional<String> closest(String id, Collection<String> candidates) {
        String best = null;
        int bestDistance = MAX_DISTANCE;
        for (String c : candidates) {
            int d = distance(id, c, MAX_DISTANCE);
            if (d < MAX_DISTANCE && (d < bestDistance || (d == bestDistance && c.compareTo(best) < 0))) {
                bestDistance = d;
                best = c;
            }
        }
        return bestDistance < MAX_DISTANCE ? Optional.ofNullable(best) : Optional.empty();
    }

    /** Levenshtein distance, giving up (returning limit) once it is at least limit. */
    static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) >= limit) {
            return limit;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin >= limit) {
                return limit;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return Math.min(prev[b.length()], limit);
    }
}
