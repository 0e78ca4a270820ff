package org.pathwise.catalog;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.pathwise.graph.PrerequisiteGraph;
import org.pathwise.model.Career;
import org.pathwise.model.CareerSection;
import org.pathwise.model.ChecklistItem;
import org.pathwise.model.Cost;
import org.pathwise.model.Curriculum;
import org.pathwise.model.CurriculumInfo;
import org.pathwise.model.InterviewFocus;
import org.pathwise.model.InterviewStage;
import org.pathwise.model.Level;
import org.pathwise.model.Link;
import org.pathwise.model.Priority;
import org.pathwise.model.Project;
import org.pathwise.model.Requirement;
import org.pathwise.model.Resource;
import org.pathwise.model.ResourceKind;
import org.pathwise.model.Role;
import org.pathwise.model.SalaryBand;
import org.pathwise.model.Skill;
import org.pathwise.model.SkillKind;
import org.pathwise.model.SkillLevel;
import org.pathwise.model.Stage;
import org.pathwise.model.StartingPoint;
import org.pathwise.model.Teaching;
import org.pathwise.model.Endorsement;
import org.pathwise.model.Topic;

/**
 * Reads and checks a curriculum folder. Every problem in every file is collected and reported
 * together as {@code file:line:column: message}; a curriculum with any problem is refused whole.
 */
public final class CurriculumLoader {
    /** Largest curriculum file accepted, a guard against a wrong folder full of huge files. */
    public static final long DEFAULT_MAX_FILE_BYTES = 16L * 1024 * 1024;
    /** The curriculum file format this version of Pathwise reads. */
    public static final int FORMAT_VERSION = 2;

    public static final String CURRICULUM = "curriculum.json";
    public static final String SKILLS = "skills.json";
    public static final String RESOURCES = "resources.json";
    public static final String PROJECTS = "projects.json";
    public static final String ROLES = "roles.json";
    public static final String CAREER = "career.json";
    static final List<String> FILES = List.of(CURRICULUM, SKILLS, RESOURCES, PROJECTS, ROLES, CAREER);
    private static final Set<String> OPTIONAL_FILES = Set.of(PROJECTS, CAREER);

    static final Pattern ID = Pattern.compile("[a-z0-9]+(?:[-.][a-z0-9]+)*");
    static final int MAX_ID_LENGTH = 64;
    static final double MAX_HOURS = 5000;
    static final List<String> LIFECYCLE = List.of(
            "data", "training", "evaluation", "deployment", "serving", "monitoring", "retraining");

    private final long maxFileBytes;

    public CurriculumLoader() {
        this(DEFAULT_MAX_FILE_BYTES);
    }

    public CurriculumLoader(long maxFileBytes) {
        this.maxFileBytes = maxFileBytes;
    }

    /** The curriculum shipped with the app. */
    public LoadedCurriculum loadBuiltIn() throws InvalidCurriculumException {
        return load(CurriculumSource.builtIn());
    }

    public LoadedCurriculum load(CurriculumSource source) throws InvalidCurriculumException {
        return new Run(source).load();
    }

    private enum Kind {
        SKILL("skill"), RESOURCE("resource"), PROJECT("project"), ROLE("role"), CAREER_ITEM("career item");

        final String word;

        Kind(String word) {
            this.word = word;
        }
    }

    private static final Map<String, Kind> KIND_OF_FILE = Map.of(
            SKILLS, Kind.SKILL, RESOURCES, Kind.RESOURCE, PROJECTS, Kind.PROJECT, ROLES, Kind.ROLE);

    private record Place(Kind kind, String file, int line) {
    }

    private record Ref(Kind kind, String id, String file, Node at, String what) {
    }

    private record TopicRef(String skill, String topic, int depth, String file, Node at, String what) {
    }

    private record StageRef(String stage, String file, Node at, String what) {
    }

    /** One load: the state that all files of a curriculum share while they are checked. */
    private final class Run {
        private final CurriculumSource source;
        private final Problems problems = new Problems();
        private final Map<String, Place> ids = new HashMap<>();
        private final List<Ref> refs = new ArrayList<>();
        private final List<TopicRef> topicRefs = new ArrayList<>();
        private final Map<String, Map<String, Integer>> topicsBySkill = new HashMap<>();
        private final List<StageRef> stageRefs = new ArrayList<>();
        private final Set<String> stageIds = new HashSet<>();
        /** Set when curriculum.json says format 1: one message says what changed, nothing else is checked. */
        private boolean oldFormat;
        /** For cycle reports: resource id → prerequisite id → the node that names it. */
        private final Map<String, Map<String, Node>> requiresAt = new HashMap<>();
        private final Map<String, String> resourceFile = new HashMap<>();
        /** Kinds whose file could not be read: references to them are not checked, to avoid noise. */
        private final Set<Kind> unreadable = new HashSet<>();

