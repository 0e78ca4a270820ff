package org.pathwise.ui.catalog;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;

import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import atlantafx.base.controls.CustomTextField;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.pathwise.model.Cost;
import org.pathwise.model.LearnerProgress;
import org.pathwise.model.Requirement;
import org.pathwise.model.Resource;
import org.pathwise.model.ResourceKind;
import org.pathwise.model.ResourceProgress;
import org.pathwise.model.Skill;
import org.pathwise.model.SkillLevel;
import org.pathwise.model.Status;
import org.pathwise.ui.common.AppState;
import org.pathwise.ui.common.Format;
import org.pathwise.ui.common.Icons;
import org.pathwise.ui.common.Links;

/** Every resource, searchable and filterable, ticked off with a check box, with details and notes. */
public final class CatalogView extends SplitPane {
    private static final String ANY = "Any";
    private static final Duration NOTE_DELAY = Duration.millis(600);

    private final AppState state;
    private final Links links;
    private final CustomTextField search = new CustomTextField();
    private final ComboBox<String> skill = new ComboBox<>();
    private final ComboBox<String> kind = new ComboBox<>();
    private final ComboBox<String> cost = new ComboBox<>();
    private final ComboBox<String> status = new ComboBox<>();
    private final ComboBox<String> priority = new ComboBox<>();
    private final ObservableList<Resource> all = FXCollections.observableArrayList();
    private final FilteredList<Resource> shown = new FilteredList<>(all);
    private final javafx.collections.transformation.SortedList<Resource> sorted =
            new javafx.collections.transformation.SortedList<>(shown);
    private final TableView<Resource> table = new TableView<>(sorted);
    private final Label count = new Label();
    private final VBox details = new VBox(10);
    private final TextArea notes = new TextArea();
    private final PauseTransition saveNote = new PauseTransition(NOTE_DELAY);
    private String noteFor;
    private boolean settingNote;

