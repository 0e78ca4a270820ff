/** Pathwise: a desktop learning-path planner for future machine-learning engineers. */
module org.pathwise {
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;
    requires java.sql;
    requires org.xerial.sqlitejdbc;
    requires org.jgrapht.core;
    requires info.picocli;
    requires javafx.controls;
    requires org.controlsfx.controls;
    requires atlantafx.base;
    requires org.kordamp.ikonli.core;
    requires org.kordamp.ikonli.javafx;
    requires org.kordamp.ikonli.material2;
    requires java.logging;

    exports org.pathwise.model;
    exports org.pathwise.catalog;
    exports org.pathwise.graph;
    exports org.pathwise.progress;

    // Jackson maps the export file's records reflectively.
    opens org.pathwise.progress to com.fasterxml.jackson.databind;

    // picocli reads the command classes' annotations and fields reflectively.
    opens org.pathwise.cli to info.picocli, com.fasterxml.jackson.databind;
    // JavaFX creates the Application subclass reflectively.
    exports org.pathwise.ui to javafx.graphics;
    opens org.pathwise.ui to javafx.graphics;
}
