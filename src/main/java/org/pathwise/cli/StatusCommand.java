package org.pathwise.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.pathwise.catalog.LoadedCurriculum;
import org.pathwise.model.Curriculum;
import org.pathwise.model.LearnerProgress;
import org.pathwise.model.ResourceProgress;
import org.pathwise.model.SkillRating;
import org.pathwise.model.Status;
import org.pathwise.progress.StoreException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code pathwise status [--json]}: what is done, in progress and skipped; ratings; orphaned ids. */
@Command(name = "status", description = "Show your progress: resources by status, hours, skill ratings, and "
        + "progress kept for ids the curriculum no longer has. Works while the window is open.")
final class StatusCommand implements Callable<Integer> {

    @ParentCommand
    PathwiseCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print JSON (documented in docs/cli-json.md).")
    boolean json;

    @Override
    public Integer call() throws JsonProcessingException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LoadedCurriculum loaded;
        LearnerProgress p;
        try {
            loaded = Session.curriculum(parent.global());
            p = Session.readProgress(parent.global(), err);
        } catch (Session.Refused | StoreException e) {
            err.println("pathwise: " + e.getMessage());
            return ExitCodes.REFUSED;
        }
        Curriculum c = loaded.curriculum();
        Map<String, Object> doc = document(c, p);
        if (json) {
            out.println(Json.write(doc));
        } else {
            printText(out, c, p, doc);
        }
        return ExitCodes.OK;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> document(Curriculum c, LearnerProgress p) {
        Map<String, Object> doc = new LinkedHashMap<>();
        Map<String, String> curriculum = new LinkedHashMap<>(); // Keys in a fixed order, run after run.
        curriculum.put("id", c.info().id());
        curriculum.put("version", c.info().version());
        doc.put("curriculum", curriculum);
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Status s : Status.values()) {
            counts.put(s.key(), 0);
        }
        double hours = 0;
        List<Map<String, Object>> resources = new ArrayList<>();
        for (var r : c.resources()) {
            Status s = p.statusOf(r.id());
            counts.merge(s.key(), 1, Integer::sum);
            ResourceProgress rp = p.resources().get(r.id());
            if (rp != null) {
                hours += rp.hours();
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("id", r.id());
                row.put("title", r.title());
                row.put("status", s.key());
                row.put("hours", rp.hours());
                row.put("note", rp.note());
                row.put("updatedAt", rp.updatedAt().toString());
                resources.add(row);
            }
        }
        doc.put("counts", counts);
        doc.put("hours", hours);
        doc.put("resources", resources);
        Map<String, Integer> ratings = new LinkedHashMap<>();
        for (var s : c.skills()) {
            SkillRating r = p.ratings().get(s.id());
            if (r != null) {
                ratings.put(s.id(), r.level());
            }
        }
        doc.put("ratings", ratings);
        Map<String, List<String>> orphans = new LinkedHashMap<>();
        orphans.put("resources", p.resources().keySet().stream().filter(id -> c.resource(id).isEmpty()).sorted().toList());
        orphans.put("skills", p.ratings().keySet().stream().filter(id -> c.skill(id).isEmpty()).sorted().toList());
        orphans.put("projects", p.projects().keySet().stream().filter(id -> c.project(id).isEmpty()).sorted().toList());
        doc.put("orphans", orphans);
        return doc;
    }

    @SuppressWarnings("unchecked")
    private static void printText(PrintWriter out, Curriculum c, LearnerProgress p, Map<String, Object> doc) {
        Map<String, Integer> counts = (Map<String, Integer>) doc.get("counts");
        out.printf(Locale.ROOT, "%s %s: %d done, %d in progress, %d skipped, %d not started (of %d) · %s h logged%n",
                c.info().title(), c.info().version(), counts.get("done"), counts.get("in-progress"),
                counts.get("skipped"), counts.get("not-started"), c.resources().size(),
                ProgressCommands.fmt((Double) doc.get("hours")));
        for (Map<String, Object> r : (List<Map<String, Object>>) doc.get("resources")) {
            if (!"not-started".equals(r.get("status")) || !String.valueOf(r.get("note")).isEmpty()) {
                out.printf(Locale.ROOT, "  %-12s %s%s%n", r.get("status"), r.get("title"),
                        String.valueOf(r.get("note")).isEmpty() ? "" : "  — " + r.get("note"));
            }
        }
        Map<String, Integer> ratings = (Map<String, Integer>) doc.get("ratings");
        if (!ratings.isEmpty()) {
            List<String> parts = new ArrayList<>();
            ratings.forEach((k, v) -> parts.add(k + " " + v));
            out.println("Self-rated: " + String.join(", ", parts));
        }
        Map<String, List<String>> orphans = (Map<String, List<String>>) doc.get("orphans");
        List<String> all = new ArrayList<>();
        orphans.forEach((kind, ids) -> ids.forEach(id -> all.add(id)));
        if (!all.isEmpty()) {
            out.println("Kept for ids this curriculum no longer has (they count again if the ids come back): "
                    + String.join(", ", all));
        }
    }
}