        Run(CurriculumSource source) {
            this.source = source;
        }

        LoadedCurriculum load() throws InvalidCurriculumException {
            for (String name : source.fileNames()) {
                String lower = name.toLowerCase(Locale.ROOT);
                if (!FILES.contains(name) && FILES.contains(lower) && !source.fileNames().contains(lower)) {
                    problems.add(file(name), 0, 0, "curriculum file names are lowercase: rename it to " + lower
                            + ", or it is not read");
                }
            }
            Map<String, Node> roots = new LinkedHashMap<>();
            for (String name : FILES) {
                Optional<Node> root = readRoot(name);
                if (root.isPresent()) {
                    roots.put(name, root.get());
                } else if (KIND_OF_FILE.containsKey(name)) {
                    unreadable.add(KIND_OF_FILE.get(name));
                }
            }
            CurriculumInfo info = roots.containsKey(CURRICULUM) ? info(roots.get(CURRICULUM)) : null;
            if (oldFormat) {
                List<String> order = FILES.stream().map(source::displayName).toList();
                throw new InvalidCurriculumException(source.description(), problems.sorted(order));
            }
            List<Skill> skills = roots.containsKey(SKILLS) ? skills(roots.get(SKILLS)) : List.of();
            List<Resource> resources = roots.containsKey(RESOURCES) ? resources(roots.get(RESOURCES)) : List.of();
            List<ChecklistItem> standOut = new ArrayList<>();
            List<Project> projects = roots.containsKey(PROJECTS)
                    ? projects(roots.get(PROJECTS), standOut) : List.of();
            List<Role> roles = roots.containsKey(ROLES) ? roles(roots.get(ROLES)) : List.of();
            Career career = roots.containsKey(CAREER) ? career(roots.get(CAREER)) : Career.empty();

            checkReferences();
            PrerequisiteGraph graph = PrerequisiteGraph.of(resources);
            checkCycles(graph);

            if (!problems.isEmpty() || info == null) {
                List<String> order = FILES.stream().map(source::displayName).toList();
                throw new InvalidCurriculumException(source.description(), problems.sorted(order));
            }
            Curriculum curriculum = new Curriculum(info, skills, resources, projects, standOut, roles, career);
            return new LoadedCurriculum(curriculum, graph, source, Reachability.warnings(curriculum,
                    file(ROLES)));
        }

        private String file(String name) {
            return source.displayName(name);
        }

        private Optional<Node> readRoot(String name) {
            String file = file(name);
            Optional<byte[]> bytes;
            try {
                bytes = source.read(name, maxFileBytes);
            } catch (CurriculumSource.FileTooLargeException e) {
                problems.add(file, 0, 0, "the file is " + e.size() + " bytes; curriculum files may be at most "
                        + maxFileBytes + " bytes");
                return Optional.empty();
            } catch (CurriculumSource.NotARegularFileException e) {
                problems.add(file, 0, 0, "it is " + e.getMessage() + "; a curriculum file must be a regular file");
                return Optional.empty();
            } catch (IOException e) {
                problems.add(file, 0, 0, "the file could not be read (" + readFailure(e) + ")");
                return Optional.empty();
            }
            if (bytes.isEmpty()) {
                if (!OPTIONAL_FILES.contains(name)) {
                    problems.add(file, 0, 0, "the file is missing; a curriculum needs " + String.join(", ",
                            FILES.stream().filter(f -> !OPTIONAL_FILES.contains(f)).toList()));
                }
                return Optional.empty();
            }
            return JsonFile.parse(file, bytes.get(), problems);
        }

        private String readFailure(IOException e) {
            if (e instanceof java.nio.file.AccessDeniedException) {
                return "permission denied";
            }
            String m = e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null ? fse.getReason()
                    : String.valueOf(e.getMessage());
            return m;
        }

        // ---------------------------------------------------------------- ids and references

        /** Checks the id's form and that no other item of the curriculum has it. */
        private String id(Fields f, String file, Kind kind) {
            Node.Str node = f.stringNode("id");
            if (node == null) {
                return null;
            }
            String id = node.value();
            if (!isWellFormedId(f, node, id)) {
                return null;
            }
            Place first = ids.putIfAbsent(id, new Place(kind, file, node.line()));
            if (first != null) {
                f.report(node, "duplicate id \"" + id + "\"; a " + first.kind().word + " already has it ("
                        + first.file() + ":" + first.line() + ")");
                return null;
            }
            return id;
        }

        /** An id that only has to be unique inside its parent, such as a topic or a checklist item. */
        private String localId(Fields f, Set<String> seen) {
            Node.Str node = f.stringNode("id");
            if (node == null || !isWellFormedId(f, node, node.value())) {
                return null;
            }
            if (!seen.add(node.value())) {
                f.report(node, "duplicate id \"" + node.value() + "\" in the same list");
                return null;
            }
            return node.value();
        }

