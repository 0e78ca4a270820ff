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
        for (Resource r : c.resources()) {
            if (p.statusOf(r.id()) == Status.DONE) {
                raise(levels, r);
            }
        }
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

    /** The finished set for prerequisites: done and skipped resources alike. */
    static Set<String> finished(LearnerProgress p) {
        Set<String> out = new java.util.HashSet<>();
        p.resources().forEach((id, rp) -> {
            if (rp.status() == Status.DONE || rp.status() == Status.SKIPPED) {
                out.add(id);
            }
        });
        return out;
    }
}
