package org.pathwise.planner;

import java.util.List;
import java.util.Optional;

/** The top suggestion and runners-up; when there is none, {@link #whyNone()} says why. */
public record NextSuggestions(List<Suggestion> suggestions, String whyNone) {
    public NextSuggestions {
        suggestions = List.copyOf(suggestions);
    }

    public Optional<Suggestion> top() {
        return suggestions.isEmpty() ? Optional.empty() : Optional.of(suggestions.get(0));
    }

    public List<Suggestion> runnersUp() {
        return suggestions.isEmpty() ? List.of() : suggestions.subList(1, suggestions.size());
    }
}
