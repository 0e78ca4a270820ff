package org.pathwise.catalog;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;

/**
 * Reads one curriculum file strictly into a located {@link Node} tree: no comments, no trailing
 * content, bounded nesting and string length. Duplicate keys are reported (the first one wins) so
 * that one slip does not hide the rest of the file's problems.
 */
final class JsonFile {
    static final int MAX_NESTING_DEPTH = 32;
    static final int MAX_STRING_LENGTH = 20_000;
    static final int MAX_NUMBER_LENGTH = 32;
    /** More values than any curriculum needs: a file of a million empty records is refused early, not parsed whole. */
    static final int MAX_VALUES = 500_000;
    private int values;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_NESTING_DEPTH)
                    .maxStringLength(MAX_STRING_LENGTH)
                    .maxNumberLength(MAX_NUMBER_LENGTH)
                    .build())
            .build();

    private final String file;
    private final Problems problems;
    private JsonParser parser;

    private JsonFile(String file, Problems problems) {
        this.file = file;
        this.problems = problems;
    }

    /** The file's root value, or empty when it is not well-formed JSON (the problem is reported). */
    static Optional<Node> parse(String file, byte[] bytes, Problems problems) {
        return new JsonFile(file, problems).parse(bytes);
    }

    private Optional<Node> parse(byte[] bytes) {
        String encoding = encodingProblem(bytes);
        if (encoding != null) {
            problems.add(file, 0, 0, encoding);
            return Optional.empty();
        }
        try (JsonParser p = FACTORY.createParser(bytes)) {
            parser = p;
            JsonToken first = p.nextToken();
            if (first == null) {
                problems.add(file, 1, 1, "the file is empty; expected a JSON object");
                return Optional.empty();
            }
            Node root = read(first);
            JsonToken trailing = p.nextToken();
            if (trailing != null) {
                JsonLocation at = p.currentTokenLocation();
                problems.add(file, at.getLineNr(), at.getColumnNr(),
                        "unexpected content after the end of the JSON document");
                return Optional.empty();
            }
            return Optional.of(root);
        } catch (TooManyValues e) {
            problems.add(file, 0, 0, "the file holds more than " + MAX_VALUES + " values; a curriculum is far smaller");
            return Optional.empty();
        } catch (StreamConstraintsException e) {
            // The start of the value that broke the limit: the reader's own place may lie past the line's end.
            JsonLocation at = parser.currentTokenLocation();
            problems.add(file, at.getLineNr(), at.getColumnNr(), constraintMessage(e));
            return Optional.empty();
        } catch (JsonParseException e) {
            JsonLocation at = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
            problems.add(file, at.getLineNr(), at.getColumnNr(), "not valid JSON: " + syntaxMessage(e));
            return Optional.empty();
        } catch (IOException e) {
            problems.add(file, 0, 0, "could not be read: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** Thrown when a file holds more values than {@link #MAX_VALUES}. */
    private static final class TooManyValues extends IOException {
        private static final long serialVersionUID = 1L;
    }

    /** Curriculum files are UTF-8, strictly: no byte-order marks of other encodings, no overlong forms. */
    private static String encodingProblem(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)) || (bytes.length >= 4 && bytes[0] == 0
                && bytes[1] == 0) || (bytes.length >= 2 && (bytes[0] == 0 || bytes[1] == 0))) {
            return "the file is in UTF-16 or UTF-32; curriculum files must be UTF-8";
        }
        try {
            java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes));
            return null;
        } catch (java.nio.charset.CharacterCodingException e) {
            return "the file is not valid UTF-8 (a malformed or overlong byte sequence); save it as UTF-8";
        }
    }

    /** A string with a control character (a terminal escape, NUL …) or half a surrogate pair is refused. */
    private String badCharacters(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c < 0x20 && c != '\n' && c != '\t' && c != '\r') || c == 0x7f || (c >= 0x80 && c < 0xa0)) {
                return String.format("a control character (U+%04X)", (int) c);
            }
            if (Character.isHighSurrogate(c) && (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1)))
                    || Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)))) {
                return "half of a surrogate pair";
            }
        }
        return null;
    }

    private Node read(JsonToken token) throws IOException {
        if (++values > MAX_VALUES) {
            throw new TooManyValues();
        }
        JsonLocation at = parser.currentTokenLocation();
        int line = at.getLineNr();
        int column = at.getColumnNr();
        switch (token) {
            case START_OBJECT: {
                Map<String, Node.Member> members = new LinkedHashMap<>();
                JsonToken t;
                while ((t = parser.nextToken()) == JsonToken.FIELD_NAME) {
                    JsonLocation keyAt = parser.currentTokenLocation();
                    String key = parser.currentName();
                    Node value = read(parser.nextToken());
                    Node.Member first = members.get(key);
                    if (first != null) {
                        problems.add(file, keyAt.getLineNr(), keyAt.getColumnNr(), "duplicate key \"" + key
                                + "\" (first at line " + first.line() + "); the first one is used");
                    } else {
                        members.put(key, new Node.Member(key, keyAt.getLineNr(), keyAt.getColumnNr(), value));
                    }
                }
                return new Node.Obj(line, column, members);
            }
            case START_ARRAY: {
                List<Node> items = new ArrayList<>();
                JsonToken t;
                while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
                    items.add(read(t));
                }
                return new Node.Arr(line, column, items);
            }
            case VALUE_STRING: {
                String text = parser.getText();
                String bad = badCharacters(text);
                if (bad != null) {
                    problems.add(file, line, column, "the string holds " + bad + "; write text without control "
                            + "characters");
                    text = "?";
                }
                return new Node.Str(line, column, text);
            }
            case VALUE_NUMBER_INT:
                return new Node.Num(line, column, parser.getDoubleValue(), true);
            case VALUE_NUMBER_FLOAT:
                return new Node.Num(line, column, parser.getDoubleValue(), false);
            case VALUE_TRUE:
                return new Node.Bool(line, column, true);
            case VALUE_FALSE:
                return new Node.Bool(line, column, false);
            case VALUE_NULL:
                return new Node.Null(line, column);
            default:
                throw new JsonParseException(parser, "unexpected " + token);
        }
    }

    private static String constraintMessage(StreamConstraintsException e) {
        String m = String.valueOf(e.getOriginalMessage());
        if (m.contains("nesting depth")) {
            return "values are nested more than " + MAX_NESTING_DEPTH + " levels deep";
        }
        if (m.contains("String value length")) {
            return "a string is longer than " + MAX_STRING_LENGTH + " characters";
        }
        if (m.contains("Number value length")) {
            return "a number is longer than " + MAX_NUMBER_LENGTH + " digits";
        }
        return "the file exceeds a size limit: " + firstLine(m);
    }

    private static String syntaxMessage(JsonParseException e) {
        if (String.valueOf(e.getOriginalMessage()).contains("ALLOW_COMMENTS")) {
            return "comments are not allowed";
        }
        return firstLine(String.valueOf(e.getOriginalMessage()))
                .replaceAll(" \\(code -?\\d+\\)", "")
                .replaceAll(": expected close marker for (\\w+).*", ": the $1 is not closed");
    }

    private static String firstLine(String message) {
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
