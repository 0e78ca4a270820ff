package org.pathwise.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects every problem found while loading, so they can all be reported at once. */
final class Problems {
    /** At most this many problems are kept and reported; the rest are counted. */
    static final int MAX_REPORTED = 200;

    private final List<Problem> list = new ArrayList<>();
    private int omitted;

    void add(String file, int line, int column, String message) {
        if (list.size() >= MAX_REPORTED) {
            omitted++;
            return;
        }
        list.add(new Problem(file, line, column, message));
    }

    void add(String file, Node at, String message) {
        add(file, at.line(), at.column(), message);
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    int size() {
        return list.size() + omitted;
    }

    /** In file order, then by place, so the list reads like the files. */
    List<Problem> sorted(List<String> fileOrder) {
        List<Problem> copy = new ArrayList<>(list);
        copy.sort(Comparator.comparingInt((Problem p) -> indexOf(fileOrder, p.file()))
                .thenComparingInt(Problem::line)
                .thenComparingInt(Problem::column));
        if (omitted > 0) {
            copy.add(Problem.inFile("…", "and " + omitted + " more problem" + (omitted == 1 ? "" : "s")
                    + " not listed; fix these first"));
        }
        return copy;
    }

    private static int indexOf(List<String> order, String file) {
        int i = order.indexOf(file);
        return i < 0 ? Integer.MAX_VALUE : i;
    }
}
