package org.pathwise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

/** The manual page the .deb installs documents every command the program has, and no other. */
class ManPageTest {
    @Test
    void everyCommandHasItsEntryAndNoEntryIsStale() throws Exception {
        String page = Files.readString(Path.of("packaging/linux/pathwise.1"));
        List<String> documented = new java.util.ArrayList<>();
        Matcher m = Pattern.compile("(?m)^\\.B ([a-z-]+)").matcher(page.substring(page.indexOf(".SH COMMANDS"),
                page.indexOf(".SH EXIT STATUS")));
        while (m.find()) {
            documented.add(m.group(1));
        }
        List<String> commands = List.copyOf(PathwiseCommand.commandLine(new PathwiseCommand(), new String[0])
                .getSubcommands().keySet());
        assertEquals(commands.stream().sorted().toList(), documented.stream().sorted().toList());
        assertTrue(page.contains("\"Pathwise @VERSION@\""), "the version comes from the pom at build time");
    }
}
