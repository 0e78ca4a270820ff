package org.pathwise.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.pathwise.catalog.Ids;
import org.pathwise.catalog.LoadedCurriculum;
import org.pathwise.model.Curriculum;
import org.pathwise.model.LearnerProgress;
import org.pathwise.model.Resource;
import org.pathwise.model.Role;
import org.pathwise.planner.CareerReadiness;
import org.pathwise.planner.GapReport;
import org.pathwise.planner.NextSuggestions;
import org.pathwise.planner.PlannedItem;
import org.pathwise.planner.Planner;
import org.pathwise.planner.ProjectAdvice;
import org.pathwise.planner.ProjectFit;
import org.pathwise.planner.ReasonFormatter;
import org.pathwise.planner.Roadmap;
import org.pathwise.planner.SkillGap;
import org.pathwise.planner.Suggestion;
import org.pathwise.progress.Settings;
import org.pathwise.progress.StoreException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** The planner's commands: next, plan, gaps, projects, and set for the settings they use. */
final class PlanCommands {

    private PlanCommands() {
    }

    /** Loads the curriculum and progress, resolves the role, and prints text or JSON. */
    abstract static class Base implements Callable<Integer> {
        @ParentCommand
        PathwiseCommand parent;

        @Spec
        CommandSpec spec;

        @Option(names = "--role", paramLabel = "ROLE", description = "Plan for this role instead of your target role.")
        String roleOption;

        @Option(names = "--json", description = "Print JSON (documented in docs/cli-json.md).")
        boolean json;

        LoadedCurriculum loaded;
        LearnerProgress progress;
        Role role;
        Planner planner;

        Curriculum curriculum() {
            return loaded.curriculum();
        }

        PrintWriter out() {
            return spec.commandLine().getOut();
        }

        @Override
        public Integer call() throws JsonProcessingException {
            PrintWriter err = spec.commandLine().getErr();
            try {
                loaded = Session.curriculum(parent.global());
                progress = Session.readProgress(parent.global(), err);
                role = role(curriculum(), progress, roleOption);
                planner = new Planner(curriculum(), loaded.graph());
                Object doc = run();
                if (json) {
                    out().println(Json.write(doc));
                }
                return ExitCodes.OK;
            } catch (Session.Refused | StoreException e) {
                err.println("pathwise: " + e.getMessage());
                return ExitCodes.REFUSED;
            }
        }

        /** Prints the text form unless --json, and returns the JSON document. */
        abstract Object run() throws Session.Refused;

        LocalDate today() {
            return LocalDate.now(clock);
        }
    }

    /** The clock the plans are dated by; tests set a fixed one so golden files hold. */
    static volatile java.time.Clock clock = java.time.Clock.systemDefaultZone();

    static Role role(Curriculum c, LearnerProgress p, String option) throws Session.Refused {
        String id = option != null ? option : p.settings().get(Settings.TARGET_ROLE);
        if (id == null) {
            return c.defaultRole();
        }
        Optional<Role> role = c.role(id);
        if (role.isEmpty()) {
            List<String> ids = c.roles().stream().map(Role::id).toList();
            throw new Session.Refused("No role has the id \"" + id + "\"" + Ids.closest(id, ids)
                    .map(b -> " (did you mean \"" + b + "\"?)").orElse("") + "; roles: " + String.join(", ", ids) + ".");
        }
        return role.get();
    }

    static double weeklyHours(LearnerProgress p, Double option) throws Session.Refused {
        if (option != null) {
            if (!Settings.isValidWeeklyHours(option)) {
                throw new Session.Refused("Weekly hours must be from " + ProgressCommands.fmt(Settings.MIN_WEEKLY_HOURS)
                        + " to " + ProgressCommands.fmt(Settings.MAX_WEEKLY_HOURS) + ", not "
                        + ProgressCommands.fmt(option) + ".");
            }
            return option;
        }
        return Settings.weeklyHours(p.settings());
    }