        private boolean isWellFormedId(Fields f, Node at, String id) {
            if (id.length() > MAX_ID_LENGTH || !ID.matcher(id).matches()) {
                f.report(at, "id \"" + id + "\" must be lowercase letters and digits joined by '-' or '.',"
                        + " at most " + MAX_ID_LENGTH + " characters");
                return false;
            }
            return true;
        }

        private void ref(Kind kind, Node.Str at, String file, String what) {
            refs.add(new Ref(kind, at.value(), file, at, what));
        }

        private void checkReferences() {
            for (Ref r : refs) {
                if (unreadable.contains(r.kind())) {
                    continue;
                }
                Place target = ids.get(r.id());
                if (target == null) {
                    problems.add(r.file(), r.at(), r.what() + ": no " + r.kind().word + " has the id \"" + r.id()
                            + "\"" + suggestion(r.kind(), r.id()));
                } else if (target.kind() != r.kind()) {
                    problems.add(r.file(), r.at(), r.what() + ": \"" + r.id() + "\" is a " + target.kind().word
                            + ", not a " + r.kind().word);
                }
            }
            for (TopicRef t : topicRefs) {
                Map<String, Integer> topics = topicsBySkill.get(t.skill());
                if (topics == null) {
                    continue;
                }
                Integer level = topics.get(t.topic());
                if (level == null) {
                    problems.add(t.file(), t.at(), t.what() + ": skill \"" + t.skill() + "\" has no topic \""
                            + t.topic() + "\"" + Ids.closest(t.topic(), topics.keySet())
                            .map(best -> " (did you mean \"" + best + "\"?)").orElse(""));
                } else if (t.depth() > 0 && level > t.depth()) {
                    problems.add(t.file(), t.at(), t.what() + ": topic \"" + t.topic() + "\" belongs to level "
                            + level + " of \"" + t.skill() + "\", deeper than the level " + t.depth()
                            + " this entry reaches; raise the entry's level or leave the topic out");
                }
            }
            for (StageRef r : stageRefs) {
                if (!stageIds.contains(r.stage())) {
                    problems.add(r.file(), r.at(), r.what() + ": no stage has the id \"" + r.stage() + "\""
                            + (stageIds.isEmpty() ? " (curriculum.json names no stages)" : Ids.closest(r.stage(),
                            stageIds).map(best -> " (did you mean \"" + best + "\"?)").orElse("")));
                }
            }
        }

        /** A "did you mean" for a near miss, which is what most broken references are. */
        private String suggestion(Kind kind, String id) {
            List<String> sameKind = ids.entrySet().stream().filter(e -> e.getValue().kind() == kind)
                    .map(Map.Entry::getKey).toList();
            return Ids.closest(id, sameKind).map(best -> " (did you mean \"" + best + "\"?)").orElse("");
        }

        private void checkCycles(PrerequisiteGraph graph) {
            for (PrerequisiteGraph.Trapped trapped : graph.neverReady()) {
                List<String> cycle = trapped.cycle();
                String first = cycle.get(0);
                Node at = requiresAt.get(first).get(cycle.get(1));
                List<String> others = trapped.resources().stream().filter(id -> !cycle.contains(id)).toList();
                problems.add(resourceFile.get(first), at, "resource \"" + first + "\": prerequisite cycle "
                        + String.join(" → ", cycle) + " with no way in; these can never become ready: "
                        + String.join(", ", trapped.resources()) + (others.isEmpty() ? "" : " (the last "
                        + (others.size() == 1 ? "one needs" : others.size() + " need") + " the cycle)"));
            }
        }

        /** The item list of a file; when the list itself is broken, its kind counts as unreadable. */
        private List<Node> items(Fields top, String key, Kind kind) {
            if (!(top.get(key).orElse(null) instanceof Node.Arr)) {
                unreadable.add(kind);
            }
            return top.list(key, true);
        }

        // ---------------------------------------------------------------- curriculum.json

        private Fields root(String name, Node root, String... allowed) {
            List<String> keys = new ArrayList<>(List.of(allowed));
            keys.add("$schema");
            String what = name.equals(CURRICULUM) ? "curriculum" : "top level";
            return Fields.of(file(name), root, what, problems, keys.toArray(String[]::new));
        }

