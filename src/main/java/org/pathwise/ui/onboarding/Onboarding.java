package org.pathwise.ui.onboarding;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

import org.controlsfx.control.Rating;
import org.pathwise.model.Level;
import org.pathwise.model.Role;
import org.pathwise.model.Skill;
import org.pathwise.model.SkillKind;
import org.pathwise.model.StartingPoint;
import org.pathwise.progress.Settings;
import org.pathwise.ui.common.RoleBox;
import org.pathwise.ui.common.Stars;

/**
 * The first-start dialog over {@link OnboardingViewModel}: the starting points the curriculum
 * offers, the role, the weekly hours and a star rating per skill, grouped as technical, soft and
 * interview skills. OK gives {@code true}; Escape and Later give nothing, and nothing is saved.
 */
public final class Onboarding extends Dialog<Boolean> {
    public Onboarding(OnboardingViewModel model) {
        setTitle("Welcome to Pathwise");
        setHeaderText("Three questions, and Pathwise plans your path. You can change everything later in Settings.");
        VBox content = new VBox(10);
        if (!model.startingPoints().isEmpty()) {
            content.getChildren().add(new Label("Where do you start from?"));
            ToggleGroup group = new ToggleGroup();
            for (StartingPoint p : model.startingPoints()) {
                RadioButton b = new RadioButton(p.name());
                b.setId("onboarding-" + p.id());
                b.setToggleGroup(group);
                b.setUserData(p);
                b.setWrapText(true);
                content.getChildren().add(b);
                if (!p.summary().isEmpty()) {
                    Label summary = new Label(p.summary());
                    summary.setWrapText(true);
                    summary.getStyleClass().add("muted");
                    summary.setPadding(new Insets(0, 0, 0, 26));
                    content.getChildren().add(summary);
                }
            }
            group.getToggles().stream().filter(t -> t.getUserData() == model.startingPointProperty().get()).findFirst()
                    .ifPresent(t -> t.setSelected(true));
            group.selectedToggleProperty().addListener((o, a, t) ->
                    model.startingPointProperty().set(t == null ? null : (StartingPoint) t.getUserData()));
        }
        ComboBox<Role> role = RoleBox.create("onboarding-role", model.roles());
        role.valueProperty().bindBidirectional(model.roleProperty());
        Spinner<Integer> hours = new Spinner<>();
        hours.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, (int) Settings.MAX_WEEKLY_HOURS,
                model.weeklyHoursProperty().get()));
        hours.setId("onboarding-hours");
        hours.setEditable(true);
        hours.valueProperty().addListener((o, a, h) -> {
            if (h != null) {
                model.weeklyHoursProperty().set(h);
            }
        });
        content.getChildren().addAll(new Label("Which role are you aiming for?"), role,
                new Label("How many hours a week can you learn?"), hours,
                wrapped("Optional: how well do you know these already? 0–3 stars: 1 foundations, 2 working, "
                        + "3 production. Tab to the stars, then type 0–3 or use the arrow keys."));
        for (SkillKind kind : SkillKind.values()) {
            var skills = model.skills(kind);
            if (skills.isEmpty()) {
                continue;
            }
            Label heading = new Label(switch (kind) {
                case TECHNICAL -> "Technical skills";
                case SOFT -> "Soft skills";
                case INTERVIEW -> "Interview skills";
            });
            heading.getStyleClass().add("title-4");
            GridPane grid = new GridPane();
            grid.setHgap(12);
            grid.setVgap(6);
            int row = 0;
            for (Skill s : skills) {
                Rating r = Stars.keyboard(new Rating(Level.MAX), "Your rating of " + s.name() + ", 0 to 3");
                r.setPartialRating(false);
                r.setUpdateOnHover(false);
                r.setId("onboarding-rating-" + s.id());
                var value = model.rating(s.id());
                r.setRating(value.get());
                value.addListener((o, a, b) -> r.setRating(b.intValue()));
                r.ratingProperty().addListener((o, a, b) -> value.set((int) Math.round(b.doubleValue())));
                Label name = new Label(s.name());
                name.setWrapText(true);
                name.setPrefWidth(360);
                name.setLabelFor(r);
                grid.addRow(row++, name, r);
            }
            content.getChildren().addAll(heading, grid);
        }
        content.setPadding(new Insets(10));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        getDialogPane().setContent(scroll);
        getDialogPane().getStylesheets().add(Onboarding.class.getResource("/org/pathwise/ui/pathwise.css")
                .toExternalForm());
        getDialogPane().setPrefSize(660, 660);
        ButtonType later = new ButtonType("Later", ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, later);
        getDialogPane().lookupButton(ButtonType.OK).setId("onboarding-ok");
        getDialogPane().lookupButton(later).setId("onboarding-later");
        // Escape or Later: nothing is set, and the questions come back at the next start.
        setResultConverter(b -> b == ButtonType.OK ? Boolean.TRUE : null);
        // The keyboard starts at the first question, not on OK, so Enter alone does not answer for the learner.
        // (After the dialog has put it on its default button, which it does once shown.)
        setOnShown(e -> javafx.application.Platform.runLater(() -> content.getChildren().stream()
                .filter(n -> n.isFocusTraversable()).findFirst().or(() -> java.util.Optional.of(role))
                .ifPresent(javafx.scene.Node::requestFocus)));
    }

    private static Label wrapped(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        return l;
    }
}
