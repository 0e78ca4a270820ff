package org.pathwise.model;

import java.util.List;

/** The career track: resume, job search, the interview pipeline and what the roles pay. */
public record Career(CareerSection resume, CareerSection jobSearch, List<InterviewStage> interview,
                     List<SalaryBand> salary) {
    public Career {
        interview = List.copyOf(interview);
        salary = List.copyOf(salary);
    }

    public static Career empty() {
        return new Career(CareerSection.empty("Resume"), CareerSection.empty("Job search"), List.of(), List.of());
    }
}
