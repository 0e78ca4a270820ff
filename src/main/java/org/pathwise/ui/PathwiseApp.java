package org.pathwise.ui;

import java.lang.System.Logger;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javafx.application.Application;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import org.pathwise.catalog.CurriculumLoader;
import org.pathwise.catalog.InvalidCurriculumException;
import org.pathwise.catalog.LoadedCurriculum;
import org.pathwise.catalog.Problem;
import org.pathwise.cli.GlobalOptions;
import org.pathwise.model.Curriculum;
import org.pathwise.model.LearnerProgress;
import org.pathwise.model.Status;
import org.pathwise.progress.Notice;
import org.pathwise.progress.ProgressStore;
import org.pathwise.progress.StoreException;
import org.pathwise.model.Priority;
import org.pathwise.model.Skill;

/** The Pathwise window. For now it loads the curriculum in the background and shows what it holds. */
public final class PathwiseApp extends Application {
    private static final Logger LOG = System.getLogger(PathwiseApp.class.getName());
    private static volatile GlobalOptions options = new GlobalOptions();

    private volatile ProgressStore store;

    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "pathwise-background");
        t.setDaemon(true);
        return t;
    });

    /** Opens the window and returns when it is closed. */
    public static void open(GlobalOptions globalOptions) {
        options = globalOptions;
        Application.launch(PathwiseApp.class);
    }

    @Override
    public void start(Stage stage) {
        Label heading = new Label("Loading the curriculum…");
        heading.setId("heading");
        heading.setStyle("-fx-font-size: 20px; -fx-font-weight: bold;");
        Label detail = new Label();
        detail.setId("detail");
        detail.setWrapText(true);
        ListView<String> items = new ListView<>();
        items.setId("items");
        VBox top = new VBox(6, heading, detail);
        top.setPadding(new Insets(16, 16, 8, 16));
        BorderPane root = new BorderPane(new ProgressIndicator(), top, null, null, null);
        BorderPane.setMargin(items, new Insets(0, 16, 16, 16));

        Task<Shown> load = new Task<>() {
            @Override
            protected Shown call() throws Exception {
                return loadCurriculum();
            }
        };
        load.setOnSucceeded(e -> {
            Shown shown = load.getValue();
            heading.setText(shown.heading());
            detail.setText(shown.detail());
            items.getItems().setAll(shown.lines());
            root.setCenter(items);
        });
        load.setOnFailed(e -> {
            LOG.log(Logger.Level.ERROR, "loading the curriculum failed", load.getException());
            heading.setText("Pathwise could not load its curriculum");
            detail.setText("The log file in the data folder has the details.");
            root.setCenter(null);
        });
        background.submit(load);

        stage.setTitle("Pathwise");
        stage.setScene(new Scene(root, 1024, 700));
        stage.show();
    }

    @Override
    public void stop() {
        background.shutdownNow();
        ProgressStore s = store;
        if (s != null) {
            try {
                s.close();
            } catch (StoreException e) {
                LOG.log(Logger.Level.ERROR, "closing the progress store failed", e);
            }
        }
    }

    private record Shown(String heading, String detail, List<String> lines) {
    }

    private Shown loadCurriculum() throws InvalidCurriculumException {
        CurriculumLoader loader = new CurriculumLoader();
        String warning = "";
        LoadedCurriculum loaded;
        if (options.curriculumFolder().isPresent()) {
            try {
                loaded = loader.load(options.curriculumSource());
            } catch (InvalidCurriculumException e) {
                LOG.log(Logger.Level.WARNING, e.getMessage() + ": " + e.problems());
                warning = e.getMessage() + ", so the built-in curriculum is shown instead. First problem: "
                        + e.problems().stream().findFirst().map(Problem::toString).orElse("") + "\n";
                loaded = loader.loadBuiltIn();
            }
        } else {
            loaded = loader.loadBuiltIn();
        }
        Curriculum c = loaded.curriculum();
        List<String> lines = new java.util.ArrayList<>();
        for (Priority p : Priority.values()) {
            for (Skill s : c.skills()) {
                if (s.priority() == p) {
                    lines.add(p.label() + " · " + s.name() + " · " + s.topics().size() + " topics");
                }
            }
        }
        String progress;
        try {
            store = ProgressStore.open(options.dataFolder());
            LearnerProgress p = store.snapshot();
            long done = c.resources().stream().filter(r -> p.statusOf(r.id()) == Status.DONE).count();
            progress = "\n" + done + " of " + c.resources().size() + " resources done. Progress: "
                    + store.databaseFile();
            for (Notice n : store.notices()) {
                progress += "\n" + n.message();
            }
        } catch (StoreException e) {
            LOG.log(Logger.Level.WARNING, "progress store not opened", e);
            progress = "\n" + e.getMessage();
        }
        String detail = warning + c.skills().size() + " skills, " + c.resources().size() + " resources, "
                + c.projects().size() + " portfolio projects, " + c.roles().size() + " target roles, "
                + loaded.graph().edgeCount() + " prerequisite links." + progress;
        return new Shown(c.info().title(), detail, lines);
    }
}
