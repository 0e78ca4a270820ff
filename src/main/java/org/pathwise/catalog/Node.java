package org.pathwise.catalog;

import java.util.List;
import java.util.Map;

/** A JSON value that remembers where it stood in its file, so every problem can name its place. */
sealed interface Node permits Node.Obj, Node.Arr, Node.Str, Node.Num, Node.Bool, Node.Null {

    int line();

    int column();

    /** What a learner would call this kind of value in a message: "a string", "a list" … */
    String describe();

    record Member(String key, int line, int column, Node value) {
    }

    /** An object; its map is the reader's own (insertion-ordered) and is not changed after reading. */
    record Obj(int line, int column, Map<String, Member> members) implements Node {

        @Override
        public String describe() {
            return "an object";
        }
    }

    record Arr(int line, int column, List<Node> items) implements Node {

        @Override
        public String describe() {
            return "a list";
        }
    }

    record Str(int line, int column, String value) implements Node {
        @Override
        public String describe() {
            return "a string";
        }
    }

    record Num(int line, int column, double value, boolean integral) implements Node {
        @Override
        public String describe() {
            return "a number";
        }
    }

    record Bool(int line, int column, boolean value) implements Node {
        @Override
        public String describe() {
            return value ? "true" : "false";
        }
    }

    record Null(int line, int column) implements Node {
        @Override
        public String describe() {
            return "null";
        }
    }
}
