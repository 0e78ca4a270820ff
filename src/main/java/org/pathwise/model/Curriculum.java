package org.pathwise.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** A whole, validated curriculum: skills, resources, projects, roles and the career track. */
public final class Curriculum {
    private final CurriculumInfo info;
    private final List<Skill> skills;
    private final List<Resource> resources;
    private final List<Project> projects;
    private final List<ChecklistItem> standOut;
    private final List<Role> roles;
    private final Career career;
    private final Map<String, Skill> skillsById;
    private final Map<String, Resource> resourcesById;
    private final Map<String, Project> projectsById;
    private final Map<String, Role> rolesById;

    public Curriculum(CurriculumInfo info, List<Skill> skills, List<Resource> resources, List<Project> projects,
                      List<ChecklistItem> standOut, List<Role> roles, Career career) {
        this.info = info;
        this.skills = List.copyOf(skills);
        this.resources = List.copyOf(resources);
        this.projects = List.copyOf(projects);
        this.standOut = List.copyOf(standOut);
        this.roles = List.copyOf(roles);
        this.career = career;
        this.skillsById = index(this.skills, Skill::id);
        this.resourcesById = index(this.resources, Resource::id);
        this.projectsById = index(this.projects, Project::id);
        this.rolesById = index(this.roles, Role::id);
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> id) {
        Map<String, T> map = new LinkedHashMap<>(items.size() * 2);
        for (T item : items) {
            map.put(id.apply(item), item);
        }
        return Map.copyOf(map);
    }

    public CurriculumInfo info() {
        return info;
    }

    public List<Skill> skills() {
        return skills;
    }

    public List<Resource> resources() {
        return resources;
    }

    public List<Project> projects() {
        return projects;
    }

    /** The guide's "what makes a project stand out" checklist, which applies to every project. */
    public List<ChecklistItem> standOut() {
        return standOut;
    }

    public List<Role> roles() {
        return roles;
    }

    public Career career() {
        return career;
    }

    public Optional<Skill> skill(String id) {
        return Optional.ofNullable(skillsById.get(id));
    }

    public Optional<Resource> resource(String id) {
        return Optional.ofNullable(resourcesById.get(id));
    }

    public Optional<Project> project(String id) {
        return Optional.ofNullable(projectsById.get(id));
    }

    public Optional<Role> role(String id) {
        return Optional.ofNullable(rolesById.get(id));
    }

    public Role defaultRole() {
        return rolesById.get(info.defaultRole());
    }

}
