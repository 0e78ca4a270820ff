package org.pathwise.catalog;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.pathwise.model.Curriculum;
import org.pathwise.model.Project;
import org.pathwise.model.Resource;
import org.pathwise.model.Role;
import org.pathwise.model.Skill;
import org.pathwise.model.SkillLevel;
import org.pathwise.model.Teaching;
import org.pathwise.model.Topic;

/** Warnings about role targets that nothing in the curriculum teaches: a plan could never reach them. */
final class Reachability {
    private Reachability() {
    }

    static List<String> warnings(Curriculum c, String rolesFile) {
        Set<String> taught = new HashSet<>();
        for (Resource r : c.resources()) {
            add(taught, r.teaches());
        }
        for (Project p : c.projects()) {
            add(taught, p.teaches());
        }
        List<String> out = new ArrayList<>();
        for (Role role : c.roles()) {
            for (SkillLevel target : role.targets()) {
                Skill skill = c.skill(target.skill()).orElse(null);
                if (skill == null || target.level() == 0) {
                    continue;
                }
                List<String> missing = new ArrayList<>();
                boolean defined = false;
                for (Topic t : skill.topics()) {
                    if (t.level() <= target.level()) {
                        if (t.level() == target.level()) {
                            defined = true;
                        }
                        if (!taught.contains(skill.id() + "/" + t.id())) {
                            missing.add(t.id());
                        }
                    }
                }
                if (!defined) {
                    out.add(rolesFile + ": role \"" + role.id() + "\" targets " + skill.id() + " level "
                            + target.level() + ", but skill \"" + skill.id() + "\" has no topic of level "
                            + target.level() + ", so no learner can reach it");
                } else if (!missing.isEmpty()) {
                    out.add(rolesFile + ": role \"" + role.id() + "\" targets " + skill.id() + " level "
                            + target.level() + ", but no resource or project covers the topic" + (missing.size() > 1
                            ? "s " : " ") + String.join(", ", missing));
                }
            }
        }
        return out;
    }

    private static void add(Set<String> taught, List<Teaching> teaches) {
        for (Teaching t : teaches) {
            for (String topic : t.topics()) {
                taught.add(t.skill() + "/" + topic);
            }
        }
    }
}
