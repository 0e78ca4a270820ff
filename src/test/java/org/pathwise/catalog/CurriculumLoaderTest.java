package org.pathwise.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pathwise.model.Curriculum;
import org.pathwise.model.Requirement;

/** One fixture per class of bad input; each asserts the message and the place it names. */
class CurriculumLoaderTest {
    @TempDir
    Path dir;

    private List<String> problemsOf(String badCase) {
        return Fixtures.problems(Fixtures.bad(badCase, dir));
    }

    @Test
    void minimalCurriculumLoadsWithItsAnyOfGroup() throws Exception {
        LoadedCurriculum loaded = new CurriculumLoader().load(CurriculumSource.folder(Fixtures.minimal(dir)));
        Curriculum c = loaded.curriculum();
        assertEquals(2, c.skills().size());
        assertEquals(4, c.resources().size());
        assertEquals(List.of(Requirement.anyOf(List.of("basics", "book"))), c.resource("deeper").orElseThrow().requires());
        assertEquals("builder", c.defaultRole().id());
        assertEquals(3, loaded.graph().edgeCount());
        assertEquals(List.of("readme"), c.standOut().stream().map(i -> i.id()).toList());
    }

    @Test
    void unknownPropertyIsReportedAtItsKeyWithASuggestion() {
        assertEquals(List.of(
                "resources.json:3:5: resource \"basics\": missing \"hours\"",
                "resources.json:10:7: resource \"basics\": unknown property \"hourz\" (did you mean \"hours\"?); "
                        + "expected one of: cost, endorsement, hours, id, kind, provider, requires, stage, summary, tags, teaches, title, url"),
                problemsOf("unknown-property"));
    }

    @Test
    void duplicateKeyIsReportedAtTheSecondKey() {
        assertEquals(List.of("skills.json:6:7: duplicate key \"name\" (first at line 5); the first one is used"),
                problemsOf("duplicate-key"));
    }

    @Test
    void trailingContentAfterTheDocumentIsRefused() {
        assertEquals(List.of("roles.json:6:1: unexpected content after the end of the JSON document"),
                problemsOf("trailing-content"));
    }

    @Test
    void syntaxErrorNamesItsPlaceAndHidesNoOtherFileButAddsNoNoise() {
        assertEquals(List.of("roles.json:3:22: not valid JSON: Unexpected character ('\"'): "
                + "was expecting comma to separate Object entries"), problemsOf("syntax-error"));
    }

