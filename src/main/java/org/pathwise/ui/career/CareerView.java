package org.pathwise.ui.career;

import java.util.HashMap;
import java.util.Map;

import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.pathwise.model.CareerSection;
import org.pathwise.model.ChecklistItem;
import org.pathwise.model.InterviewStage;
import org.pathwise.model.Link;

/** Resume, job search and the interview pipeline as checklists, with readiness per round. */
public final class CareerView extends ScrollPane {
    private final CareerViewModel model;
    private final Map<String, CheckBox> checks = new HashMap<>();
    /** A row per round: name, bar, figure, the skills it rests on; columns line up whatever the figures. */
    private final javafx.scene.layout.GridPane readiness = new javafx.scene.layout.GridPane();
    private final Label imbalance = new Label();

    public CareerView(CareerViewModel model) {
        this.model = model;
        setId("view-career");
        setFitToWidth(true);
        Label title = new Label("Career");
        title.getStyleClass().add("title-2");
        imbalance.setWrapText(true);
        imbalance.setId("career-imbalance");
        imbalance.getStyleClass().add("warning-text");
        readiness.setId("career-readiness");
        VBox layout = new VBox(16, title, card("Interview readiness", readiness, imbalance));
        model.sections().forEach(s -> layout.getChildren().add(section(s)));
        layout.getChildren().add(pipeline());
        layout.setPadding(new Insets(20));
        setContent(layout);
        org.pathwise.ui.common.Shown.follow(this, model.screenProperty(), this::update);
    }

    private static VBox card(String heading, javafx.scene.Node... content) {
        Label h = new Label(heading);
        h.getStyleClass().add("title-4");
        VBox box = new VBox(8, h);
        box.getChildren().addAll(content);
        box.getStyleClass().add("card");
        return box;
    }

    private VBox section(CareerSection s) {
        VBox items = new VBox(4);
        for (ChecklistItem i : s.checklist()) {
            items.getChildren().add(check(i.id(), i.text()));
        }
        for (Link l : s.links()) {
            Hyperlink h = new Hyperlink(l.name());
            h.setOnAction(e -> model.open(l.url()));
            Label note = new Label(l.note());
            note.getStyleClass().add("muted");
            items.getChildren().add(new HBox(6, h, note));
        }
        Label summary = new Label(s.summary());
        summary.setWrapText(true);
        return card(s.title(), summary, items);
    }

    private VBox pipeline() {
        VBox stages = new VBox(10);
        for (InterviewStage st : model.pipeline()) {
            stages.getChildren().add(stage(st, 0));
            for (InterviewStage r : st.rounds()) {
                stages.getChildren().add(stage(r, 24));
            }
        }
        return card("Interview pipeline", stages);
    }

    private VBox stage(InterviewStage st, double indent) {
        Label name = new Label(st.name() + (st.length().isEmpty() ? "" : " (" + st.length() + ")"));
        name.getStyleClass().add("card-subtitle");
        Label summary = new Label(st.summary());
        summary.setWrapText(true);
        VBox box = new VBox(4, check(st.id(), "Prepared for: " + st.name()), summary);
        if (!st.prep().isEmpty()) {
            Label prep = new Label("Prepare with: " + String.join(", ", model.prepTitles(st)));
            prep.setWrapText(true);
            prep.getStyleClass().add("muted");
            box.getChildren().add(prep);
        }
        for (String q : st.sampleQuestions()) {
            Label l = new Label("“" + q + "”");
            l.setWrapText(true);
            l.getStyleClass().add("muted");
            box.getChildren().add(l);
        }
        box.getChildren().add(0, name);
        box.setPadding(new Insets(0, 0, 0, indent));
        return box;
    }

    private CheckBox check(String id, String text) {
        CheckBox c = new CheckBox(text);
        c.setWrapText(true);
        c.setId("career-check-" + id);
        c.setOnAction(e -> model.tick(id, c.isSelected()));
        checks.put(id, c);
        return c;
    }

    private void update(CareerViewModel.Screen v) {
        checks.forEach((id, c) -> c.setSelected(v.ticked().contains(id)));
        readiness.getChildren().clear();
        readiness.setHgap(12);
        readiness.setVgap(8);
        int row = 0;
        for (CareerViewModel.Round r : v.rounds()) {
            ProgressBar bar = new ProgressBar(r.readiness());
            bar.setPrefWidth(200);
            bar.setMinWidth(120);
            bar.setAccessibleText(r.name() + " readiness");
            Label name = new Label(r.name());
            name.setMinWidth(Label.USE_PREF_SIZE);
            Label from = new Label(r.skills());
            from.getStyleClass().add("muted");
            from.setWrapText(true);
            Label figure = new Label(r.figure());
            figure.setMinWidth(Label.USE_PREF_SIZE);
            readiness.addRow(row++, name, bar, figure, from);
            javafx.scene.layout.GridPane.setHgrow(from, javafx.scene.layout.Priority.ALWAYS);
        }
        imbalance.setText(v.imbalance().orElse(""));
        imbalance.setVisible(v.imbalance().isPresent());
        imbalance.setManaged(v.imbalance().isPresent());
    }
}
