package org.pathwise.progress;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.pathwise.model.HoursEntry;
import org.pathwise.model.LearnerProgress;
import org.pathwise.model.ProjectProgress;
import org.pathwise.model.ProjectStatus;
import org.pathwise.model.ResourceProgress;
import org.pathwise.model.SkillRating;
import org.pathwise.model.Status;
import org.pathwise.model.StatusChange;

/**
 * The whole progress as a documented JSON file (docs/progress-file.md), and resource progress as
 * CSV. Files are written to a temporary file and moved into place; an import is checked whole
 * before anything is applied.
 */
public final class ProgressFile {
    public static final String FORMAT = "pathwise-progress";
    public static final int VERSION = 1;
    static final long MAX_BYTES = 64L * 1024 * 1024;

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            // Strict types: "7" is not 7, 2.7 is not a level, 1.9 is not version 1.
            .disable(com.fasterxml.jackson.databind.MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .build();

    record FileJson(String format, Integer version, String exportedAt, List<ResourceJson> resources,
                    List<HistoryJson> history, List<HoursJson> hoursLog, List<RatingJson> ratings,
                    List<ProjectJson> projects, Map<String, String> career, Map<String, String> settings) {
    }

    record ResourceJson(String id, String status, Double hours, String note, String updatedAt) {
    }

    record HistoryJson(String resource, String status, String at) {
    }

    record HoursJson(String resource, Double hours, String at) {
    }

    record RatingJson(String skill, Integer level, String updatedAt) {
    }

    record ProjectJson(String id, String status, Map<String, String> checked, String repositoryUrl, String demoUrl,
                       String notes, String impact, String updatedAt) {
    }

    private ProgressFile() {
    }

    /** Writes the progress as JSON to {@code target}, through a temporary file beside it. */
    public static void exportJson(LearnerProgress p, Path target, Clock clock) throws StoreException {
        try {
            exportJsonOrFail(p, target, clock);
        } catch (JsonProcessingException e) {
            throw new StoreException("Pathwise could not write " + target + ": " + e.getOriginalMessage(), e);
        }
    }

    private static void exportJsonOrFail(LearnerProgress p, Path target, Clock clock)
            throws StoreException, JsonProcessingException {
        FileJson file = new FileJson(FORMAT, VERSION, clock.instant().toString(),
                p.resources().values().stream().sorted(java.util.Comparator.comparing(ResourceProgress::resourceId))
                        .map(r -> new ResourceJson(r.resourceId(), r.status().key(), r.hours(), r.note(),
                                r.updatedAt().toString())).toList(),
                p.history().stream().map(h -> new HistoryJson(h.resourceId(), h.status().key(), h.at().toString()))
                        .toList(),
                p.hoursLog().stream().map(h -> new HoursJson(h.resourceId(), h.hours(), h.at().toString())).toList(),
                p.ratings().values().stream().sorted(java.util.Comparator.comparing(SkillRating::skillId))
                        .map(r -> new RatingJson(r.skillId(), r.level(), r.updatedAt().toString())).toList(),
                p.projects().values().stream().sorted(java.util.Comparator.comparing(ProjectProgress::projectId))
                        .map(r -> new ProjectJson(r.projectId(), r.status().key(), strings(r.checkedItems()),
                                r.repositoryUrl(), r.demoUrl(), r.notes(), r.impact(), r.updatedAt().toString()))
                        .toList(),
                strings(p.careerItems()), new TreeMap<>(p.settings()));
        String pretty = JSON.writeValueAsString(file);
        // What export writes, import takes back: when indentation would push it past the import limit, the
        // same data goes out without it.
        String text = pretty.length() + 1 > MAX_BYTES / 2 ? JSON.writer().without(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(file) : pretty;
        writeAtomically(target, w -> w.write(text + "\n"));
    }

    private static Map<String, String> strings(Map<String, Instant> times) {
        Map<String, String> out = new TreeMap<>();
        times.forEach((k, v) -> out.put(k, v.toString()));
        return out;
    }

    /** Resource progress as CSV: resource_id, title, status, hours, updated_at, note. */
    public static void exportCsv(LearnerProgress p, Function<String, String> titleOf, Path target)
            throws StoreException {
        writeAtomically(target, w -> {
            w.write("resource_id,title,status,hours,updated_at,note\r\n");
            for (ResourceProgress r : new TreeMap<>(p.resources()).values()) {
                w.write(String.join(",", csv(r.resourceId()), csv(titleOf.apply(r.resourceId())), r.status().key(),
                        hours(r.hours()), r.updatedAt().toString(), csv(r.note())) + "\r\n");
            }
        });
    }

    private static String hours(double h) {
        return h == Math.rint(h) ? String.valueOf((long) h) : String.valueOf(h);
    }

    /** Quotes a field, and defuses text a spreadsheet would run as a formula. */
    static String csv(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r") || v.startsWith("'")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    @FunctionalInterface
    private interface Body {
        void write(Writer w) throws IOException;
    }

    private static void writeAtomically(Path target, Body body) throws StoreException {
        Path absolute = target.toAbsolutePath();
        // A link is written through to the file it names; anything but a regular file (a FIFO, a device,
        // a folder) is refused, never replaced.
        try {
            if (Files.isSymbolicLink(absolute)) {
                if (!Files.exists(absolute)) {
                    throw new StoreException("Pathwise will not write " + absolute + ": it is a link to nothing.");
                }
                absolute = absolute.toRealPath();
            }
        } catch (IOException e) {
            throw new StoreException("Pathwise could not write " + absolute + ": " + IoWords.of(e) + ".", e);
        }
        if (Files.exists(absolute) && !Files.isRegularFile(absolute)) {
            throw new StoreException("Pathwise will not write " + absolute + ": it is " + (Files.isDirectory(absolute)
                    ? "a folder" : "not a regular file (a device or a pipe)") + ". Name a file to write.");
        }
        Path temp = absolute.resolveSibling("." + absolute.getFileName() + ".tmp");
        try {
            try (Writer w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                body.write(w);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // The first error is the one to report.
            }
            throw new StoreException("Pathwise could not write " + absolute + ": " + IoWords.of(e) + ".", e);
        }
    }

    /** Reads and checks a progress file whole; every problem is listed, nothing is applied here. */
    public static LearnerProgress read(Path source) throws StoreException {
        FileJson f;
        try {
            if (Files.exists(source) && !Files.isRegularFile(source)) {
                throw new StoreException(source + " is not a regular file (a folder, device or pipe); nothing was "
                        + "imported.");
            }
            if (Files.size(source) > MAX_BYTES) {
                throw new StoreException(source + " is larger than " + MAX_BYTES / (1024 * 1024)
                        + " MB; it is not a Pathwise progress file.");
            }
            f = JSON.readValue(source.toFile(), FileJson.class);
        } catch (NoSuchFileException e) {
            throw new StoreException(source + ": no such file.");
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr();
            throw new StoreException(source + where + ": not a Pathwise progress file: " + describe(e)
                    + ". Nothing was imported.");
        } catch (IOException e) {
            throw new StoreException(source + " could not be read: " + IoWords.of(e) + ".", e);
        }
        List<String> problems = new ArrayList<>();
        if (!FORMAT.equals(f.format())) {
            problems.add("\"format\" must be \"" + FORMAT + "\"");
        }
        if (f.version() == null) {
            problems.add("\"version\" is missing");
        } else if (f.version() > VERSION || f.version() < 1) {
            problems.add("\"version\" is " + f.version() + "; this Pathwise reads version " + VERSION);
        }
        Map<String, ResourceProgress> resources = new LinkedHashMap<>();
        for (int i = 0; i < size(f.resources()); i++) {
            ResourceJson r = f.resources().get(i);
            String at = "resources[" + i + "]";
            if (r == null) {
                problems.add(at + " is null; expected an object");
                continue;
            }
            Status s = status(r.status(), at, problems);
            Instant t = time(r.updatedAt(), at + ".updatedAt", problems);
            id(r.id(), at + ".id", problems);
            double hours = r.hours() == null ? 0 : r.hours();
            if (!(hours >= 0) || hours > Settings.MAX_RESOURCE_HOURS) {
                problems.add(at + ".hours is " + r.hours() + "; it must be from 0 to "
                        + (long) Settings.MAX_RESOURCE_HOURS);
            }
            if (r.id() != null && resources.containsKey(r.id())) {
                problems.add(at + ".id \"" + r.id() + "\" appears twice");
            }
            if (s != null && t != null && r.id() != null) {
                resources.put(r.id(), new ResourceProgress(r.id(), s, hours, r.note() == null ? "" : r.note(), t));
            }
        }
        List<StatusChange> history = new ArrayList<>();
        for (int i = 0; i < size(f.history()); i++) {
            HistoryJson h = f.history().get(i);
            String at = "history[" + i + "]";
            if (h == null) {
                problems.add(at + " is null; expected an object");
                continue;
            }
            Status s = status(h.status(), at, problems);
            Instant t = time(h.at(), at + ".at", problems);
            if (id(h.resource(), at + ".resource", problems) && s != null && t != null) {
                history.add(new StatusChange(h.resource(), s, t));
            }
        }
        List<HoursEntry> hoursLog = new ArrayList<>();
        for (int i = 0; i < size(f.hoursLog()); i++) {
            HoursJson h = f.hoursLog().get(i);
            String at = "hoursLog[" + i + "]";
            if (h == null) {
                problems.add(at + " is null; expected an object");
                continue;
            }
            Instant t = time(h.at(), at + ".at", problems);
            if (h.hours() == null || !Double.isFinite(h.hours())
                    || Math.abs(h.hours()) > Settings.MAX_RESOURCE_HOURS) {
                problems.add(at + ".hours is missing, not a number or beyond ±" + (long) Settings.MAX_RESOURCE_HOURS);
            }
            if (id(h.resource(), at + ".resource", problems) && t != null && h.hours() != null) {
                hoursLog.add(new HoursEntry(h.resource(), h.hours(), t));
            }
        }
        Map<String, SkillRating> ratings = new LinkedHashMap<>();
        for (int i = 0; i < size(f.ratings()); i++) {
            RatingJson r = f.ratings().get(i);
            String at = "ratings[" + i + "]";
            if (r == null) {
                problems.add(at + " is null; expected an object");
                continue;
            }
            Instant t = time(r.updatedAt(), at + ".updatedAt", problems);
            if (r.level() == null || r.level() < 0 || r.level() > 3) {
                problems.add(at + ".level is " + r.level() + "; levels run from 0 to 3");
            }
            if (id(r.skill(), at + ".skill", problems) && t != null && r.level() != null && ratings.put(r.skill(),
                    new SkillRating(r.skill(), r.level(), t)) != null) {
                problems.add(at + ".skill \"" + r.skill() + "\" appears twice");
            }
        }
        Map<String, ProjectProgress> projects = new LinkedHashMap<>();
        for (int i = 0; i < size(f.projects()); i++) {
            ProjectJson r = f.projects().get(i);
            String at = "projects[" + i + "]";
            if (r == null) {
                problems.add(at + " is null; expected an object");
                continue;
            }
            ProjectStatus s = r.status() == null ? null : ProjectStatus.fromKey(r.status()).orElse(null);
            if (s == null) {
                problems.add(at + ".status is \"" + r.status() + "\"; expected not-started, in-progress or done");
            }
            Instant t = time(r.updatedAt(), at + ".updatedAt", problems);
            Map<String, Instant> checked = times(r.checked(), at + ".checked", problems);
            if (id(r.id(), at + ".id", problems) && s != null && t != null) {
                if (projects.put(r.id(), new ProjectProgress(r.id(), s, checked, text(r.repositoryUrl()),
                        text(r.demoUrl()), text(r.notes()), text(r.impact()), t)) != null) {
                    problems.add(at + ".id \"" + r.id() + "\" appears twice");
                }
            }
        }
        Map<String, Instant> career = times(f.career(), "career", problems);
        Map<String, String> settings = f.settings() == null ? Map.of() : f.settings();
        if (!problems.isEmpty()) {
            throw new StoreException(source + " has " + problems.size() + (problems.size() == 1 ? " problem" : " problems")
                    + "; nothing was imported:\n  " + String.join("\n  ", problems));
        }
        return new LearnerProgress(resources, history, hoursLog, ratings, projects, career, settings);
    }

    private static int size(List<?> list) {
        return list == null ? 0 : list.size();
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static boolean id(String id, String at, List<String> problems) {
        if (id == null || id.isBlank()) {
            problems.add(at + " is missing");
            return false;
        }
        return true;
    }

    private static Status status(String key, String at, List<String> problems) {
        Status s = key == null ? null : Status.fromKey(key).orElse(null);
        if (s == null) {
            problems.add(at + ".status is \"" + key + "\"; expected not-started, in-progress, done or skipped");
        }
        return s;
    }

    private static Instant time(String value, String at, List<String> problems) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException | NullPointerException e) {
            problems.add(at + " is \"" + value + "\"; expected a time such as 2026-12-01T18:30:00Z");
            return null;
        }
    }

    private static Map<String, Instant> times(Map<String, String> values, String at, List<String> problems) {
        Map<String, Instant> out = new TreeMap<>();
        if (values == null) {
            return out;
        }
        Set<String> seen = new HashSet<>();
        values.forEach((k, v) -> {
            Instant t = time(v, at + "." + k, problems);
            if (t != null && seen.add(k)) {
                out.put(k, t);
            }
        });
        return out;
    }

    private static String describe(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            return "unknown property \"" + u.getPropertyName() + "\"";
        }
        if (e instanceof MismatchedInputException m && !m.getPath().isEmpty()) {
            StringBuilder path = new StringBuilder();
            for (var ref : m.getPath()) {
                path.append(ref.getFieldName() != null ? (path.length() == 0 ? "" : ".") + ref.getFieldName()
                        : "[" + ref.getIndex() + "]");
            }
            return "\"" + path + "\" has the wrong kind of value";
        }
        return firstLine(String.valueOf(e.getOriginalMessage()))
                .replaceAll("\\s*\\(start marker at \\[Source:[^\\]]*\\][^)]*\\)", "")
                .replaceAll("\\s*\\[Source:[^\\]]*\\]", "")
                .replaceAll(" \\(code -?\\d+\\)", "")
                .replaceAll(": expected close marker for (\\w+)", ": the $1 is not closed");
    }

    private static String firstLine(String m) {
        String s = String.valueOf(m);
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

}
