package org.pathwise.ui.onboarding;

import java.util.LinkedHashMap;
import java.util.Map;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

import org.controlsfx.control.Rating;
import org.pathwise.model.Curriculum;
import org.pathwise.model.Role;
import org.pathwise.model.Skill;
import org.pathwise.model.SkillKind;
import org.pathwise.ui.common.RoleBox;

/**
 * The first start: where the learner comes from (the guide's three starting points), the target
 * role, weekly hours and an optional quick self-rating of the technical skills.
 */
public final class Onboarding extends Dialog<Onboarding.Answers> {
    /** What the learner chose. */
    public record Answers(String background, String roleId, int weeklyHours, Map<String, Integer> ratings) {
    }

    private static final Map<String, Map<String, Integer>> STARTING_POINTS = Map.of(
            "software-engineer", Map.of("python", 2, "software-engineering", 2, "data-engineering", 1),
            "data-scientist", Map.of("python", 2, "math", 2, "ml-fundamentals", 2, "data-engineering", 1,
                    "experiment-tracking", 1),
            "scratch", Map.of());

    private final Map<String, Rating> ratings = new LinkedHashMap<>();

    public Onboarding(Curriculum c) {
        setTitle("Welcome to Pathwise");
        setHeaderText("Three questions, and Pathwise plans your path. You can change everything later in Settings.");
        ToggleGroup background = new ToggleGroup();
        RadioButton se = radio("I am a software engineer", "software-engineer", background);
        RadioButton ds = radio("I am a data scientist", "data-scientist", background);
        RadioButton scratch = radio("I am starting from scratch", "scratch", background);
        scratch.setSelected(true);
        ComboBox<Role> role = RoleBox.create("onboarding-role", c.roles());
        role.setValue(c.defaultRole());
        Spinner<Integer> hours = new Spinner<>(1, 60, 10);
        hours.setId("onboarding-hours");
        hours.setEditable(true);
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        int row = 0;
        for (Skill s : c.skills()) {
            if (s.kind() != SkillKind.TECHNICAL) {
                continue;
            }
            Rating r = org.pathwise.ui.common.Stars.keyboard(new Rating(3), "Your rating, 0 to 3");
            r.setRating(0);
            r.setPartialRating(false);
            r.setId("onboarding-rating-" + s.id());
            ratings.put(s.id(), r);
            Label name = new Label(s.name());
            name.setWrapText(true);
            name.setPrefWidth(360);
            grid.addRow(row++, name, r);
        }
        background.selectedToggleProperty().addListener((o, a, t) -> {
            Map<String, Integer> preset = STARTING_POINTS.getOrDefault((String) t.getUserData(), Map.of());
            ratings.forEach((id, r) -> r.setRating(preset.getOrDefault(id, 0)));
        });
        VBox content = new VBox(10, new Label("Where do you start from?"), se, ds, scratch,
                new Label("Which role are you aiming for?"), role, new Label("How many hours a week can you learn?"),
                hours, new Label("Optional: how well do you know these already? (0–3 stars; none is fine)"), grid);
        content.setPadding(new Insets(10));
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        getDialogPane().setContent(scroll);
        getDialogPane().setPrefSize(640, 640);
        ButtonType later = new ButtonType("Later", javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, later);
        getDialogPane().lookupButton(ButtonType.OK).setId("onboarding-ok");
        getDialogPane().lookupButton(later).setId("onboarding-later");
        setResultConverter(b -> {
            if (b != ButtonType.OK) {
                return null; // Escape or Later: nothing is set, and the questions come back at the next start.
            }
            Map<String, Integer> chosen = new LinkedHashMap<>();
            ratings.forEach((id, r) -> {
                int v = (int) Math.round(r.getRating());
                if (v > 0) {
                    chosen.put(id, v);
                }
            });
            return new Answers((String) background.getSelectedToggle().getUserData(), role.getValue().id(),
                    hours.getValue(), chosen);
        });
    }

    private static RadioButton radio(String text, String key, ToggleGroup group) {
        RadioButton b = new RadioButton(text);
        b.setUserData(key);
        b.setToggleGroup(group);
        b.setId("onboarding-" + key);
        return b;
    }


}