        private CurriculumInfo info(Node root) {
            String file = file(CURRICULUM);
            Fields f = root(CURRICULUM, root, "format", "id", "title", "version", "defaultRole", "description",
                    "stages", "startingPoints");
            if (f == null) {
                return null;
            }
            Integer format = f.get("format").isPresent() ? f.integer("format") : Integer.valueOf(FORMAT_VERSION);
            if (format != null && format == 1) {
                oldFormat = true;
                f.report(f.get("format").get(), "the curriculum is written in format 1; this Pathwise reads format "
                        + FORMAT_VERSION + ", in which every skill topic has a level (1-3), every \"teaches\" entry"
                        + " names the topics it covers, hours may be a range {\"min\", \"max\"}, resources and"
                        + " projects have a stage, and projects list \"teaches\" instead of \"demonstrates\"; see"
                        + " \"Updating from format 1\" in curriculum/AUTHORING.md (progress is kept by id)");
                return null;
            }
            if (format != null && format > FORMAT_VERSION) {
                f.report(f.get("format").get(), "the curriculum is written in format " + format
                        + ", newer than this Pathwise reads (format " + FORMAT_VERSION + "); update Pathwise");
            } else if (format != null && format < 1) {
                f.report(f.get("format").get(), "\"format\" must be 1 or more");
            }
            Node.Str idNode = f.stringNode("id");
            if (idNode != null) {
                isWellFormedId(f, idNode, idNode.value());
            }
            String title = f.text("title");
            String version = f.text("version");
            Node.Str role = f.stringNode("defaultRole");
            if (role != null) {
                ref(Kind.ROLE, role, file, "defaultRole");
            }
            String description = f.optionalText("description", "");
            List<Stage> stages = new ArrayList<>();
            for (Node item : f.list("stages", false)) {
                Fields sf = Fields.of(file, item, "stage", problems, "id", "name", "summary");
                if (sf == null) {
                    f.markFailed();
                    continue;
                }
                String stageId = localId(sf, stageIds);
                String name = sf.text("name");
                String summary = sf.optionalText("summary", "");
                if (sf.failed()) {
                    f.markFailed();
                } else {
                    stages.add(new Stage(stageId, name, summary));
                }
            }
            List<StartingPoint> startingPoints = new ArrayList<>();
            Set<String> startingIds = new HashSet<>();
            List<Node> points = f.list("startingPoints", false);
            for (int i = 0; i < points.size(); i++) {
                Node item = points.get(i);
                Fields sf = Fields.of(file, item, label("starting point", i, item), problems, "id", "name", "summary", "ratings");
                if (sf == null) {
                    f.markFailed();
                    continue;
                }
                String pointId = localId(sf, startingIds);
                String name = sf.text("name");
                String summary = sf.optionalText("summary", "");
                List<SkillLevel> ratings = skillLevels(sf, file, "ratings", 0, false);
                if (sf.failed()) {
                    f.markFailed();
                } else {
                    startingPoints.add(new StartingPoint(pointId, name, summary, ratings));
                }
            }
            if (f.failed()) {
                return null;
            }
            return new CurriculumInfo(idNode.value(), title, version, role.value(), description, stages,
                    startingPoints);
        }

        // ---------------------------------------------------------------- skills.json

        private List<Skill> skills(Node root) {
            String file = file(SKILLS);
            Fields top = root(SKILLS, root, "skills");
            List<Skill> skills = new ArrayList<>();
            if (top == null) {
                unreadable.add(Kind.SKILL);
                return skills;
            }
            List<Node> items = items(top, "skills", Kind.SKILL);
            if (items.isEmpty() && !top.failed()) {
                top.report(top.node(), "\"skills\" is empty; a curriculum needs at least one skill");
            }
            List<String> priorities = enumKeys(Priority.values(), Priority::key);
            List<String> kinds = enumKeys(SkillKind.values(), SkillKind::key);
            for (int i = 0; i < items.size(); i++) {
                Fields f = Fields.of(file, items.get(i), label("skill", i, items.get(i)), problems,
                        "id", "name", "priority", "kind", "summary", "bestFreeResources", "topics");
                if (f == null) {
                    continue;
                }
                String id = id(f, file, Kind.SKILL);
                String name = f.text("name");
                String priority = f.oneOf("priority", priorities, null);
                String kind = f.oneOf("kind", kinds, SkillKind.TECHNICAL.key());
                String summary = f.optionalText("summary", "");
                List<String> best = new ArrayList<>();
                for (Node.Str s : f.stringList("bestFreeResources", false)) {
                    ref(Kind.RESOURCE, s, file, f.what() + ", bestFreeResources");
                    best.add(s.value());
                }
                List<Topic> topics = new ArrayList<>();
                Set<String> seen = new HashSet<>();
                Map<String, Integer> levels = new HashMap<>();
                for (Node t : f.list("topics", false)) {
                    Fields tf = Fields.of(file, t, f.what() + ", topic", problems, "id", "name", "level");
                    if (tf == null) {
                        f.markFailed();
                        continue;
                    }
                    String topicId = localId(tf, seen);
                    String topicName = tf.text("name");
                    Integer level = level(tf, "level", 1);
                    if (tf.failed() || level == null) {
                        f.markFailed();
                    } else {
                        topics.add(new Topic(topicId, topicName, level));
                        levels.put(topicId, level);
                    }
                }
                if (id != null) {
                    topicsBySkill.put(id, levels);
                }
                if (!f.failed() && id != null) {
                    skills.add(new Skill(id, name, Priority.fromKey(priority).orElseThrow(),
                            SkillKind.fromKey(kind).orElseThrow(), summary, best, topics));
                }
            }
            return skills;
        }

