package org.pathwise.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The yardstick for start-up: an empty JavaFX window of the same size, started the same way. */
public final class BareWindow extends Application {
    public static void main(String[] args) {
        Application.launch(BareWindow.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(new Label("Bare window")), 1280, 800));
        stage.setTitle("Bare");
        StartupProbe.install(stage);
        StartupProbe.content(stage.getScene()); // Its label is its content.
        stage.show();
    }
}
