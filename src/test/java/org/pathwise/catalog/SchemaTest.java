package org.pathwise.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The shipped JSON Schema agrees with the loader: it accepts the shipped curriculum and refuses bad files. */
class SchemaTest {
    private static final Path SCHEMAS = Path.of("curriculum", "schema").toAbsolutePath();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    private static Set<ValidationMessage> validate(String file, Path json) throws IOException {
        String name = file.replace(".json", ".schema.json");
        JsonSchema schema = FACTORY.getSchema(SchemaLocation.of(SCHEMAS.resolve(name).toUri().toString()));
        JsonNode node = JSON.readTree(json.toFile());
        return schema.validate(node);
    }

    @ParameterizedTest
    @ValueSource(strings = {"curriculum.json", "skills.json", "resources.json", "projects.json", "roles.json",
        "career.json"})
    void theShippedCurriculumFollowsTheSchema(String file) throws IOException {
        Set<ValidationMessage> errors = validate(file, Path.of("curriculum", "ml-engineer", file));
        assertEquals(Set.of(), errors.stream().map(ValidationMessage::getMessage).collect(Collectors.toSet()));
    }

    @ParameterizedTest
    @CsvSource({"unknown-property,resources.json", "level-out-of-range,roles.json", "bad-url,resources.json",
        "bad-enum,skills.json", "empty-title,resources.json", "wrong-type,resources.json"})
    void theSchemaRefusesWhatTheLoaderRefuses(String badCase, String file) throws IOException {
        Path json = Fixtures.resourceDir("bad/" + badCase).resolve(file);
        assertFalse(validate(file, json).isEmpty(), badCase + " passed the schema");
    }

    @Test
    void theMinimalFixtureFollowsTheSchema() throws IOException {
        for (String file : List.of("curriculum.json", "skills.json", "resources.json", "projects.json", "roles.json",
                "career.json")) {
            assertEquals(Set.of(), validate(file, Fixtures.resourceDir("minimal").resolve(file)), file);
        }
    }
}
