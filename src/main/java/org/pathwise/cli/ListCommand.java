package org.pathwise.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.pathwise.model.Curriculum;
import org.pathwise.model.LearnerProgress;
import org.pathwise.model.Resource;
import org.pathwise.planner.ReasonFormatter;
import org.pathwise.progress.StoreException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code pathwise list}: every resource's id, so the other commands can be given one. */
@Command(name = "list", description = "List every resource of the curriculum with its id, status, hours and "
        + "title, in catalog order; --skill and --kind narrow the list. Works while the window is open.")
final class ListCommand implements Callable<Integer> {
    @ParentCommand
    PathwiseCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--skill", paramLabel = "SKILL", description = "Only resources that teach this skill.")
    String skill;

    @Option(names = "--kind", paramLabel = "KIND", description = "Only this kind: course, book, video-series, docs, "
            + "tutorial, practice, reading.")
    String kind;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Curriculum c;
        LearnerProgress p;
        try {
            c = Session.curriculum(parent.global()).curriculum();
            if (skill != null) {
                Session.skillId(c, skill);
            }
            p = Session.readProgress(parent.global(), err);
        } catch (Session.Refused | StoreException e) {
            err.println("pathwise: " + e.getMessage());
            return ExitCodes.REFUSED;
        }
        int width = c.resources().stream().mapToInt(r -> r.id().length()).max().orElse(10);
        int shown = 0;
        for (Resource r : c.resources()) {
            if (skill != null && r.teaches().stream().noneMatch(t -> t.skill().equals(skill))) {
                continue;
            }
            if (kind != null && !r.kind().key().equals(kind.toLowerCase(Locale.ROOT))) {
                continue;
            }
            out.printf(Locale.ROOT, "%-" + width + "s  %-11s  %7s h  %s%n", r.id(), p.statusOf(r.id()).key(),
                    ReasonFormatter.hoursRange(r.hoursMin(), r.hoursMax()), r.title());
            shown++;
        }
        if (shown == 0) {
            err.println("pathwise: no resource matches.");
        }
        return ExitCodes.OK;
    }
}