    @Test
    void nestingDeeperThanTheLimitIsRefused() throws IOException {
        Fixtures.minimal(dir);
        String deep = "[".repeat(JsonFile.MAX_NESTING_DEPTH + 5) + "]".repeat(JsonFile.MAX_NESTING_DEPTH + 5);
        Files.writeString(dir.resolve("career.json"), "{\"salary\": " + deep + "}");
        List<String> problems = Fixtures.problems(dir);
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).matches("career\\.json:1:\\d+: values are nested more than 32 levels deep"),
                problems.get(0));
    }

    @Test
    void overlongStringIsRefused() throws IOException {
        Fixtures.minimal(dir);
        String json = Files.readString(dir.resolve("roles.json"))
                .replace("\"name\": \"Builder\"", "\"name\": \"" + "x".repeat(JsonFile.MAX_STRING_LENGTH + 1) + "\"");
        Files.writeString(dir.resolve("roles.json"), json);
        List<String> problems = Fixtures.problems(dir);
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).startsWith("roles.json:3:"), problems.get(0));
        assertTrue(problems.get(0).endsWith(": a string is longer than 20000 characters"), problems.get(0));
    }

    @Test
    void fileLargerThanTheCapIsRefusedBeforeReading() throws IOException {
        Fixtures.minimal(dir);
        long size = Files.size(dir.resolve("resources.json"));
        assertTrue(size > 1000);
        List<String> problems = Fixtures.problems(dir, new CurriculumLoader(1000));
        assertEquals(List.of("resources.json: the file is " + size + " bytes; curriculum files may be at most 1000 bytes"),
                problems);
    }

    @Test
    void duplicateIdAcrossFilesNamesTheFirstDefinition() {
        List<String> problems = problemsOf("duplicate-id");
        assertEquals("resources.json:4:13: resource \"coding\": duplicate id \"coding\"; "
                + "a skill already has it (skills.json:4)", problems.get(0));
    }

    @Test
    void missingSkillReference() {
        assertEquals(List.of("resources.json:11:29: resource \"basics\", teaches: no skill has the id \"cooking\" "
                + "(did you mean \"coding\"?)"), problemsOf("missing-skill"));
    }

    @Test
    void missingResourceReferenceInsideAnAnyOfGroup() {
        assertEquals(List.of("resources.json:32:39: resource \"deeper\", requires: no resource has the id \"basix\" "
                + "(did you mean \"basics\"?)"), problemsOf("missing-resource"));
    }

    @Test
    void missingRoleReference() {
        assertEquals(List.of("curriculum.json:6:18: defaultRole: no role has the id \"bulder\" "
                + "(did you mean \"builder\"?)"), problemsOf("missing-role"));
    }

    @Test
    void levelOutOfRange() {
        assertEquals(List.of("roles.json:3:64: role \"builder\": \"coding\" is 5; levels run from 0 (none) to 3 "
                + "(production)"), problemsOf("level-out-of-range"));
    }

    @Test
    void emptyTitle() {
        assertEquals(List.of("resources.json:5:16: resource \"basics\": \"title\" is empty"), problemsOf("empty-title"));
    }

    @Test
    void urlThatIsNotHttpOrHttps() {
        assertEquals(List.of("resources.json:8:14: resource \"basics\": \"url\" must be a web address starting with "
                + "https:// or http://, not \"javascript:alert(1)\""), problemsOf("bad-url"));
    }

    @Test
    void aCycleThatAnAnyOfGroupOpensIsAccepted() {
        // basics needs ship-it, ship-it needs deeper, deeper needs basics or book: book → deeper → ship-it → basics.
        assertEquals(List.of(), problemsOf("cycle"));
    }

    @Test
    void aCycleWithNoWayInIsRefusedNamingWhatItTraps() {
        assertEquals(List.of("resources.json:12:20: resource \"basics\": prerequisite cycle "
                + "basics → ship-it → deeper → basics with no way in; these can never become ready: basics, deeper, "
                + "ship-it"), problemsOf("trapped-cycle"));
    }

    @Test
    void aFormatOneCurriculumGetsOneMessageSayingWhatChanged() throws IOException {
        for (String f : List.of("curriculum.json", "skills.json", "resources.json", "projects.json", "roles.json",
                "career.json")) {
            Files.copy(Fixtures.resourceDir("old-format").resolve(f), dir.resolve(f));
        }
        List<String> problems = Fixtures.problems(dir);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("curriculum.json:2:13: curriculum: the curriculum is written in format 1; "
                + "this Pathwise reads format 2, in which every skill topic has a level"), problems.get(0));
        assertTrue(problems.get(0).contains("AUTHORING.md"), problems.get(0));
    }

    @Test
    void wrongType() {
        assertEquals(List.of("resources.json:10:16: resource \"basics\": \"hours\" must be a number, not a string"),
                problemsOf("wrong-type"));
    }

    @Test
    void unknownEnumValueListsTheAllowedOnes() {
        assertEquals(List.of("skills.json:3:52: skill \"coding\": \"priority\" is \"critical\"; "
                + "expected one of: essential, important, bonus"), problemsOf("bad-enum"));
    }

    @Test
    void everyProblemOfEveryFileIsReportedAtOnceInFileOrder() {
        assertEquals(List.of(
                "curriculum.json:3:9: curriculum: id \"Tiny Path\" must be lowercase letters and digits joined by "
                        + "'-' or '.', at most 64 characters",
                "skills.json:3:65: skill \"coding\": unknown property \"colour\"; expected one of: bestFreeResources, "
                        + "id, kind, name, priority, summary, topics",
                "skills.json:4:32: skill \"shipping\": \"name\" is empty",
                "resources.json:12:20: resource \"basics\": prerequisite cycle basics → basics with no way in; "
                        + "these can never become ready: basics",
                "roles.json:3:64: role \"builder\": \"coding\" is -1; levels run from 0 (none) to 3 (production)",
                "roles.json:3:68: role \"builder\", targets: no skill has the id \"sleeping\""),
                problemsOf("many-problems"));
    }

    @Test
    void missingRequiredFileIsNamed() throws IOException {
        Files.delete(Fixtures.minimal(dir).resolve("roles.json"));
        assertEquals(List.of("roles.json: the file is missing; a curriculum needs curriculum.json, skills.json, "
                + "resources.json, roles.json"), Fixtures.problems(dir));
    }

    @Test
    void optionalFilesMayBeLeftOut() throws Exception {
        Fixtures.minimal(dir);
        Files.delete(dir.resolve("projects.json"));
        Files.delete(dir.resolve("career.json"));
        Curriculum c = new CurriculumLoader().load(CurriculumSource.folder(dir)).curriculum();
        assertTrue(c.projects().isEmpty());
        assertTrue(c.career().interview().isEmpty());
    }

    @Test
    void rootThatIsNotAnObject() throws IOException {
        Fixtures.minimal(dir);
        Files.writeString(dir.resolve("skills.json"), "[1, 2]");
        assertEquals(List.of("skills.json:1:1: top level must be an object, not a list"), Fixtures.problems(dir));
    }

    @Test
    void emptyFile() throws IOException {
        Fixtures.minimal(dir);
        Files.writeString(dir.resolve("roles.json"), "");
        assertEquals(List.of("roles.json:1:1: the file is empty; expected a JSON object"), Fixtures.problems(dir));
    }

    @Test
    void curriculumInANewerFormatIsRefusedWithBothVersions() throws IOException {
        Fixtures.minimal(dir);
        Path info = dir.resolve("curriculum.json");
        Files.writeString(info, Files.readString(info).replace("\"format\": 2", "\"format\": 7"));
        assertEquals(List.of("curriculum.json:2:13: curriculum: the curriculum is written in format 7, newer than "
                + "this Pathwise reads (format 2); update Pathwise"), Fixtures.problems(dir));
    }

    @Test
    void commentsAreNotJson() throws IOException {
        Fixtures.minimal(dir);
        Files.writeString(dir.resolve("roles.json"), "// roles\n{\"roles\": []}");
        List<String> problems = Fixtures.problems(dir);
        assertEquals(1, problems.size(), problems::toString);
        assertEquals(List.of("roles.json:1:1: not valid JSON: comments are not allowed"), problems);
    }

    @Test
    void theExceptionSaysHowManyProblemsAndWhere() {
        InvalidCurriculumException e = assertThrows(InvalidCurriculumException.class,
                () -> new CurriculumLoader().load(CurriculumSource.folder(Fixtures.bad("many-problems", dir))));
        assertEquals("6 problems in " + dir.toAbsolutePath().normalize(), e.getMessage());
    }

    // ------------------------------------------------------------------ issue 10: hostile curriculum files

    @Test
    void aPipeOrADeviceIsRefusedAtOnceNeverRead() throws Exception {
        Fixtures.minimal(dir);
        Files.delete(dir.resolve("roles.json"));
        new ProcessBuilder("mkfifo", dir.resolve("roles.json").toString()).start().waitFor();
        Files.delete(dir.resolve("skills.json"));
        Files.createSymbolicLink(dir.resolve("skills.json"), Path.of("/dev/zero"));
        long start = System.nanoTime();
        List<String> problems = Fixtures.problems(dir);
        assertTrue(System.nanoTime() - start < 5_000_000_000L, "it must not wait on the pipe");
        assertTrue(problems.contains("skills.json: it is not a regular file (a device or a pipe); "
                + "a curriculum file must be a regular file"), problems.toString());
        assertTrue(problems.contains("roles.json: it is not a regular file (a device or a pipe); "
                + "a curriculum file must be a regular file"), problems.toString());
    }

    @Test
    void aFileOfEmptyRecordsIsRefusedEarlyAndProblemsAreCapped() throws Exception {
        Fixtures.minimal(dir);
        StringBuilder many = new StringBuilder("{\"resources\": [");
        for (int i = 0; i < 600_000; i++) {
            many.append(i == 0 ? "{}" : ",{}");
        }
        Files.writeString(dir.resolve("resources.json"), many.append("]}"));
        List<String> problems = Fixtures.problems(dir);
        assertTrue(problems.contains("resources.json: the file holds more than 500000 values; a "
                + "curriculum is far smaller"), problems.toString());
        // 2,000 resources each missing everything: the first 200 problems, then how many more.
        StringBuilder bad = new StringBuilder("{\"resources\": [");
        for (int i = 0; i < 2000; i++) {
            bad.append(i == 0 ? "{}" : ",{}");
        }
        Files.writeString(dir.resolve("resources.json"), bad.append("]}"));
        List<String> capped = Fixtures.problems(dir);
        assertEquals(201, capped.size());
        assertTrue(capped.get(200).matches("…: and \\d+ more problems not listed; fix these first"), capped.get(200));
    }

    @Test
    void otherEncodingsControlCharactersAndMisspelledNamesAreRefused() throws Exception {
        Fixtures.minimal(dir);
        byte[] utf8 = Files.readAllBytes(dir.resolve("roles.json"));
        Files.write(dir.resolve("roles.json"), new String(utf8, java.nio.charset.StandardCharsets.UTF_8)
                .getBytes(java.nio.charset.StandardCharsets.UTF_16));
        Files.writeString(dir.resolve("skills.json"), Files.readString(dir.resolve("skills.json"))
                .replace("\"Coding\"", "\"Co\\u001b[31mding\""));
        Files.move(dir.resolve("career.json"), dir.resolve("Career.json"));
        List<String> problems = Fixtures.problems(dir);
        assertTrue(problems.contains("roles.json: the file is in UTF-16 or UTF-32; curriculum files "
                + "must be UTF-8"), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("skills.json:") && p.contains("control character "
                + "(U+001B)")), problems.toString());
        assertTrue(problems.contains("Career.json: curriculum file names are lowercase: rename it "
                + "to career.json, or it is not read"), problems.toString());
        Files.write(dir.resolve("roles.json"), new byte[] {'{', (byte) 0xC0, (byte) 0xAF, '}'}); // overlong "/"
        assertTrue(Fixtures.problems(dir).contains("roles.json: the file is not valid UTF-8 (a "
                + "malformed or overlong byte sequence); save it as UTF-8"));
    }

    @Test
    void aPortBeyondTheRangeIsNoWebAddress() {
        assertEquals("has port 99999; ports run up to 65535", CurriculumLoader.urlProblem("https://example.org:99999/x"));
        assertEquals(null, CurriculumLoader.urlProblem("https://example.org:8443/x"));
    }
}
