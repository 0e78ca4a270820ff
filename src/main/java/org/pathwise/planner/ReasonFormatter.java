package org.pathwise.planner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.pathwise.model.Curriculum;
import org.pathwise.model.Project;
import org.pathwise.model.Resource;
import org.pathwise.model.Skill;
import org.pathwise.model.Topic;

/** Renders reasons, hours and skill names in the words a learner reads, for the window and the commands. */
public final class ReasonFormatter {
    /** How many topic names a reason lists before "+N more". */
    static final int TOPICS_SHOWN = 3;

    private final Curriculum curriculum;

    public ReasonFormatter(Curriculum curriculum) {
        this.curriculum = curriculum;
    }

    public String line(List<Reason> reasons) {
        List<String> parts = new ArrayList<>(reasons.size());
        for (Reason r : reasons) {
            parts.add(format(r));
        }
        return String.join(" · ", parts);
    }

    public String format(Reason reason) {
        if (reason instanceof Reason.Started) {
            return "You started it";
        } else if (reason instanceof Reason.Covers c) {
            Skill s = curriculum.skill(c.skillId()).orElse(null);
            String name = s == null ? c.skillId() : shortName(s);
            String priority = s == null ? "" : s.priority().label() + " ";
            String levels = c.to() > c.from() ? " " + c.from() + " → " + c.to() + (c.to() >= c.target() ? "" : " of "
                    + c.target()) : ", level " + c.from() + " of " + c.target();
            return priority + name + levels + ": " + topics(s, c.topicIds());
        } else if (reason instanceof Reason.NeededFor n) {
            return "Needed for " + title(n.stepId());
        } else if (reason instanceof Reason.Unlocks u) {
            return "unlocks " + u.resourceIds().size();
        } else if (reason instanceof Reason.Endorsed e) {
            return switch (e.endorsement()) {
                case START_HERE -> "the guide says start here";
                case BEST_FREE -> "the guide's best free resource";
                case NAMED -> "named by the guide";
                case PATHWISE_PICK -> "Pathwise's pick";
            };
        } else if (reason instanceof Reason.AlternativeTo a) {
            return "an alternative to " + title(a.resourceId()) + ", which you finished";
        } else if (reason instanceof Reason.Shows s) {
            return "shows " + String.join(", ", s.lifecycleStages()) + ", which your projects do not show yet";
        } else if (reason instanceof Reason.Hours h) {
            return "~" + hoursRange(h.min(), h.max()) + " h" + (h.left() ? " left" : "");
        } else if (reason instanceof Reason.Priced p) {
            return p.cost().label();
        }
        throw new IllegalArgumentException("unknown reason " + reason);
    }

    /** The titles of what a step unlocks, for "unlocks N" on request. */
    public List<String> unlocked(Reason.Unlocks u) {
        return u.resourceIds().stream().map(this::title).toList();
    }

    private String topics(Skill s, List<String> ids) {
        List<String> names = new ArrayList<>();
        for (String id : ids) {
            String name = id;
            if (s != null) {
                for (Topic t : s.topics()) {
                    if (t.id().equals(id)) {
                        name = t.name();
                    }
                }
            }
            names.add(shortTopic(name));
        }
        if (names.size() <= TOPICS_SHOWN) {
            return String.join("; ", names);
        }
        return String.join("; ", names.subList(0, TOPICS_SHOWN)) + " +" + (names.size() - TOPICS_SHOWN) + " more";
    }

    /** A topic's name up to its colon or parenthesis: "Supervised learning", "SQL", "Model evaluation". */
    public static String shortTopic(String name) {
        int cut = name.length();
        for (String mark : new String[] {":", " ("}) {
            int at = name.indexOf(mark);
            if (at > 0) {
                cut = Math.min(cut, at);
            }
        }
        return name.substring(0, cut);
    }

    String title(String stepId) {
        return curriculum.resource(stepId).map(Resource::title)
                .or(() -> curriculum.project(stepId).map(Project::title)).orElse(stepId);
    }

    /** A skill's name without its parenthesised examples: "ML frameworks". */
    public static String shortName(Skill s) {
        int paren = s.name().indexOf(" (");
        return paren > 0 ? s.name().substring(0, paren) : s.name();
    }

    /** Hours as a learner reads them: "6", "2.5", "80". */
    public static String hours(double h) {
        if (!Double.isFinite(h)) {
            return "?";
        }
        return h >= 10 || h == Math.rint(h) ? String.valueOf(Math.round(h)) : String.format(Locale.ROOT, "%.1f", h);
    }

    /** A finish range in months: "Mar–Jun 2028", "Nov 2027–Feb 2028", or "Jun 2028" when both agree. */
    public static String monthRange(java.time.LocalDate from, java.time.LocalDate to) {
        java.time.format.DateTimeFormatter month = java.time.format.DateTimeFormatter.ofPattern("MMM", Locale.ENGLISH);
        java.time.format.DateTimeFormatter monthYear = java.time.format.DateTimeFormatter.ofPattern("MMM yyyy",
                Locale.ENGLISH);
        if (from.getYear() == to.getYear() && from.getMonth() == to.getMonth()) {
            return monthYear.format(to);
        }
        if (from.getYear() == to.getYear()) {
            return month.format(from) + "–" + monthYear.format(to);
        }
        return monthYear.format(from) + "–" + monthYear.format(to);
    }

    /** An hour range: "80–100", or "6" when both ends agree. */
    public static String hoursRange(double min, double max) {
        String a = hours(min);
        String b = hours(max);
        return a.equals(b) ? a : a + "–" + b;
    }
}
