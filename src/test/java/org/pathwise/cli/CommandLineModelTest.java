package org.pathwise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A command builds picocli's model of itself alone; help, typos and the window get all of them. */
class CommandLineModelTest {
    private static List<String> built(String... args) {
        return List.copyOf(PathwiseCommand.commandLine(new PathwiseCommand(), args).getSubcommands().keySet());
    }

    @Test
    void aNamedCommandAloneAfterTheGlobalOptions() {
        assertEquals(List.of("next"), built("next"));
        assertEquals(List.of("mark"), built("--data-dir", "/tmp/x", "mark", "python-docs", "done"));
        assertEquals(List.of("plan"), built("--curriculum=/c", "--data-dir=/d", "plan", "--json"));
    }

    @Test
    void helpTyposAndTheWindowGetEveryCommand() {
        int all = PathwiseCommand.COMMANDS.size();
        assertEquals(all, built().size(), "no command: the window, or --help on it");
        assertEquals(all, built("--help").size());
        assertEquals(all, built("next", "--help").size(), "a command's help names its siblings in errors");
        assertEquals(all, built("help", "next").size());
        assertEquals(all, built("nxet").size(), "a typo gets did-you-mean");
        assertEquals(all, built("--data-dir", "/d", "-V").size());
    }
}