        // ---------------------------------------------------------------- resources.json

        private List<Resource> resources(Node root) {
            String file = file(RESOURCES);
            Fields top = root(RESOURCES, root, "resources");
            List<Resource> resources = new ArrayList<>();
            if (top == null) {
                unreadable.add(Kind.RESOURCE);
                return resources;
            }
            List<Node> items = items(top, "resources", Kind.RESOURCE);
            if (items.isEmpty() && !top.failed()) {
                top.report(top.node(), "\"resources\" is empty; a curriculum needs at least one resource");
            }
            List<String> kinds = enumKeys(ResourceKind.values(), ResourceKind::key);
            List<String> costs = enumKeys(Cost.values(), Cost::key);
            String[] allowed = {"id", "title", "provider", "kind", "url", "cost", "hours", "teaches", "requires",
                "tags", "summary", "stage", "endorsement"};
            List<String> endorsements = enumKeys(Endorsement.values(), Endorsement::key);
            for (int i = 0; i < items.size(); i++) {
                Fields f = Fields.of(file, items.get(i), label("resource", i, items.get(i)), problems, allowed);
                if (f == null) {
                    continue;
                }
                String id = id(f, file, Kind.RESOURCE);
                if (id != null) {
                    resourceFile.put(id, file);
                }
                String title = f.text("title");
                String provider = f.text("provider");
                String kind = f.oneOf("kind", kinds, null);
                String url = url(f, "url");
                String cost = f.oneOf("cost", costs, null);
                double[] hours = hours(f);
                List<Teaching> teaches = teaches(f, file);
                List<Requirement> requires = requires(f, file, id);
                List<String> tags = f.stringList("tags", false).stream().map(Node.Str::value).toList();
                String summary = f.optionalText("summary", "");
                String stage = stage(f, file);
                String endorsement = f.oneOf("endorsement", endorsements, Endorsement.NAMED.key());
                if (!f.failed() && id != null && hours != null) {
                    resources.add(new Resource(id, title, provider, ResourceKind.fromKey(kind).orElseThrow(), url,
                            Cost.fromKey(cost).orElseThrow(), hours[0], hours[1], teaches, requires, tags, summary,
                            stage, Endorsement.fromKey(endorsement).orElseThrow()));
                }
            }
            return resources;
        }

        /** "hours": a number, or {"min", "max"}; null after reporting a problem. */
        private double[] hours(Fields f) {
            Optional<Node> node = f.get("hours");
            if (node.isPresent() && node.get() instanceof Node.Obj) {
                Fields h = Fields.of(f.file(), node.get(), f.what() + ", hours", problems, "min", "max");
                Double min = h.number("min");
                Double max = h.number("max");
                if (h.failed() || min == null || max == null) {
                    f.markFailed();
                    return null;
                }
                if (!hoursInRange(h, "min", min) || !hoursInRange(h, "max", max)) {
                    f.markFailed();
                    return null;
                }
                if (max < min) {
                    h.report(h.get("max").get(), "\"max\" is " + formatNumber(max) + ", less than \"min\" ("
                            + formatNumber(min) + ")");
                    f.markFailed();
                    return null;
                }
                return new double[] {min, max};
            }
            Double hours = f.number("hours");
            if (hours == null || !hoursInRange(f, "hours", hours)) {
                return null;
            }
            return new double[] {hours, hours};
        }

        private boolean hoursInRange(Fields f, String key, double hours) {
            if (hours <= 0 || hours > MAX_HOURS) {
                f.report(f.get(key).get(), "\"" + key + "\" is " + formatNumber(hours) + "; hours must be more than 0"
                        + " and at most " + formatNumber(MAX_HOURS));
                return false;
            }
            return true;
        }

        private String stage(Fields f, String file) {
            Node.Str node = f.get("stage").isPresent() ? f.stringNode("stage") : null;
            if (node == null) {
                return "";
            }
            stageRefs.add(new StageRef(node.value(), file, node, f.what() + ", stage"));
            return node.value();
        }

