package org.pathwise.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.pathwise.catalog.CurriculumLoader;
import org.pathwise.catalog.CurriculumSource;
import org.pathwise.catalog.InvalidCurriculumException;
import org.pathwise.catalog.LoadedCurriculum;
import org.pathwise.catalog.Problem;
import org.pathwise.model.Curriculum;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code pathwise validate [DIR]}: checks a curriculum and prints every problem or a summary. */
@Command(name = "validate",
        description = "Check a curriculum folder (the built-in curriculum when no DIR is given) and print "
                + "every problem as file:line:column: message.")
final class ValidateCommand implements Callable<Integer> {
    @ParentCommand
    PathwiseCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "DIR", description = "The curriculum folder to check.")
    Path dir;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path folder = dir != null ? dir : parent.global().curriculumFolder().orElse(null);
        CurriculumSource source;
        if (folder == null) {
            source = CurriculumSource.builtIn();
        } else if (!Files.isDirectory(folder)) {
            err.println(folder + ": " + (Files.exists(folder) ? "is not a folder" : "no such folder"));
            return ExitCodes.REFUSED;
        } else {
            source = CurriculumSource.folder(folder);
        }
        try {
            LoadedCurriculum loaded = new CurriculumLoader().load(source);
            out.println(summary(loaded));
            for (String w : loaded.warnings()) {
                out.println("warning: " + w);
            }
            return ExitCodes.OK;
        } catch (InvalidCurriculumException e) {
            for (Problem p : e.problems()) {
                out.println(p);
            }
            err.println(e.getMessage() + "; nothing was loaded.");
            return ExitCodes.REFUSED;
        }
    }

    static String summary(LoadedCurriculum loaded) {
        Curriculum c = loaded.curriculum();
        return "OK: " + c.info().title() + " " + c.info().version() + " from " + loaded.source().description() + ": "
                + c.skills().size() + " skills, " + c.resources().size() + " resources, "
                + c.projects().size() + " projects, " + c.roles().size() + " roles, "
                + loaded.graph().edgeCount() + " prerequisite edges";
    }
}
