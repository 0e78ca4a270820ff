package org.pathwise.ui.catalog;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

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
import org.pathwise.model.Resource;
import org.pathwise.model.Status;
import org.pathwise.ui.common.Format;
import org.pathwise.ui.common.Icons;

/** Every resource, searchable and filterable, ticked off with a check box, with details and notes. */
public final class CatalogView extends SplitPane {
    private static final Duration NOTE_DELAY = Duration.millis(600);

    private final CatalogViewModel model;
    private final CustomTextField search = new CustomTextField();
    private final List<ComboBox<String>> filterBoxes = new java.util.ArrayList<>();
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

    public CatalogView(CatalogViewModel model) {
        this.model = model;
        setId("view-catalog");
        search.setId("catalog-search");
        search.setPromptText("Search titles, providers, skills…  (Ctrl+F)");
        search.setAccessibleText("Search the catalog");
        search.setLeft(Icons.of(Material2MZ.SEARCH));
        search.textProperty().bindBidirectional(model.searchProperty());
        Button clear = new Button(null, Icons.of(Material2AL.CLEAR));
        clear.setId("catalog-search-clear");
        clear.setAccessibleText("Clear the search");
        clear.getStyleClass().add("flat");
        clear.setFocusTraversable(false);
        clear.setOnAction(e -> search.clear());
        clear.visibleProperty().bind(search.textProperty().isNotEmpty());
        search.setRight(clear);
        table.setId("catalog-table");
        count.setId("catalog-count");
        notes.setId("catalog-notes");
        notes.setPromptText("Your notes (saved as you type)");
        notes.setAccessibleText("Your notes on this resource");
        notes.setWrapText(true);
        notes.setPrefRowCount(6);
        all.setAll(model.resources());
        for (CatalogViewModel.Filter f : model.filters()) {
            filterBoxes.add(filterBox(f));
        }

        TableColumn<Resource, Resource> done = new TableColumn<>("Done");
        done.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        done.setCellFactory(c -> new DoneCell());
        done.setPrefWidth(56);
        done.setSortable(false);
        TableColumn<Resource, String> title = column("Title", r -> r.title(), 300);
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
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No resource matches the search and filters."));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> {
            if (r != null) {
                model.selectedProperty().set(r.id());
            }
            showDetails(r);
        });
        table.setOnKeyPressed(e -> {
            Resource r = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.SPACE && r != null) {
                model.toggle(r.id());
                e.consume();
            }
        });

        FlowPane filters = new FlowPane(8, 8);
        filters.getChildren().addAll(filterBoxes);
        filters.getChildren().add(count);
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
        model.beforeQuit(() -> {
            saveNote.stop();
            flushNote();
        });
        notes.textProperty().addListener((o, a, b) -> {
            if (!settingNote) {
                saveNote.playFromStart();
            }
        });
        model.selectedProperty().addListener((o, a, id) -> select(id));
        shown.predicateProperty().bind(model.predicateProperty());
        count.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(model::count,
                model.predicateProperty()));
        model.onChange(() -> {
            table.refresh();
            showDetails(table.getSelectionModel().getSelectedItem());
        });
        // A clicked column sorts; otherwise, while searching, what matches the title comes first.
        sorted.comparatorProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(
                () -> table.getComparator() != null ? table.getComparator() : model.relevance(),
                table.comparatorProperty(), search.textProperty()));
        showDetails(null);
        // Built on the first visit, perhaps after a resource was chosen elsewhere (a roadmap click): show it.
        select(model.selectedProperty().get());
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
        all.stream().filter(r -> r.id().equals(id)).findFirst().ifPresent(r -> {
            if (!shown.contains(r)) {
                model.showAll();
            }
            table.getSelectionModel().select(r);
            table.scrollTo(r);
        });
    }

    private static ComboBox<String> filterBox(CatalogViewModel.Filter f) {
        ComboBox<String> box = new ComboBox<>();
        box.setId("catalog-filter-" + f.name().toLowerCase(Locale.ROOT));
        box.getItems().add(CatalogViewModel.ANY);
        box.getItems().addAll(f.values());
        box.valueProperty().bindBidirectional(f.value());
        box.setPromptText(f.name());
        String name = f.name();
        box.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? name : name + ": " + (CatalogViewModel.ANY.equals(item) ? "any" : item));
            }
        });
        box.setAccessibleText(name + " filter");
        box.setMinWidth(javafx.scene.control.Control.USE_PREF_SIZE); // A choice never shifts its neighbours.
        return box;
    }

    private static TableColumn<Resource, String> column(String name, java.util.function.Function<Resource, String> f,
                                                        double width) {
        TableColumn<Resource, String> c = new TableColumn<>(name);
        c.setCellValueFactory(x -> new ReadOnlyObjectWrapper<>(f.apply(x.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private void flushNote() {
        if (noteFor != null) {
            model.note(noteFor, notes.getText());
        }
    }

    private void showDetails(Resource r) {
        if (r == null || !Objects.equals(noteFor, r.id())) {
            saveNote.stop();
            flushNote();
        }
        details.getChildren().clear();
        CatalogViewModel.Details d = model.details(r == null ? null : r.id()).orElse(null);
        if (d == null) {
            noteFor = null;
            details.getChildren().add(new Label("Select a resource to see its details, link and notes."));
            return;
        }
        Label title = new Label(d.title());
        title.getStyleClass().add("title-3");
        title.setWrapText(true);
        title.setId("details-title");
        Label meta = new Label(d.meta());
        meta.getStyleClass().add("muted");
        meta.setWrapText(true);
        Label summary = new Label(d.summary());
        summary.setWrapText(true);
        Hyperlink link = new Hyperlink(d.url());
        link.setId("details-link");
        link.setOnAction(e -> model.open(d.url()));
        link.setWrapText(true);

        ToggleGroup group = new ToggleGroup();
        FlowPane statusPane = new FlowPane(6, 6);
        for (Status s : Status.values()) {
            ToggleButton b = new ToggleButton(s.label(), Icons.status(s));
            b.setId("details-status-" + s.key());
            b.setToggleGroup(group);
            b.setSelected(d.status() == s);
            b.setOnAction(e -> {
                b.setSelected(true);
                model.mark(d.id(), s);
            });
            statusPane.getChildren().add(b);
        }
        VBox teaches = new VBox(2);
        d.teaches().forEach(t -> teaches.getChildren().add(wrapped(t)));
        VBox requires = new VBox(2);
        d.needs().forEach(n -> requires.getChildren().add(wrapped((n.met() ? "✓ " : "○ ") + n.text())));
        if (d.needs().isEmpty()) {
            requires.getChildren().add(new Label("None"));
        }
        Label spent = new Label(d.hours());
        spent.setWrapText(true);
        spent.setId("details-hours");
        Spinner<Double> add = new Spinner<>(0.25, 24, 1, 0.25);
        add.setEditable(true);
        add.setPrefWidth(90);
        add.setId("details-hours-add");
        add.setAccessibleText("Hours to log");
        Button log = new Button("Log hours");
        log.setId("details-log-hours");
        log.setOnAction(e -> model.logHours(d.id(), add.getValue()));

        if (!Objects.equals(noteFor, d.id()) || !notes.isFocused()) {
            settingNote = true;
            notes.setText(d.note());
            settingNote = false;
        }
        noteFor = d.id();
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
                    model.mark(r.id(), box.isSelected() ? Status.DONE : Status.NOT_STARTED);
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
                box.setSelected(model.statusOf(r.id()) == Status.DONE);
                box.setId("done-" + r.id());
                box.setAccessibleText(r.title() + " done");
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
                Status s = model.statusOf(r.id());
                setGraphic(Icons.status(s));
                setText(s.label());
            }
        }
    }
}
