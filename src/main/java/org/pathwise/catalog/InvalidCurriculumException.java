package org.pathwise.catalog;

import java.util.List;

/** A curriculum that cannot be used, with every problem found in it. */
public final class InvalidCurriculumException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public InvalidCurriculumException(String source, List<Problem> problems) {
        super(problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in " + source);
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