    public CatalogView(AppState state, Links links) {
        this.state = state;
        this.links = links;
        setId("view-catalog");
        search.setId("catalog-search");
        search.setPromptText("Search titles, providers, skills…  (Ctrl+F)");
        search.setLeft(Icons.of(Material2MZ.SEARCH));
        Button clear = new Button(null, Icons.of(Material2AL.CLEAR));
        clear.setId("catalog-search-clear");
        clear.getStyleClass().add("flat");
        clear.setFocusTraversable(false);
        clear.setOnAction(e -> search.clear());
        clear.visibleProperty().bind(search.textProperty().isNotEmpty());
        search.setRight(clear);
        table.setId("catalog-table");
        count.setId("catalog-count");
        notes.setId("catalog-notes");
        notes.setPromptText("Your notes (saved as you type)");
        notes.setWrapText(true);
        notes.setPrefRowCount(6);
        all.setAll(state.curriculum().resources());

        setUpFilter(skill, "catalog-filter-skill", "Skill",
                state.curriculum().skills().stream().map(Skill::name).toList());
        setUpFilter(kind, "catalog-filter-kind", "Kind",
                java.util.Arrays.stream(ResourceKind.values()).map(ResourceKind::label).toList());
        setUpFilter(cost, "catalog-filter-cost", "Cost", java.util.Arrays.stream(Cost.values()).map(Cost::label).toList());
        setUpFilter(status, "catalog-filter-status", "Status",
                java.util.Arrays.stream(Status.values()).map(Status::label).toList());
        setUpFilter(priority, "catalog-filter-priority", "Priority",
                java.util.Arrays.stream(org.pathwise.model.Priority.values()).map(org.pathwise.model.Priority::label)
                        .toList());
        search.textProperty().addListener((o, a, b) -> refilter());

        TableColumn<Resource, Resource> done = new TableColumn<>("Done");
        done.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        done.setCellFactory(c -> new DoneCell());
        done.setPrefWidth(56);
        done.setSortable(false);
        TableColumn<Resource, String> title = column("Title", r -> r.title(), 300);
        TableColumn<Resource, String> provider = column("Provider", Resource::provider, 190);
        TableColumn<Resource, String> kindCol = column("Kind", r -> r.kind().label(), 100);
        TableColumn<Resource, String> hours = column("Hours", r -> Format.hours(r.hours()), 70);
        hours.setMinWidth(64);
        TableColumn<Resource, String> costCol = column("Cost", r -> r.cost().label(), 100);
        TableColumn<Resource, Resource> statusCol = new TableColumn<>("Status");
        statusCol.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        statusCol.setCellFactory(c -> new StatusCell());
        statusCol.setPrefWidth(130);
        statusCol.setMinWidth(120);
        done.setMinWidth(56);
        title.setMinWidth(200);
        // Provider and kind are in the details pane and the filters; the table stays readable at 1024 px.
        table.getColumns().addAll(List.of(done, title, statusCol, hours, costCol));
        title.setCellValueFactory(x -> new ReadOnlyObjectWrapper<>(x.getValue().title()));
        provider.setVisible(false);
        kindCol.setVisible(false);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No resource matches the search and filters."));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> {
            if (r != null) {
                state.selectedResourceProperty().set(r.id());
            }
            showDetails(r);
        });
        table.setOnKeyPressed(e -> {
            Resource r = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.SPACE && r != null) {
                toggle(r);
                e.consume();
            }
        });

        FlowPane filters = new FlowPane(8, 8, skill, priority, kind, cost, status, count);
        HBox.setHgrow(search, Priority.ALWAYS);
        VBox left = new VBox(10, search, filters, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        left.setPadding(new Insets(16));
        ScrollPane right = new ScrollPane(details);
        right.setFitToWidth(true);
        details.setPadding(new Insets(16));
        details.setId("catalog-details");
        getItems().addAll(left, right);
        setDividerPositions(0.64);

        saveNote.setOnFinished(e -> flushNote());
        state.beforeQuit(() -> {
            saveNote.stop();
            flushNote();
        });
        notes.textProperty().addListener((o, a, b) -> {
            if (!settingNote) {
                saveNote.playFromStart();
            }
        });
        state.selectedResourceProperty().addListener((o, a, id) -> select(id));
        state.viewProperty().addListener((o, a, v) -> {
            table.refresh();
            refilter();
            showDetails(table.getSelectionModel().getSelectedItem());
        });
        // A clicked column sorts; otherwise, while searching, what matches the title comes first.
        sorted.comparatorProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(
                () -> table.getComparator() != null ? table.getComparator() : relevance(), table.comparatorProperty(),
                search.textProperty()));
        refilter();
        showDetails(null);
        // Built on the first visit, perhaps after a resource was chosen elsewhere (a roadmap click): show it.
        select(state.selectedResourceProperty().get());
    }

    /** Moves the keyboard focus to the search field (Ctrl+F). */
    public void focusSearch() {
        if (search.getScene() != null) {
            search.requestFocus();
            search.selectAll();
            return;
        }
        // A split pane adds its items to the scene only once its skin exists: wait for that.
        javafx.beans.value.ChangeListener<javafx.scene.Scene> once = new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends javafx.scene.Scene> o,
                                javafx.scene.Scene a, javafx.scene.Scene scene) {
                if (scene != null) {
                    search.sceneProperty().removeListener(this);
                    javafx.application.Platform.runLater(CatalogView.this::focusSearch);
                }
            }
        };
        search.sceneProperty().addListener(once);
    }

    private void select(String id) {
        if (id == null) {
            return;
        }
        Resource selected = table.getSelectionModel().getSelectedItem();
        if (selected != null && selected.id().equals(id)) {
            return;
        }
        state.curriculum().resource(id).ifPresent(r -> {
            if (!shown.contains(r)) {
                search.clear();
                for (ComboBox<String> f : List.of(skill, kind, cost, status, priority)) {
                    f.setValue(ANY);
                }
            }
            table.getSelectionModel().select(r);
            table.scrollTo(r);
        });
    }

    private void setUpFilter(ComboBox<String> box, String id, String name, List<String> values) {
        box.setId(id);
        box.getItems().add(ANY);
        box.getItems().addAll(values);
        box.setValue(ANY);
        box.setPromptText(name);
        box.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? name : name + ": " + (ANY.equals(item) ? "any" : item));
            }
        });
        box.valueProperty().addListener((o, a, b) -> refilter());
        box.setAccessibleText(name + " filter");
        box.setMinWidth(javafx.scene.control.Control.USE_PREF_SIZE); // A choice never shifts its neighbours.
    }

    private static TableColumn<Resource, String> column(String name, java.util.function.Function<Resource, String> f,
                                                        double width) {
        TableColumn<Resource, String> c = new TableColumn<>(name);
        c.setCellValueFactory(x -> new ReadOnlyObjectWrapper<>(f.apply(x.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private LearnerProgress progress() {
        return state.current() == null ? LearnerProgress.empty() : state.current().progress();
    }

    private void refilter() {
        String q = search.getText() == null ? "" : search.getText().strip().toLowerCase(Locale.ROOT);
        Predicate<Resource> p = r -> matchesText(r, q)
                && (ANY.equals(skill.getValue()) || teaches(r, s -> s.name().equals(skill.getValue())))
                && (ANY.equals(priority.getValue()) || teaches(r, s -> s.priority().label().equals(priority.getValue())))
                && (ANY.equals(kind.getValue()) || r.kind().label().equals(kind.getValue()))
                && (ANY.equals(cost.getValue()) || r.cost().label().equals(cost.getValue()))
                && (ANY.equals(status.getValue()) || progress().statusOf(r.id()).label().equals(status.getValue()));
        shown.setPredicate(p);
        count.setText(shown.size() + " of " + all.size());
    }

    private java.util.Comparator<Resource> relevance() {
        String q = search.getText() == null ? "" : search.getText().strip().toLowerCase(Locale.ROOT);
        java.util.Map<Resource, Integer> order = new java.util.HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            order.put(all.get(i), i);
        }
        return java.util.Comparator.<Resource>comparingInt(r -> q.isEmpty() ? 0
                : r.title().toLowerCase(Locale.ROOT).startsWith(q) ? 0
                : r.title().toLowerCase(Locale.ROOT).contains(q) ? 1
                : (r.provider() + " " + r.summary()).toLowerCase(Locale.ROOT).contains(q) ? 2 : 3)
                .thenComparingInt(r -> order.getOrDefault(r, Integer.MAX_VALUE));
    }

    private boolean matchesText(Resource r, String q) {
        if (q.isEmpty()) {
            return true;
        }
        if ((r.title() + " " + r.provider() + " " + r.summary() + " " + String.join(" ", r.tags()))
                .toLowerCase(Locale.ROOT).contains(q)) {
            return true;
        }
        return teaches(r, s -> s.name().toLowerCase(Locale.ROOT).contains(q));
    }

    private boolean teaches(Resource r, Predicate<Skill> p) {
        for (org.pathwise.model.Teaching t : r.teaches()) {
            if (state.curriculum().skill(t.skill()).filter(p).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private void toggle(Resource r) {
        state.mark(r.id(), progress().statusOf(r.id()) == Status.DONE ? Status.NOT_STARTED : Status.DONE);
    }

    private void flushNote() {
        if (noteFor != null) {
            String id = noteFor;
            String text = notes.getText();
            ResourceProgress rp = progress().resources().get(id);
            if (!Objects.equals(rp == null ? "" : rp.note(), text)) {
                state.note(id, text);
            }
        }
    }

    private void showDetails(Resource r) {
        if (r == null || !Objects.equals(noteFor, r.id())) {
            saveNote.stop();
            flushNote();
        }
        details.getChildren().clear();
        if (r == null) {
            noteFor = null;
            details.getChildren().add(new Label("Select a resource to see its details, link and notes."));
            return;
        }
        LearnerProgress p = progress();
        Label title = new Label(r.title());
        title.getStyleClass().add("title-3");
        title.setWrapText(true);
        title.setId("details-title");
        Label meta = new Label(r.provider() + " · " + r.kind().label() + " · ~" + Format.hours(r.hours()) + " h · "
                + r.cost().label());
        meta.getStyleClass().add("muted");
        meta.setWrapText(true);
        Label summary = new Label(r.summary());
        summary.setWrapText(true);
        Hyperlink link = new Hyperlink(r.url());
        link.setId("details-link");
        link.setOnAction(e -> links.open(r.url()));
        link.setWrapText(true);

        ToggleGroup group = new ToggleGroup();
        HBox statusButtons = new HBox(6);
        for (Status s : Status.values()) {
            ToggleButton b = new ToggleButton(s.label(), Icons.status(s));
            b.setId("details-status-" + s.key());
            b.setToggleGroup(group);
            b.setSelected(p.statusOf(r.id()) == s);
            b.setOnAction(e -> {
                b.setSelected(true);
                state.mark(r.id(), s);
            });
            statusButtons.getChildren().add(b);
        }
        FlowPane statusPane = new FlowPane(6, 6);
        statusPane.getChildren().addAll(statusButtons.getChildren());

        VBox teaches = new VBox(2);
        for (org.pathwise.model.Teaching t : r.teaches()) {
            state.curriculum().skill(t.skill()).ifPresent(s -> teaches.getChildren().add(wrapped("• " + s.name()
                    + " → level " + t.level() + " (" + s.priority().label() + "): " + String.join(", ", t.topics()
                    .stream().map(id -> s.topics().stream().filter(x -> x.id().equals(id)).map(x -> x.name())
                    .findFirst().orElse(id)).toList()))));
        }
        VBox requires = new VBox(2);
        org.pathwise.planner.Mastery mastery = state.mastery(p);
        for (Requirement req : r.requires()) {
            String names = String.join(" or ", req.options().stream().map(id -> state.curriculum().resource(id)
                    .map(Resource::title).orElse(id)).toList());
            boolean met = req.options().stream().anyMatch(mastery::isMet);
            requires.getChildren().add(wrapped((met ? "✓ " : "○ ") + names));
        }
        if (r.requires().isEmpty()) {
            requires.getChildren().add(new Label("None"));
        }

        ResourceProgress rp = p.resources().get(r.id());
        double logged = rp == null ? 0 : rp.hours();
        Label spent = new Label(logged > 0 ? "Hours logged: " + Format.hours(logged)
                : p.statusOf(r.id()) == Status.DONE ? "No hours logged; the plan counts its estimate, ~"
                + org.pathwise.planner.ReasonFormatter.hoursRange(r.hoursMin(), r.hoursMax()) + " h"
                : "No hours logged yet");
        spent.setWrapText(true);
        spent.setId("details-hours");
        Spinner<Double> add = new Spinner<>(0.25, 24, 1, 0.25);
        add.setEditable(true);
        add.setPrefWidth(90);
        add.setId("details-hours-add");
        Button log = new Button("Log hours");
        log.setId("details-log-hours");
        log.setOnAction(e -> state.logHours(r.id(), add.getValue()));

        if (!Objects.equals(noteFor, r.id()) || !notes.isFocused()) {
            settingNote = true;
            notes.setText(rp == null ? "" : rp.note());
            settingNote = false;
        }
        noteFor = r.id();
        details.getChildren().addAll(title, meta, link, summary, new Label("Status"), statusPane,
                new Label("Teaches"), teaches, new Label("Needs first"), requires, spent, new HBox(8, add, log),
                new Label("Notes"), notes);
    }


    private static Label wrapped(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        return l;
    }

    private final class DoneCell extends TableCell<Resource, Resource> {
        private final CheckBox box = new CheckBox();

        DoneCell() {
            box.setOnAction(e -> {
                Resource r = getItem();
                if (r != null) {
                    state.mark(r.id(), box.isSelected() ? Status.DONE : Status.NOT_STARTED);
                    getTableView().requestFocus(); // The tick is the last action now: Ctrl+Z undoes it, not typing.
                    getTableView().getSelectionModel().select(r);
                }
            });
        }

        @Override
        protected void updateItem(Resource r, boolean empty) {
            super.updateItem(r, empty);
            if (empty || r == null) {
                setGraphic(null);
            } else {
                box.setSelected(progress().statusOf(r.id()) == Status.DONE);
                box.setId("done-" + r.id());
                setGraphic(box);
            }
        }
    }

    private final class StatusCell extends TableCell<Resource, Resource> {
        @Override
        protected void updateItem(Resource r, boolean empty) {
            super.updateItem(r, empty);
            if (empty || r == null) {
                setGraphic(null);
                setText(null);
            } else {
                Status s = progress().statusOf(r.id());
                setGraphic(Icons.status(s));
                setText(s.label());
            }
        }
    }

}
