package org.pathwise.planner;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.pathwise.model.Career;
import org.pathwise.model.ChecklistItem;
import org.pathwise.model.Cost;
import org.pathwise.model.Curriculum;
import org.pathwise.model.CurriculumInfo;
import org.pathwise.model.HoursEntry;
import org.pathwise.model.LearnerProgress;
import org.pathwise.model.Priority;
import org.pathwise.model.Project;
import org.pathwise.model.Requirement;
import org.pathwise.model.Resource;
import org.pathwise.model.ResourceKind;
import org.pathwise.model.ResourceProgress;
import org.pathwise.model.Role;
import org.pathwise.model.Skill;
import org.pathwise.model.SkillKind;
import org.pathwise.model.SkillLevel;
import org.pathwise.model.Teaching;
import org.pathwise.model.SkillRating;
import org.pathwise.model.Status;
import org.pathwise.model.StatusChange;

/** Small curricula and progress built in code, for tests with hand-computed answers. */
final class TestCurricula {
    private TestCurricula() {
    }

    /** A skill with one topic per level: "a-1", "a-2", "a-3". */
    static Skill skill(String id, Priority p) {
        return new Skill(id, id.toUpperCase(), p, SkillKind.TECHNICAL, "", List.of(), List.of(
                new org.pathwise.model.Topic(id + "-1", id + " one", 1), new org.pathwise.model.Topic(id + "-2",
                        id + " two", 2), new org.pathwise.model.Topic(id + "-3", id + " three", 3)));
    }

    static Resource resource(String id, double hours, Cost cost, List<Teaching> teaches, Requirement... requires) {
        return new Resource(id, "Title " + id, "Provider", ResourceKind.COURSE, "https://example.org/" + id, cost, hours,
                hours, teaches, Arrays.asList(requires), List.of(), "", "", org.pathwise.model.Endorsement.NAMED);
    }

    /** Teaches a skill up to a level: every topic of that level and below. */
    static Teaching teach(String skill, int level) {
        List<String> topics = new ArrayList<>();
        for (int l = 1; l <= level; l++) {
            topics.add(skill + "-" + l);
        }
        return new Teaching(skill, level, topics);
    }

    static Project project(String id, List<SkillLevel> requires, List<Teaching> teaches, double hours,
                           String... lifecycle) {
        return new Project(id, "Project " + id, "", requires, teaches, List.of(lifecycle), List.of(), List.of(), hours,
                hours, "");
    }

    static Curriculum curriculum(List<Skill> skills, List<Resource> resources, List<Project> projects, Role... roles) {
        return new Curriculum(new CurriculumInfo("t", "T", "1", roles[0].id(), "", List.of()), skills, resources, projects,
                List.<ChecklistItem>of(), List.of(roles), Career.empty());
    }

    /** Progress with the given statuses, each changed at {@code at}. */
    static LearnerProgress progress(Instant at, Map<String, Status> statuses, Map<String, Integer> ratings,
                                    List<HoursEntry> hours) {
        Map<String, ResourceProgress> rp = new HashMap<>();
        List<StatusChange> history = new ArrayList<>();
        statuses.forEach((id, st) -> {
            rp.put(id, new ResourceProgress(id, st, 0, "", at));
            history.add(new StatusChange(id, st, at));
        });
        for (HoursEntry h : hours) {
            ResourceProgress old = rp.get(h.resourceId());
            rp.put(h.resourceId(), new ResourceProgress(h.resourceId(), old == null ? Status.NOT_STARTED : old.status(),
                    (old == null ? 0 : old.hours()) + h.hours(), "", h.at()));
        }
        Map<String, SkillRating> r = new HashMap<>();
        ratings.forEach((id, level) -> r.put(id, new SkillRating(id, level, at)));
        return new LearnerProgress(rp, history, hours, r, Map.of(), Map.of(), Map.of());
    }

    static LearnerProgress statuses(Map<String, Status> statuses) {
        return progress(Instant.parse("2026-11-01T10:00:00Z"), statuses, Map.of(), List.of());
    }
}
