package org.pathwise.planner;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.pathwise.model.Curriculum;
import org.pathwise.model.LearnerProgress;
import org.pathwise.model.Resource;
import org.pathwise.model.SkillLevel;
import org.pathwise.model.SkillRating;
import org.pathwise.model.Status;

/**
 * A learner's level in every skill of a curriculum: the higher of the self-rated level and the
 * levels taught by finished (done) resources. Skipped resources do not raise a level: skipping
 * says "I know this" for prerequisites, and the self-rating is where a learner claims the skill.
 */
public final class SkillProfile {
    private final Map<String, Integer> levels;
    private final Map<String, Integer> rated;

    private SkillProfile(Map<String, Integer> levels, Map<String, Integer> rated) {
        this.levels = levels;
        this.rated = rated;
    }

    public static SkillProfile of(Curriculum c, LearnerProgress p) {
        Map<String, Integer> levels = new HashMap<>();
        Map<String, Integer> rated = new HashMap<>();
        for (var skill : c.skills()) {
            SkillRating r = p.ratings().get(skill.id());
            int level = r == null ? 0 : r.level();
            rated.put(skill.id(), level);
            levels.put(skill.id(), level);
        }
        // Walk the learner's records, not the catalog: a tick stays cheap on a catalog of 50,000.
        p.resources().forEach((id, rp) -> {
            if (rp.status() == Status.DONE) {
                c.resource(id).ifPresent(r -> raise(levels, r));
            }
        });
        return new SkillProfile(levels, rated);
    }

    /** The profile after the given resources are also done; for planning ahead. */
    SkillProfile with(Iterable<Resource> done) {
        Map<String, Integer> next = new HashMap<>(levels);
        for (Resource r : done) {
            raise(next, r);
        }
        return new SkillProfile(next, rated);
    }

    static void raise(Map<String, Integer> levels, Resource r) {
        for (SkillLevel t : r.teaches()) {
            levels.merge(t.skill(), t.level(), Math::max);
        }
    }

    public int level(String skillId) {
        return levels.getOrDefault(skillId, 0);
    }

    public int rated(String skillId) {
        return rated.getOrDefault(skillId, 0);
    }

    Map<String, Integer> mutableCopy() {
        return new HashMap<>(levels);
    }

    /**
     * The resources that count as finished for prerequisites: done, skipped ("I already know
     * this"), and those whose every skill the learner already has at the level they teach, so
     * that a self-rated software engineer is never sent back to the Git course.
     */
    static Set<String> finished(Curriculum c, LearnerProgress p) {
        SkillProfile profile = of(c, p);
        Set<String> out = new java.util.HashSet<>();
        p.resources().forEach((id, rp) -> {
            if (rp.status() == Status.DONE || rp.status() == Status.SKIPPED) {
                out.add(id);
            }
        });
        if (p.ratings().isEmpty()) {
            return out; // Without ratings, levels come only from done resources, which are in the set already.
        }
        for (Resource r : c.resources()) {
            if (!out.contains(r.id()) && profile.knows(r)) {
                out.add(r.id());
            }
        }
        return out;
    }

    /** True when every skill the resource teaches is already at or above the level it teaches. */
    boolean knows(Resource r) {
        for (SkillLevel t : r.teaches()) {
            if (level(t.skill()) < t.level()) {
                return false;
            }
        }
        return !r.teaches().isEmpty();
    }
}