        private List<Teaching> teaches(Fields f, String file) {
            List<Node> items = f.list("teaches", true);
            if (items.isEmpty() && f.get("teaches").isPresent()) {
                f.report(f.get("teaches").get(), "\"teaches\" is empty; name at least one skill and level");
            }
            List<Teaching> out = new ArrayList<>();
            for (Node item : items) {
                Fields t = Fields.of(file, item, f.what() + ", teaches", problems, "skill", "level", "topics");
                if (t == null) {
                    f.markFailed();
                    continue;
                }
                Node.Str skill = t.stringNode("skill");
                Integer level = level(t, "level", 1);
                List<Node.Str> topics = t.stringList("topics", false);
                if (topics.isEmpty() && t.get("topics").isPresent() && !t.failed()) {
                    t.report(t.get("topics").get(), "\"topics\" is empty; name the topics of the skill it covers,"
                            + " or leave \"topics\" out to cover all of them up to the level");
                }
                if (skill != null) {
                    ref(Kind.SKILL, skill, file, f.what() + ", teaches");
                    for (Node.Str topic : topics) {
                        topicRefs.add(new TopicRef(skill.value(), topic.value(), level == null ? 0 : level, file,
                                topic, f.what() + ", teaches"));
                    }
                }
                if (t.failed() || level == null) {
                    f.markFailed();
                } else {
                    List<String> ids = topics.stream().map(Node.Str::value).distinct().toList();
                    if (t.get("topics").isEmpty()) { // Every topic of the skill up to the level.
                        int upTo = level;
                        ids = topicsBySkill.getOrDefault(skill.value(), Map.of()).entrySet().stream()
                                .filter(e -> e.getValue() <= upTo).map(Map.Entry::getKey).sorted().toList();
                    }
                    out.add(new Teaching(skill.value(), level, ids));
                }
            }
            return out;
        }

        private List<Requirement> requires(Fields f, String file, String ownerId) {
            List<Requirement> out = new ArrayList<>();
            Map<String, Node> at = new LinkedHashMap<>();
            for (Node item : f.list("requires", false)) {
                if (item instanceof Node.Str s) {
                    if (requirement(f, file, List.of(s), at)) {
                        out.add(Requirement.of(s.value()));
                    }
                } else if (item instanceof Node.Obj) {
                    Fields g = Fields.of(file, item, f.what() + ", requires", problems, "anyOf");
                    List<Node.Str> options = g.stringList("anyOf", true);
                    if (g.get("anyOf").isPresent() && options.size() < 2 && !g.failed()) {
                        g.report(g.get("anyOf").get(), "an \"anyOf\" group needs at least two alternatives");
                    }
                    if (!g.failed() && requirement(f, file, options, at)) {
                        out.add(Requirement.anyOf(options.stream().map(Node.Str::value).toList()));
                    } else {
                        f.markFailed();
                    }
                } else {
                    f.report(item, "each entry of \"requires\" must be a resource id or {\"anyOf\": [ids]}, not "
                            + item.describe());
                }
            }
            if (ownerId != null) {
                requiresAt.put(ownerId, at);
            }
            return out;
        }

        /** Records the options of one requirement; false after reporting a resource named twice. */
        private boolean requirement(Fields f, String file, List<Node.Str> options, Map<String, Node> at) {
            boolean ok = true;
            for (Node.Str option : options) {
                if (at.putIfAbsent(option.value(), option) != null) {
                    f.report(option, "\"requires\" names \"" + option.value() + "\" more than once");
                    ok = false;
                } else {
                    ref(Kind.RESOURCE, option, file, f.what() + ", requires");
                }
            }
            return ok;
        }

        private Integer level(Fields f, String key, int min) {
            Integer level = f.integer(key);
            if (level == null) {
                return null;
            }
            if (level < min || level > Level.MAX) {
                f.report(f.get(key).get(), levelMessage(key, level, min));
                return null;
            }
            return level;
        }

        private String levelMessage(String key, int level, int min) {
            return "\"" + key + "\" is " + level + "; levels run from " + min + " (" + Level.of(min).label()
                    .toLowerCase(Locale.ROOT) + ") to " + Level.MAX + " (production)";
        }

        private String url(Fields f, String key) {
            Node.Str node = f.stringNode(key);
            if (node == null) {
                return null;
            }
            String problem = urlProblem(node.value());
            if (problem != null) {
                f.report(node, "\"" + key + "\" " + problem);
                return null;
            }
            return node.value();
        }

        // ---------------------------------------------------------------- projects.json

