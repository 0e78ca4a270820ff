package org.pathwise.catalog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Reads the members of one JSON object, reporting unknown, missing and wrongly typed ones with
 * their place. Getters return null (or an empty list) after reporting, so reading goes on and
 * every problem of a file surfaces in one run.
 */
final class Fields {
    private final String file;
    private final Node.Obj obj;
    private final String what;
    private final Problems problems;
    private boolean failed;

    private Fields(String file, Node.Obj obj, String what, Problems problems, List<String> allowed) {
        this.file = file;
        this.obj = obj;
        this.what = what;
        this.problems = problems;
        for (Node.Member m : obj.members().values()) {
            if (!allowed.contains(m.key())) {
                problems.add(file, m.line(), m.column(), what + ": unknown property \"" + m.key() + "\""
                        + nearest(m.key(), allowed).map(k -> " (did you mean \"" + k + "\"?)").orElse("")
                        + "; expected one of: " + String.join(", ", new TreeSet<>(allowed)));
                failed = true;
            }
        }
    }

    /** Fields of {@code node}, or null after reporting when the node is not an object. */
    static Fields of(String file, Node node, String what, Problems problems, String... allowed) {
        if (!(node instanceof Node.Obj obj)) {
            problems.add(file, node, what + " must be an object, not " + node.describe());
            return null;
        }
        return new Fields(file, obj, what, problems, Arrays.asList(allowed));
    }

    private static Optional<String> nearest(String key, List<String> allowed) {
        return allowed.stream()
                .filter(a -> Ids.distance(key, a, 3) < 3)
                .min(java.util.Comparator.comparingInt((String a) -> Ids.distance(key, a, 3))
                        .thenComparing(a -> a));
    }

    /** True when any member of this object was reported as wrong. */
    boolean failed() {
        return failed;
    }

    String file() {
        return file;
    }

    String what() {
        return what;
    }


    /** Marks the object as wrong because a nested value was, which reported its own problem. */
    void markFailed() {
        failed = true;
    }

    Node.Obj node() {
        return obj;
    }

    Optional<Node> get(String key) {
        Node.Member m = obj.members().get(key);
        return m == null ? Optional.empty() : Optional.of(m.value());
    }

    private Node required(String key) {
        Node.Member m = obj.members().get(key);
        if (m == null) {
            problems.add(file, obj, what + ": missing \"" + key + "\"");
            failed = true;
            return null;
        }
        return m.value();
    }

    private void wrongType(String key, Node value, String expected) {
        problems.add(file, value, what + ": \"" + key + "\" must be " + expected + ", not " + value.describe());
        failed = true;
    }

    void report(Node at, String message) {
        problems.add(file, at, what + ": " + message);
        failed = true;
    }

    /** A required string that is not blank. */
    String text(String key) {
        Node value = required(key);
        return value == null ? null : asText(key, value);
    }

    /** An optional string; the fallback when absent. Present but blank is reported. */
    String optionalText(String key, String fallback) {
        Node.Member m = obj.members().get(key);
        return m == null ? fallback : asText(key, m.value());
    }

    private String asText(String key, Node value) {
        if (!(value instanceof Node.Str s)) {
            wrongType(key, value, "a string");
            return null;
        }
        if (s.value().isBlank()) {
            report(value, "\"" + key + "\" is empty");
            return null;
        }
        return s.value().strip();
    }

    /** The string node of a required member, for values checked further by the caller. */
    Node.Str stringNode(String key) {
        Node value = required(key);
        if (value == null) {
            return null;
        }
        if (!(value instanceof Node.Str s)) {
            wrongType(key, value, "a string");
            return null;
        }
        return s;
    }

    /** A required whole number. */
    Integer integer(String key) {
        Node value = required(key);
        if (value == null) {
            return null;
        }
        return asInteger(key, value);
    }

    Integer asInteger(String key, Node value) {
        if (!(value instanceof Node.Num n) || !n.integral()) {
            wrongType(key, value, "a whole number");
            return null;
        }
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, n.value()));
    }

    /** A required number. */
    Double number(String key) {
        Node value = required(key);
        if (value == null) {
            return null;
        }
        if (!(value instanceof Node.Num n)) {
            wrongType(key, value, "a number");
            return null;
        }
        return n.value();
    }

    /** The items of a list member; empty when absent and optional, or after reporting. */
    List<Node> list(String key, boolean isRequired) {
        Node value = isRequired ? required(key) : obj.members().containsKey(key)
                ? obj.members().get(key).value() : null;
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof Node.Arr arr)) {
            wrongType(key, value, "a list");
            return List.of();
        }
        return arr.items();
    }

    /** The string items of a list member, each checked to be a non-blank string. */
    List<Node.Str> stringList(String key, boolean isRequired) {
        List<Node.Str> out = new ArrayList<>();
        for (Node item : list(key, isRequired)) {
            if (item instanceof Node.Str s && !s.value().isBlank()) {
                out.add(s);
            } else if (item instanceof Node.Str) {
                report(item, "\"" + key + "\" has an empty entry");
            } else {
                report(item, "each entry of \"" + key + "\" must be a string, not " + item.describe());
            }
        }
        return out;
    }

    /** A required or optional object member; null when absent or after reporting. */
    Node.Obj object(String key, boolean isRequired) {
        Node value = isRequired ? required(key) : obj.members().containsKey(key)
                ? obj.members().get(key).value() : null;
        if (value == null) {
            return null;
        }
        if (!(value instanceof Node.Obj o)) {
            wrongType(key, value, "an object");
            return null;
        }
        return o;
    }

    /** Checks that a string is one of the allowed words; returns it or null after reporting. */
    String oneOf(String key, List<String> allowed, String fallback) {
        Node.Member m = obj.members().get(key);
        if (m == null && fallback != null) {
            return fallback;
        }
        Node.Str s = stringNode(key);
        if (s == null) {
            return null;
        }
        if (!allowed.contains(s.value())) {
            report(s, "\"" + key + "\" is \"" + s.value() + "\"; expected one of: " + String.join(", ", allowed));
            return null;
        }
        return s.value();
    }
}
