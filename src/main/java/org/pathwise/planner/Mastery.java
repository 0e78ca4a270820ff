package org.pathwise.planner;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.pathwise.model.LearnerProgress;
import org.pathwise.model.ProjectProgress;
import org.pathwise.model.ProjectStatus;
import org.pathwise.model.ResourceProgress;
import org.pathwise.model.SkillRating;
import org.pathwise.model.Status;

/**
 * What a learner has mastered, topic by topic: covered by finished resources, finished projects,
 * or their self-rating (a rating of L covers every topic of level L and below, so a self-rated
 * engineer is not sent back to the basics). The window and the commands ask it whether a
 * prerequisite is met; the rule lives here and nowhere else.
 */
public final class Mastery {
    private final TopicIndex index;
    private final BitSet covered;
    private final int[] rated;
    private final LearnerProgress progress;
    private Set<String> met;

    private Mastery(TopicIndex index, BitSet covered, int[] rated, LearnerProgress progress) {
        this.index = index;
        this.covered = covered;
        this.rated = rated;
        this.progress = progress;
    }

    static Mastery of(TopicIndex index, LearnerProgress p) {
        BitSet covered = new BitSet(index.topicCount);
        int[] rated = new int[index.skillCount];
        for (SkillRating r : p.ratings().values()) {
            int s = index.skill(r.skillId());
            if (s < 0) {
                continue;
            }
            rated[s] = r.level();
            for (int t : index.skillTopics[s]) {
                if (index.topicLevel[t] <= r.level()) {
                    covered.set(t);
                }
            }
        }
        // Walk the learner's records, not the catalog: a tick stays cheap on a catalog of 50,000.
        for (ResourceProgress rp : p.resources().values()) {
            Integer i = index.stepIndex.get(rp.resourceId());
            if (rp.status() == Status.DONE && i != null && !index.isProject(i)) {
                for (int t : index.covers[i]) {
                    covered.set(t);
                }
            }
        }
        for (ProjectProgress pp : p.projects().values()) {
            Integer i = index.stepIndex.get(pp.projectId());
            if (pp.status() == ProjectStatus.DONE && i != null && index.isProject(i)) {
                for (int t : index.covers[i]) {
                    covered.set(t);
                }
            }
        }
        return new Mastery(index, covered, rated, p);
    }

    BitSet coveredBits() {
        return (BitSet) covered.clone();
    }

    LearnerProgress progress() {
        return progress;
    }

    /** The learner's level in a skill: from the topics covered, never below their own rating. */
    public int level(String skillId) {
        int s = index.skill(skillId);
        return s < 0 ? 0 : level(s);
    }

    int level(int s) {
        return Math.max(rated[s], index.level(s, covered));
    }

    public int rated(String skillId) {
        int s = index.skill(skillId);
        return s < 0 ? 0 : rated[s];
    }

    public boolean isCovered(String skillId, String topicId) {
        int s = index.skill(skillId);
        if (s < 0) {
            return false;
        }
        for (int t : index.skillTopics[s]) {
            if (index.topicId[t].equals(topicId)) {
                return covered.get(t);
            }
        }
        return false;
    }

    /** The names of a skill's topics up to a level that are not covered yet. */
    public List<String> missingTopics(String skillId, int upToLevel) {
        List<String> out = new ArrayList<>();
        int s = index.skill(skillId);
        if (s >= 0) {
            for (int t : index.skillTopics[s]) {
                if (index.topicLevel[t] <= upToLevel && !covered.get(t)) {
                    out.add(index.topicName[t]);
                }
            }
        }
        return out;
    }

    /** The names of a skill's covered topics. */
    public List<String> coveredTopics(String skillId) {
        List<String> out = new ArrayList<>();
        int s = index.skill(skillId);
        if (s >= 0) {
            for (int t : index.skillTopics[s]) {
                if (covered.get(t)) {
                    out.add(index.topicName[t]);
                }
            }
        }
        return out;
    }

    /**
     * True when a resource counts as finished for the resources that need it: done, skipped
     * ("I already know this"), or every topic it teaches is already covered.
     */
    public boolean isMet(String resourceId) {
        if (met != null) {
            return met.contains(resourceId);
        }
        var rp = progress.resources().get(resourceId);
        if (rp != null && (rp.status() == Status.DONE || rp.status() == Status.SKIPPED)) {
            return true;
        }
        Integer i = index.stepIndex.get(resourceId);
        return i != null && !index.isProject(i) && index.knows(i, covered);
    }

    /** {@link #isMet} by catalog position, for the planner's loops. */
    boolean isMet(int resource) {
        return isMet(index.stepId[resource]);
    }

    /** Every resource that counts as finished for prerequisites; see {@link #isMet}. */
    public Set<String> met() {
        if (met == null) {
            Set<String> out = new HashSet<>();
            progress.resources().forEach((id, rp) -> {
                if (rp.status() == Status.DONE || rp.status() == Status.SKIPPED) {
                    out.add(id);
                }
            });
            if (!covered.isEmpty()) {
                for (int i = 0; i < index.resourceCount; i++) {
                    if (!out.contains(index.stepId[i]) && index.knows(i, covered)) {
                        out.add(index.stepId[i]);
                    }
                }
            }
            met = Set.copyOf(out);
        }
        return met;
    }
}
