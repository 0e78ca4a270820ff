package org.pathwise.model;

import java.util.List;

/**
 * A stage of the interview pipeline (recruiter screen, technical phone screen, onsite loop) or one
 * round inside a stage (ML system design, coding, ML theory, behavioral).
 *
 * @param length free text from the guide: "30 min", "4–6 hours", "1–2 rounds"
 * @param focus  what the stage tests, from {@link InterviewFocus}
 * @param prep   ids of resources that prepare for it
 */
public record InterviewStage(String id, String name, String length, String summary, List<InterviewFocus> focus,
                             List<String> skills, List<String> prep, List<String> sampleQuestions,
                             List<InterviewStage> rounds) {
    public InterviewStage {
        focus = List.copyOf(focus);
        skills = List.copyOf(skills);
        prep = List.copyOf(prep);
        sampleQuestions = List.copyOf(sampleQuestions);
        rounds = List.copyOf(rounds);
    }
}