        private List<Project> projects(Node root, List<ChecklistItem> standOut) {
            String file = file(PROJECTS);
            Fields top = root(PROJECTS, root, "standOut", "projects");
            List<Project> projects = new ArrayList<>();
            if (top == null) {
                unreadable.add(Kind.PROJECT);
                return projects;
            }
            Set<String> standOutIds = new HashSet<>();
            standOut.addAll(checklist(top, file, "standOut", standOutIds));
            String[] allowed = {"id", "title", "summary", "requires", "teaches", "lifecycle", "tools",
                "checklist", "hours", "stage"};
            List<Node> items = items(top, "projects", Kind.PROJECT);
            for (int i = 0; i < items.size(); i++) {
                Fields f = Fields.of(file, items.get(i), label("project", i, items.get(i)), problems, allowed);
                if (f == null) {
                    continue;
                }
                String id = id(f, file, Kind.PROJECT);
                String title = f.text("title");
                String summary = f.text("summary");
                List<SkillLevel> requires = skillLevels(f, file, "requires", 1, true);
                List<Teaching> teaches = teaches(f, file);
                double[] hours = hours(f);
                String stage = stage(f, file);
                List<String> lifecycle = new ArrayList<>();
                for (Node.Str s : f.stringList("lifecycle", true)) {
                    if (LIFECYCLE.contains(s.value())) {
                        lifecycle.add(s.value());
                    } else {
                        f.report(s, "lifecycle stage \"" + s.value() + "\" is not one of: " + String.join(", ", LIFECYCLE));
                    }
                }
                List<String> tools = f.stringList("tools", false).stream().map(Node.Str::value).toList();
                List<ChecklistItem> checklist = checklist(f, file, "checklist", new HashSet<>(standOutIds));
                if (!f.failed() && id != null && hours != null) {
                    projects.add(new Project(id, title, summary, requires, teaches, lifecycle, tools, checklist,
                            hours[0], hours[1], stage));
                }
            }
            return projects;
        }

        /** A list of {id, text} items whose ids are unique among {@code seen} (which it extends). */
        private List<ChecklistItem> checklist(Fields f, String file, String key, Set<String> seen) {
            List<ChecklistItem> out = new ArrayList<>();
            for (Node item : f.list(key, false)) {
                Fields c = Fields.of(file, item, f.what() + ", " + key, problems, "id", "text");
                if (c == null) {
                    f.markFailed();
                    continue;
                }
                String id = localId(c, seen);
                String text = c.text("text");
                if (c.failed()) {
                    f.markFailed();
                } else {
                    out.add(new ChecklistItem(id, text));
                }
            }
            return out;
        }

        /** An object of skill id → level, such as a role's targets or a project's requirements. */
        private List<SkillLevel> skillLevels(Fields f, String file, String key, int min, boolean isRequired) {
            Node.Obj obj = f.object(key, isRequired);
            List<SkillLevel> out = new ArrayList<>();
            if (obj == null) {
                return out;
            }
            for (Node.Member m : obj.members().values()) {
                ref(Kind.SKILL, new Node.Str(m.line(), m.column(), m.key()), file, f.what() + ", " + key);
                Integer level = f.asInteger(m.key(), m.value());
                if (level == null) {
                    continue;
                }
                if (level < min || level > Level.MAX) {
                    f.report(m.value(), levelMessage(m.key(), level, min));
                } else {
                    out.add(new SkillLevel(m.key(), level));
                }
            }
            return out;
        }

        // ---------------------------------------------------------------- roles.json

        private List<Role> roles(Node root) {
            String file = file(ROLES);
            Fields top = root(ROLES, root, "roles");
            List<Role> roles = new ArrayList<>();
            if (top == null) {
                unreadable.add(Kind.ROLE);
                return roles;
            }
            List<Node> items = items(top, "roles", Kind.ROLE);
            if (items.isEmpty() && !top.failed()) {
                top.report(top.node(), "\"roles\" is empty; a curriculum needs at least one target role");
            }
            String[] allowed = {"id", "name", "summary", "targets"};
            for (int i = 0; i < items.size(); i++) {
                Fields f = Fields.of(file, items.get(i), label("role", i, items.get(i)), problems, allowed);
                if (f == null) {
                    continue;
                }
                String id = id(f, file, Kind.ROLE);
                String name = f.text("name");
                String summary = f.optionalText("summary", "");
                List<SkillLevel> targets = skillLevels(f, file, "targets", 0, true);
                if (!f.failed() && id != null) {
                    roles.add(new Role(id, name, summary, targets));
                }
            }
            return roles;
        }

        // ---------------------------------------------------------------- career.json

        private Career career(Node root) {
            String file = file(CAREER);
            Fields top = root(CAREER, root, "resume", "jobSearch", "interview", "salary");
            if (top == null) {
                return Career.empty();
            }
            CareerSection resume = section(top, file, "resume", "Resume");
            CareerSection jobSearch = section(top, file, "jobSearch", "Job search");
            List<InterviewStage> interview = new ArrayList<>();
            for (Node item : top.list("interview", false)) {
                InterviewStage stage = stage(file, item, true);
                if (stage != null) {
                    interview.add(stage);
                }
            }
            List<SalaryBand> salary = new ArrayList<>();
            for (Node item : top.list("salary", false)) {
                Fields s = Fields.of(file, item, "salary band", problems, "level", "range", "note");
                if (s == null) {
                    continue;
                }
                String level = s.text("level");
                String range = s.text("range");
                String note = s.optionalText("note", "");
                if (!s.failed()) {
                    salary.add(new SalaryBand(level, range, note));
                }
            }
            return new Career(resume, jobSearch, interview, salary);
        }