    static CommandJson.Suggestion suggestionJson(Suggestion s, Curriculum c, ReasonFormatter f) {
        Optional<Resource> r = c.resource(s.id());
        return new CommandJson.Suggestion(s.id(), s.title(), s.project() ? "project" : "resource",
                r.map(Resource::provider).orElse(null), r.map(x -> x.kind().key()).orElse(null),
                r.map(Resource::url).orElse(null), r.map(x -> x.cost().key()).orElse(null), s.hoursMin(), s.hoursMax(),
                s.reasons().stream().map(f::format).toList());
    }

    @Command(name = "next", description = "The resource to do next and a few runners-up, each with its reasons, "
            + "and the portfolio project to build next.")
    static final class Next extends Base {
        @Option(names = "--count", paramLabel = "N", description = "How many suggestions (default 4).")
        int count = 4;

        @Override
        Object run() throws Session.Refused {
            Roadmap plan = planner.plan(progress, role, weeklyHours(progress, null), today());
            NextSuggestions next = planner.next(progress, role, Math.max(1, count), plan);
            ProjectAdvice projects = planner.projects(progress, role);
            ReasonFormatter f = planner.formatter();
            CommandJson.Next doc = new CommandJson.Next(role.id(), next.suggestions().stream()
                    .map(s -> suggestionJson(s, curriculum(), f)).toList(), next.whyNone().isEmpty() ? null
                    : next.whyNone(), projects.suggestedProjectId().orElse(null), projects.reason());
            if (!json) {
                PrintWriter out = out();
                if (next.top().isEmpty()) {
                    out.println(next.whyNone());
                } else {
                    Suggestion top = next.top().get();
                    Optional<Resource> r = curriculum().resource(top.id());
                    out.println("Next: " + (top.project() ? "build the portfolio project " + top.title()
                            : top.title() + " (" + r.get().provider() + ", "
                            + r.get().kind().label().toLowerCase(Locale.ROOT) + ")"));
                    out.println("  " + f.line(top.reasons()));
                    r.ifPresent(x -> out.println("  " + x.url()));
                    if (!next.runnersUp().isEmpty()) {
                        out.println("Then:");
                        int i = 2;
                        for (Suggestion s : next.runnersUp()) {
                            out.println("  " + i++ + ". " + (s.project() ? "Project: " : "") + s.title() + " — "
                                    + f.line(s.reasons()));
                        }
                    }
                }
                projects.suggestedProjectId().flatMap(id -> curriculum().project(id)).ifPresent(p ->
                        out.println("Next project: " + p.title() + " — " + projects.reason()));
            }
            return doc;
        }
    }

    @Command(name = "plan", description = "The ordered, dated plan to your target role: what closes a gap and the "
            + "prerequisites it needs, at your weekly hours (and at your actual pace when there is history).")
    static final class Plan extends Base {
        @Option(names = "--weekly-hours", paramLabel = "H", description = "Plan at H hours a week (default: your "
                + "setting, else 10).")
        Double weeklyHoursOption;

