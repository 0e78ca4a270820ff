package org.pathwise.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * JSON output of the commands. The mapper is made on first use: picocli builds every command
 * object at start, and a static mapper there would load Jackson databind even for the window.
 */
final class Json {
    private Json() {
    }

    private static final class Holder {
        static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }

    static String write(Object value) throws JsonProcessingException {
        return Holder.MAPPER.writeValueAsString(value);
    }
}