        private CareerSection section(Fields top, String file, String key, String fallbackTitle) {
            Node.Obj obj = top.object(key, false);
            if (obj == null) {
                return CareerSection.empty(fallbackTitle);
            }
            Fields f = Fields.of(file, obj, key, problems, "title", "summary", "checklist", "links");
            String title = f.optionalText("title", fallbackTitle);
            String summary = f.optionalText("summary", "");
            List<ChecklistItem> checklist = new ArrayList<>();
            for (Node item : f.list("checklist", false)) {
                Fields c = Fields.of(file, item, key + ", checklist", problems, "id", "text");
                if (c == null) {
                    continue;
                }
                String id = id(c, file, Kind.CAREER_ITEM);
                String text = c.text("text");
                if (!c.failed() && id != null) {
                    checklist.add(new ChecklistItem(id, text));
                }
            }
            List<Link> links = new ArrayList<>();
            for (Node item : f.list("links", false)) {
                Fields l = Fields.of(file, item, key + ", link", problems, "id", "name", "url", "note");
                if (l == null) {
                    continue;
                }
                String id = id(l, file, Kind.CAREER_ITEM);
                String name = l.text("name");
                String url = url(l, "url");
                String note = l.optionalText("note", "");
                if (!l.failed() && id != null) {
                    links.add(new Link(id, name, url, note));
                }
            }
            return new CareerSection(title, summary, checklist, links);
        }

        private InterviewStage stage(String file, Node node, boolean mayHaveRounds) {
            String what = mayHaveRounds ? "interview stage" : "interview round";
            List<String> allowed = new ArrayList<>(List.of("id", "name", "length", "summary", "focus", "skills",
                    "prep", "sampleQuestions"));
            if (mayHaveRounds) {
                allowed.add("rounds");
            }
            Fields f = Fields.of(file, node, label(what, -1, node), problems, allowed.toArray(String[]::new));
            if (f == null) {
                return null;
            }
            String id = id(f, file, Kind.CAREER_ITEM);
            String name = f.text("name");
            String length = f.optionalText("length", "");
            String summary = f.text("summary");
            List<InterviewFocus> focus = new ArrayList<>();
            for (Node.Str s : f.stringList("focus", true)) {
                Optional<InterviewFocus> found = InterviewFocus.fromKey(s.value());
                if (found.isPresent()) {
                    focus.add(found.get());
                } else {
                    f.report(s, "focus \"" + s.value() + "\" is not one of: "
                            + String.join(", ", enumKeys(InterviewFocus.values(), InterviewFocus::key)));
                }
            }
            List<String> skills = new ArrayList<>();
            for (Node.Str s : f.stringList("skills", false)) {
                ref(Kind.SKILL, s, file, f.what() + ", skills");
                skills.add(s.value());
            }
            List<String> prep = new ArrayList<>();
            for (Node.Str s : f.stringList("prep", false)) {
                ref(Kind.RESOURCE, s, file, f.what() + ", prep");
                prep.add(s.value());
            }
            List<String> questions = f.stringList("sampleQuestions", false).stream().map(Node.Str::value).toList();
            List<InterviewStage> rounds = new ArrayList<>();
            if (mayHaveRounds) {
                for (Node item : f.list("rounds", false)) {
                    InterviewStage round = stage(file, item, false);
                    if (round == null) {
                        f.markFailed();
                    } else {
                        rounds.add(round);
                    }
                }
            }
            if (f.failed() || id == null) {
                return null;
            }
            return new InterviewStage(id, name, length, summary, focus, skills, prep, questions, rounds);
        }
    }

    // ---------------------------------------------------------------- small helpers

    /** How messages name an item: by its id when it has one ("resource \"fast-ai\""), else by position. */
    static String label(String kind, int index, Node node) {
        if (node instanceof Node.Obj obj && obj.members().get("id") != null
                && obj.members().get("id").value() instanceof Node.Str id && !id.value().isBlank()) {
            return kind + " \"" + id.value() + "\"";
        }
        return index < 0 ? kind : kind + " #" + (index + 1);
    }

    static String urlProblem(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return "is not a valid web address: " + e.getReason();
        }
        String scheme = uri.getScheme();
        if (scheme == null || !(scheme.equalsIgnoreCase("https") || scheme.equalsIgnoreCase("http"))) {
            return "must be a web address starting with https:// or http://, not \"" + url + "\"";
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            return "has no host name: \"" + url + "\"";
        }
        if (uri.getPort() > 65535) {
            return "has port " + uri.getPort() + "; ports run up to 65535";
        }
        return null;
    }

    private static <E> List<String> enumKeys(E[] values, java.util.function.Function<E, String> key) {
        return java.util.Arrays.stream(values).map(key).collect(Collectors.toList());
    }

    private static String formatNumber(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d) : String.valueOf(d);
    }
}