        @Override
        Object run() throws Session.Refused {
            double weekly = weeklyHours(progress, weeklyHoursOption);
            Roadmap plan = planner.plan(progress, role, weekly, today());
            List<CommandJson.PlanItem> items = new ArrayList<>();
            for (PlannedItem i : plan.items()) {
                items.add(new CommandJson.PlanItem(i.id(), i.project() ? "project" : "resource", i.title(), i.stage(),
                        i.hours(), i.remainingHours(), i.remainingMin(), i.remainingMax(), i.week(),
                        i.start().toString(), i.finish().toString(), i.closes()));
            }
            CommandJson.Plan doc = new CommandJson.Plan(role.id(), weekly, plan.today().toString(), plan.totalHours(),
                    plan.totalMin(), plan.totalMax(), plan.finish().toString(), plan.earliest().toString(),
                    plan.latest().toString(), plan.paceHoursPerWeek().orElse(null),
                    plan.finishAtPace().map(LocalDate::toString).orElse(null), items, plan.unreachable());
            if (!json) {
                PrintWriter out = out();
                if (plan.items().isEmpty()) {
                    out.println("Nothing left to plan for " + role.name() + ": every target that this curriculum can "
                            + "reach is met.");
                } else {
                    long projects = plan.projectCount();
                    out.printf(Locale.ROOT, "Plan to %s at %s h/week: %d resources and %d portfolio project%s, "
                                    + "%s–%s h, finishing %s%s%n",
                            role.name(), ProgressCommands.fmt(weekly), plan.items().size() - projects, projects,
                            projects == 1 ? "" : "s", ProgressCommands.fmt(Math.round(plan.totalMin())),
                            ProgressCommands.fmt(Math.round(plan.totalMax())),
                            ReasonFormatter.monthRange(plan.earliest(), plan.latest()),
                            plan.finishAtPace().map(d -> String.format(Locale.ROOT, " (at your pace of %.1f h/week: %s)",
                                    plan.paceHoursPerWeek().orElseThrow(), d)).orElse(""));
                    out.println("  Week  Finish      Hours    Step  [moves toward the target]");
                    String stage = null;
                    for (PlannedItem i : plan.items()) {
                        if (!i.stage().equals(stage)) {
                            stage = i.stage();
                            String id = stage;
                            out.println("  -- " + curriculum().info().stages().stream().filter(x -> x.id().equals(id))
                                    .map(x -> x.name()).findFirst().orElse("Other"));
                        }
                        out.printf(Locale.ROOT, "  %4d  %s  %7s  %s%s%s%n", i.week() + 1, i.finish(),
                                ReasonFormatter.hoursRange(i.remainingMin(), i.remainingMax()),
                                i.project() ? "PROJECT: " : "", i.title(),
                                i.closes().isEmpty() ? "  [prerequisite]" : "  [" + String.join(", ", i.closes()) + "]");
                    }
                }
                plan.unreachable().forEach(out::println);
            }
            return doc;
        }
    }

    @Command(name = "gaps", description = "Your level against the role's target in every skill, weighted by "
            + "priority, and the share of the target you have met.")
    static final class Gaps extends Base {
        @Override
        Object run() {
            GapReport report = planner.gaps(progress, role);
            CareerReadiness career = planner.career(progress, role);
            List<CommandJson.Gap> gaps = new ArrayList<>();
            for (SkillGap g : report.gaps()) {
                gaps.add(new CommandJson.Gap(g.skillId(), g.skillName(), g.priority().key(), g.level(), g.target(),
                        g.gap(), g.weightedGap(), g.coveredTopics(), g.missingTopics()));
            }
            List<CommandJson.Area> areas = new ArrayList<>();
            for (CareerReadiness.Area a : career.areas()) {
                areas.add(new CommandJson.Area(a.focus().key(), a.readiness(), a.skills(), a.prepDone(), a.prepTotal()));
            }
            CommandJson.Gaps doc = new CommandJson.Gaps(role.id(), report.progress(), gaps, areas,
                    career.imbalance().orElse(null));
            if (!json) {
                PrintWriter out = out();
                out.printf(Locale.ROOT, "%s: %d%% of the target met%n", role.name(), Math.round(report.progress() * 100));
                List<SkillGap> byPriority = new ArrayList<>(report.gaps());
                byPriority.sort(java.util.Comparator.comparing(SkillGap::priority)); // Stable: catalog order within.
                for (SkillGap g : byPriority) {
                    out.printf(Locale.ROOT, "  %-9s %-62s %d / %d  %s%n", g.priority().label(), g.skillName(), g.level(),
                            g.target(), g.gap() == 0 ? "met" : "gap " + g.gap());
                    if (!g.missingTopics().isEmpty()) {
                        out.println("            missing: " + String.join(", ", g.missingTopics()));
                    }
                }
                out.println("Interview preparation, each round from the skills it tests:");
                for (CareerReadiness.Area a : career.areas()) {
                    List<String> parts = new ArrayList<>();
                    for (String skill : a.skills()) {
                        report.gaps().stream().filter(g -> g.skillId().equals(skill) && g.target() > 0).findFirst()
                                .ifPresent(g -> parts.add(curriculum().skill(skill).map(ReasonFormatter::shortName)
                                        .orElse(skill) + " " + g.level() + "/" + g.target()));
                    }
                    out.printf(Locale.ROOT, "  %-16s %3d%%  %s%n", a.focus().label(), Math.round(a.readiness() * 100),
                            String.join(", ", parts));
                }
                career.imbalance().ifPresent(out::println);
            }
            return doc;
        }
    }

