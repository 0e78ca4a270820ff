package org.pathwise.ui.projects;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.pathwise.model.ChecklistItem;
import org.pathwise.model.Project;
import org.pathwise.model.ProjectStatus;

/** The portfolio projects as cards: readiness, what is missing, the checklists, evidence and status. */
public final class ProjectsView extends ScrollPane {
    private final ProjectsViewModel model;
    private final VBox cards = new VBox(16);
    private final Label advice = new Label();
    private final Map<String, Card> byId = new HashMap<>();

    public ProjectsView(ProjectsViewModel model) {
        this.model = model;
        setId("view-projects");
        setFitToWidth(true);
        Label title = new Label("Portfolio projects");
        title.getStyleClass().add("title-2");
        advice.setWrapText(true);
        advice.setId("projects-advice");
        for (Project p : model.projects()) {
            Card c = new Card(p);
            byId.put(p.id(), c);
            cards.getChildren().add(c);
        }
        VBox layout = new VBox(14, title, advice, cards);
        layout.setPadding(new Insets(20));
        setContent(layout);
        org.pathwise.ui.common.Shown.follow(this, model.screenProperty(), this::update);
    }

    private void update(ProjectsViewModel.Screen v) {
        advice.setText(v.advice());
        for (ProjectsViewModel.Card c : v.cards()) {
            byId.get(c.projectId()).update(c);
        }
        // The suggested project comes first; the others keep the curriculum's order.
        List<Card> order = v.cards().stream().map(c -> byId.get(c.projectId())).toList();
        if (!cards.getChildren().equals(order)) {
            cards.getChildren().setAll(order);
        }
    }

    private final class Card extends VBox {
        private final Project project;
        private final Label title = new Label();
        private final ProgressBar readiness = new ProgressBar();
        private final Label readinessText = new Label();
        private final Label missing = new Label();
        private final ComboBox<ProjectStatus> status = new ComboBox<>();
        private final Map<String, CheckBox> checks = new HashMap<>();
        private final TextField repo = new TextField();
        private final TextField demo = new TextField();
        private final TextField impact = new TextField();
        private final TextField notes = new TextField();
        private boolean updating;
        /** Evidence typed and not yet saved: it is saved 0.6 s after typing stops, before any other change, and at quit. */
        private boolean evidenceDirty;
        private final javafx.animation.PauseTransition saveEvidence = new javafx.animation.PauseTransition(
                javafx.util.Duration.millis(600));

        private void flushEvidence() {
            saveEvidence.stop();
            if (evidenceDirty) {
                evidenceDirty = false;
                model.saveEvidence(project.id(), new ProjectsViewModel.Evidence(repo.getText(), demo.getText(),
                        notes.getText(), impact.getText()));
            }
        }

        Card(Project p) {
            super(8);
            this.project = p;
            setId("project-" + p.id());
            getStyleClass().add("card");
            title.getStyleClass().add("title-4");
            title.setWrapText(true);
            Label summary = new Label(p.summary());
            summary.setWrapText(true);
            Label tools = new Label("Tools: " + String.join(", ", p.tools()) + " · Shows: "
                    + String.join(", ", p.lifecycle()));
            tools.getStyleClass().add("muted");
            tools.setWrapText(true);
            readiness.setPrefWidth(220);
            missing.setWrapText(true);
            status.getItems().setAll(ProjectStatus.values());
            javafx.util.Callback<javafx.scene.control.ListView<ProjectStatus>, javafx.scene.control.ListCell<ProjectStatus>>
                    cells = l -> new javafx.scene.control.ListCell<>() {
                        @Override
                        protected void updateItem(ProjectStatus s, boolean empty) {
                            super.updateItem(s, empty);
                            setText(empty || s == null ? null : s.key().replace('-', ' '));
                        }
                    };
            status.setCellFactory(cells);
            status.setButtonCell(cells.call(null));
            status.setId("project-status-" + p.id());
            status.valueProperty().addListener((o, a, s) -> {
                if (!updating && s != null) {
                    flushEvidence();
                    model.setStatus(p.id(), s);
                }
            });
            VBox steps = new VBox(4);
            for (ChecklistItem i : p.checklist()) {
                steps.getChildren().add(check(i));
            }
            VBox standOut = new VBox(4);
            for (ChecklistItem i : model.standOut()) {
                standOut.getChildren().add(check(i));
            }
            repo.setPromptText("https://github.com/you/project");
            demo.setPromptText("Live demo address");
            impact.setPromptText("Impact figures for the resume bullet: p95 latency, accuracy, cost…");
            notes.setPromptText("Notes");
            GridPane evidence = new GridPane();
            evidence.setHgap(8);
            evidence.setVgap(6);
            evidence.addRow(0, new Label("Repository"), repo);
            evidence.addRow(1, new Label("Demo"), demo);
            evidence.addRow(2, new Label("Impact"), impact);
            evidence.addRow(3, new Label("Notes"), notes);
            javafx.scene.layout.GridPane.setHgrow(repo, javafx.scene.layout.Priority.ALWAYS);
            saveEvidence.setOnFinished(e -> flushEvidence());
            repo.setId("project-repo-" + p.id());
            demo.setId("project-demo-" + p.id());
            impact.setId("project-impact-" + p.id());
            notes.setId("project-notes-" + p.id());
            for (TextField field : java.util.List.of(repo, demo, impact, notes)) {
                field.textProperty().addListener((o, a, b) -> {
                    if (!updating) {
                        evidenceDirty = true;
                        saveEvidence.playFromStart();
                    }
                });
                field.focusedProperty().addListener((o, was, is) -> {
                    if (!is) {
                        flushEvidence();
                    }
                });
            }
            model.beforeQuit(this::flushEvidence);
            Label saved = new Label("Evidence is saved as you type.");
            saved.getStyleClass().add("muted");
            getChildren().addAll(title, summary, tools, new HBox(10, readiness, readinessText, new Label("Status"), status),
                    missing, new Label("Steps"), steps, new Label("What makes it stand out"), standOut, evidence, saved);
        }

        private CheckBox check(ChecklistItem i) {
            CheckBox c = new CheckBox(i.text());
            c.setWrapText(true);
            c.setId("project-check-" + project.id() + "-" + i.id());
            c.setOnAction(e -> {
                flushEvidence();
                model.tick(project.id(), i.id(), c.isSelected()); // Ticking a first step starts the project.
            });
            checks.put(i.id(), c);
            return c;
        }

        void update(ProjectsViewModel.Card c) {
            updating = true;
            try {
                title.setText(c.title());
                readiness.setProgress(c.readiness());
                readinessText.setText(c.readinessText());
                missing.setText(c.missing());
                status.setValue(c.status());
                checks.forEach((id, box) -> box.setSelected(c.ticked().contains(id)));
                if (!evidenceDirty) { // Never overwrite what the learner is typing.
                    setIfIdle(repo, c.evidence().repository());
                    setIfIdle(demo, c.evidence().demo());
                    setIfIdle(impact, c.evidence().impact());
                    setIfIdle(notes, c.evidence().notes());
                }
            } finally {
                updating = false;
            }
        }

        private void setIfIdle(TextField field, String value) {
            if (!field.isFocused()) {
                field.setText(value);
            }
        }
    }
}
