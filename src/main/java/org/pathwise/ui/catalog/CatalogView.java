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
        // Tab leaves the notes, as in every other field; Ctrl+Tab does what Tab did (a tab character is rare in notes).
        notes.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown()) {
                e.consume();
                notes.fireEvent(new javafx.scene.input.KeyEvent(e.getSource(), e.getTarget(), e.getEventType(),
                        e.getCharacter(), e.getText(), e.getCode(), e.isShiftDown(), true, e.isAltDown(),
                        e.isMetaDown()));
            }
        });
        all.setAll(model.resources());
        for (CatalogViewModel.Filter f : model.filters()) {
            filterBoxes.add(filterBox(f));
        }

        // "✓" heads the tick column: a narrow header that "Done" would only show as "D…" at 1024 px.
        TableColumn<Resource, Resource> done = new TableColumn<>("✓");
        done.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        done.setCellFactory(c -> new DoneCell());
        done.setPrefWidth(48);
        done.setSortable(false);
        TableColumn<Resource, String> title = column("Title", r -> r.title(), 300);
        // The estimate as the rest of the app gives it (a range), sorted by its middle.
        TableColumn<Resource, Resource> hours = new TableColumn<>("Hours");
        hours.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        hours.setComparator(java.util.Comparator.comparingDouble(Resource::hours));
        hours.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Resource r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : org.pathwise.planner.ReasonFormatter.hoursRange(r.hoursMin(),
                        r.hoursMax()));
            }
        });
        hours.setPrefWidth(80);
        hours.setMinWidth(70);
        TableColumn<Resource, String> costCol = column("Cost", r -> r.cost().label(), 100);
        costCol.setMinWidth(92); // "free to audit" whole.
        TableColumn<Resource, Resource> statusCol = new TableColumn<>("Status");
        statusCol.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        statusCol.setCellFactory(c -> new StatusCell());
        statusCol.setPrefWidth(130);
        statusCol.setMinWidth(124); // "not started" whole, with its icon.
        done.setMinWidth(44);
        title.setMinWidth(140);
        // Provider and kind are in the details pane and the filters; the table stays readable at 1024 px.
        table.getColumns().addAll(List.of(done, title, statusCol, hours, costCol));
        // Every column fits the table at 1024 px; room beyond the minimums goes to all, the title most.
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setPlaceholder(new Label("No resource matches the search and filters."));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> {
            if (r != null) {
                model.selectedProperty().set(r.id());
                showDetails(r);
            } else {
                // A refilter can clear the selection for a moment and set it again: only a selection that
                // stays empty empties the pane (emptying it would take the focus from a note being typed).
                javafx.application.Platform.runLater(() -> {
                    if (table.getSelectionModel().getSelectedItem() == null) {
                        showDetails(null);
                    }
                });
            }
        });
        // Arriving in the table with nothing selected selects the first row, so the first Down goes to the second.
        table.focusedProperty().addListener((o, was, is) -> {
            if (is && table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
                table.getSelectionModel().select(0);
                table.getFocusModel().focus(0);
            }
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
        org.pathwise.ui.common.Shown.follow(this, model.changes(), x -> {
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

    /** Moves the keyboard focus to the table, on the selected row (a step opened from the roadmap). */
    public void focusTable() {
        whenInScene(table, () -> {
            table.requestFocus();
            int row = table.getSelectionModel().getSelectedIndex();
            if (row >= 0) {
                table.getFocusModel().focus(row);
            }
        });
    }

    /** Moves the keyboard focus to the search field (Ctrl+F). */
    public void focusSearch() {
        whenInScene(search, () -> {
            search.requestFocus();
            search.selectAll();
        });
    }

    /** Runs {@code r} now if the node is in a scene, else once it is: a split pane adds its items only with its skin. */
    private static void whenInScene(javafx.scene.Node node, Runnable r) {
        if (node.getScene() != null) {
            r.run();
            return;
        }
        node.sceneProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends javafx.scene.Scene> o,
                                javafx.scene.Scene a, javafx.scene.Scene scene) {
                if (scene != null) {
                    node.sceneProperty().removeListener(this);
                    javafx.application.Platform.runLater(r);
                }
            }
        });
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

    // The details pane is built once and filled in place: a node removed and added again would lose
    // the keyboard focus, so a note being typed or a status chosen with the keys would be cut short.
    private final Label placeholder = new Label("Select a resource to see its details, link and notes.");
    private final Label detailsTitle = new Label();
    private final Label detailsMeta = new Label();
    private final Hyperlink link = new Hyperlink();
    private final Label summary = new Label();
    private final ToggleGroup statusGroup = new ToggleGroup();
    private final java.util.Map<Status, ToggleButton> statusButtons = new java.util.EnumMap<>(Status.class);
    private final VBox teaches = new VBox(2);
    private final VBox requires = new VBox(2);
    private final Label spent = new Label();
    private final Spinner<Double> add = new Spinner<>(0.25, 24, 1, 0.25);
    private VBox detailsContent;
    private boolean fillingDetails;

    private void buildDetails() {
        placeholder.setWrapText(true);
        detailsTitle.getStyleClass().add("title-3");
        detailsTitle.setWrapText(true);
        detailsTitle.setId("details-title");
        detailsMeta.getStyleClass().add("muted");
        detailsMeta.setWrapText(true);
        summary.setWrapText(true);
        link.setId("details-link");
        link.setWrapText(true);
        link.setOnAction(e -> model.open(link.getText()));
        FlowPane statusPane = new FlowPane(6, 6);
        for (Status s : Status.values()) {
            ToggleButton b = new ToggleButton(s.label(), Icons.status(s));
            b.setId("details-status-" + s.key());
            b.setToggleGroup(statusGroup);
            b.setUserData(s);
            statusButtons.put(s, b);
            statusPane.getChildren().add(b);
        }
        // A choice by click, Space or the arrow keys is saved at once, like a radio group.
        statusGroup.selectedToggleProperty().addListener((o, was, is) -> {
            if (fillingDetails || noteFor == null) {
                return;
            }
            if (is == null) {
                was.setSelected(true); // One status is always chosen.
                return;
            }
            model.mark(noteFor, (Status) is.getUserData());
        });
        spent.setWrapText(true);
        spent.setId("details-hours");
        add.setEditable(true);
        add.setPrefWidth(90);
        add.setId("details-hours-add");
        add.setAccessibleText("Hours to log");
        Button log = new Button("Log hours");
        log.setId("details-log-hours");
        log.setOnAction(e -> {
            if (noteFor != null) {
                model.logHours(noteFor, add.getValue());
            }
        });
        Label notesLabel = new Label("Notes");
        notesLabel.setLabelFor(notes);
        detailsContent = new VBox(10, detailsTitle, detailsMeta, link, summary, new Label("Status"), statusPane,
                new Label("Teaches"), teaches, new Label("Needs first"), requires, spent, new HBox(8, add, log),
                notesLabel, notes);
        details.getChildren().setAll(placeholder, detailsContent);
    }

    private void showDetails(Resource r) {
        if (detailsContent == null) {
            buildDetails();
        }
        if (r == null || !Objects.equals(noteFor, r.id())) {
            saveNote.stop();
            flushNote();
        }
        CatalogViewModel.Details d = model.details(r == null ? null : r.id()).orElse(null);
        placeholder.setVisible(d == null);
        placeholder.setManaged(d == null);
        detailsContent.setVisible(d != null);
        detailsContent.setManaged(d != null);
        if (d == null) {
            noteFor = null;
            return;
        }
        fillingDetails = true;
        try {
            detailsTitle.setText(d.title());
            detailsMeta.setText(d.meta());
            summary.setText(d.summary());
            link.setText(d.url());
            statusButtons.get(d.status()).setSelected(true);
            teaches.getChildren().setAll(d.teaches().stream().map(CatalogView::wrapped).toList());
            requires.getChildren().setAll(d.needs().isEmpty() ? List.of(new Label("None"))
                    : d.needs().stream().map(n -> wrapped((n.met() ? "✓ " : "○ ") + n.text())).toList());
            spent.setText(d.hours());
            // The note being typed is never replaced (that would move the caret and drop its undo); another
            // resource's note, or this one's while the field is not in use, is shown as saved.
            boolean typing = Objects.equals(noteFor, d.id()) && (notes.isFocused() || saveNote.getStatus()
                    == javafx.animation.Animation.Status.RUNNING);
            if (!typing && !notes.getText().equals(d.note())) {
                settingNote = true;
                notes.setText(d.note());
                settingNote = false;
            }
            noteFor = d.id();
        } finally {
            fillingDetails = false;
        }
    }

    private static Label wrapped(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        return l;
    }

    private final class DoneCell extends TableCell<Resource, Resource> {
        private final CheckBox box = new CheckBox();

        DoneCell() {
            // One Tab stop for the whole table: Space ticks the selected row, the mouse ticks a box.
            box.setFocusTraversable(false);
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