    @Command(name = "projects", description = "Each portfolio project's readiness, what is missing, what it shows, "
            + "and the one to build next.")
    static final class Projects extends Base {
        @Override
        Object run() {
            ProjectAdvice advice = planner.projects(progress, role);
            List<CommandJson.ProjectFit> projects = new ArrayList<>();
            for (ProjectFit f : advice.projects()) {
                Map<String, Integer> missing = new LinkedHashMap<>();
                f.missing().forEach(x -> missing.put(x.skill(), x.level()));
                projects.add(new CommandJson.ProjectFit(f.projectId(), f.title(), f.status().key(), f.readiness(), missing,
                        f.missingResources(), f.missingHours(), f.demonstrates(), f.lifecycle(), f.hoursMin(),
                        f.hoursMax()));
            }
            CommandJson.Projects doc = new CommandJson.Projects(role.id(), advice.suggestedProjectId().orElse(null),
                    advice.reason(), advice.lifecycleCovered(), advice.lifecycleMissing(), projects);
            if (!json) {
                PrintWriter out = out();
                for (ProjectFit f : advice.projects()) {
                    out.printf(Locale.ROOT, "%s %-48s %7s h  %3d%% ready%s%n",
                            advice.suggestedProjectId().filter(f.projectId()::equals).isPresent() ? "→" : " ",
                            f.title(), ReasonFormatter.hoursRange(f.hoursMin(), f.hoursMax()),
                            Math.round(f.readiness() * 100),
                            f.ready() ? "" : " · first ~" + ProgressCommands.fmt(Math.round(f.missingHours()))
                                    + " h of: " + String.join(", ", f.missingResources()));
                }
                out.println(advice.reason());
                if (!advice.lifecycleMissing().isEmpty()) {
                    out.println("Lifecycle stages your projects do not show yet: "
                            + String.join(", ", advice.lifecycleMissing()));
                }
            }
            return doc;
        }
    }

    @Command(name = "set", description = "Save a setting: role ROLE, or weekly-hours H.")
    static final class Set extends ProgressCommands.Base {
        @Parameters(index = "0", paramLabel = "KEY", description = "role or weekly-hours")
        String key;

        @Parameters(index = "1", paramLabel = "VALUE")
        String value;

        @Override
        void run(Session s) throws Session.Refused, StoreException {
            switch (key) {
                case "role" -> {
                    Role r = role(s.curriculum(), LearnerProgress.empty(), value);
                    s.store.setSetting(Settings.TARGET_ROLE, r.id());
                    out().println("Your target role is now " + r.name() + ".");
                }
                case "weekly-hours" -> {
                    double h;
                    try {
                        h = Double.parseDouble(value);
                    } catch (NumberFormatException e) {
                        throw new Session.Refused("\"" + value + "\" is not a number of hours.");
                    }
                    h = weeklyHours(LearnerProgress.empty(), h);
                    s.store.setSetting(Settings.WEEKLY_HOURS, ProgressCommands.fmt(h));
                    out().println("You plan " + ProgressCommands.fmt(h) + " hours a week.");
                }
                default -> throw new Session.Refused("\"" + key + "\" is not a setting; use role or weekly-hours.");
            }
        }
    }
}
