/** Pathwise: a desktop learning-path planner for future machine-learning engineers. */
module org.pathwise {
    requires com.fasterxml.jackson.core;
    requires org.jgrapht.core;
    requires info.picocli;
    requires javafx.controls;
    requires java.logging;

    exports org.pathwise.model;
    exports org.pathwise.catalog;
    exports org.pathwise.graph;

    // picocli reads the command classes' annotations and fields reflectively.
    opens org.pathwise.cli to info.picocli;
    // JavaFX creates the Application subclass reflectively.
    exports org.pathwise.ui to javafx.graphics;
}
