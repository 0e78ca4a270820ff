package org.pathwise.ui;

import java.lang.System.Logger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.InputEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.util.Duration;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.pathwise.catalog.CurriculumLoader;
import org.pathwise.catalog.CurriculumSource;
import org.pathwise.catalog.InvalidCurriculumException;
import org.pathwise.catalog.LoadedCurriculum;
import org.pathwise.catalog.Problem;
import org.pathwise.model.LearnerProgress;
import org.pathwise.progress.ProgressStore;
import org.pathwise.progress.Settings;
import org.pathwise.progress.StoreException;
import org.pathwise.ui.career.CareerView;
import org.pathwise.ui.career.CareerViewModel;
import org.pathwise.ui.catalog.CatalogView;
import org.pathwise.ui.catalog.CatalogViewModel;
import org.pathwise.ui.common.AppState;
import org.pathwise.ui.common.UiPreferences;
import org.pathwise.ui.common.Background;
import org.pathwise.ui.common.Icons;
import org.pathwise.ui.common.Links;
import org.pathwise.ui.common.Toast;
import org.pathwise.ui.next.NextView;
import org.pathwise.ui.next.NextViewModel;
import org.pathwise.ui.onboarding.Onboarding;
import org.pathwise.ui.onboarding.OnboardingViewModel;
import org.pathwise.ui.projects.ProjectsView;
import org.pathwise.ui.projects.ProjectsViewModel;
import org.pathwise.ui.roadmap.RoadmapView;
import org.pathwise.ui.roadmap.RoadmapViewModel;
import org.pathwise.ui.settings.SettingsView;
import org.pathwise.ui.settings.SettingsViewModel;
import org.pathwise.ui.skills.SkillsView;
import org.pathwise.ui.skills.SkillsViewModel;

/**
 * The Pathwise window. The first frame shows at once; the store, the curriculum and the plan are
 * loaded in the background, then the views appear. Failures are dialogs in plain words.
 */
public final class PathwiseApp extends Application {
    private static final Logger LOG = System.getLogger(PathwiseApp.class.getName());
    static final String WINDOW = "window";
    static final String ONBOARDED = AppState.ONBOARDED;
    private static volatile LaunchOptions launchOptions;

    private final LaunchOptions options;
    private final Consumer<String> browser;
    private final Background background = new Background();
    private Stage stage;
    private final BorderPane root = new BorderPane();
    private final StackPane content = new StackPane();
    private final Toast toast = new Toast();
    private final ToggleGroup nav = new ToggleGroup();
    private final Map<String, Supplier<Node>> viewFactories = new LinkedHashMap<>();
    private final Map<String, Node> views = new LinkedHashMap<>();
    /** Shortcuts, matched in a filter so that no focused control can swallow them first. */
    private final Map<KeyCombination, Runnable> shortcuts = new LinkedHashMap<>();
    private AppState state;
    private CatalogView catalog;
    private volatile ProgressStore store;
    private boolean viewsPrepared;

    /** Used by {@link Application#launch}: the options given on the command line, the system browser. */
    public PathwiseApp() {
        this(launchOptions, null);
    }

    /** For tests: explicit options and a stand-in for the browser. */
    public PathwiseApp(LaunchOptions options, Consumer<String> browser) {
        this.options = options;
        this.browser = browser;
    }

    /** Opens the window and returns when it is closed. */
    public static void open(LaunchOptions options) {
        launchOptions = options;
        Application.launch(PathwiseApp.class);
    }

    @Override
    public void start(Stage primary) {
        this.stage = primary;
        // The theme is this machine's preference: read the small file now, so the loading screen is dark too.
        String theme = "light";
        try {
            theme = UiPreferences.load(options.dataFolder(), Map.of()).theme();
        } catch (RuntimeException e) {
            LOG.log(Logger.Level.WARNING, "window preferences not read at start", e);
        }
        Application.setUserAgentStylesheet("dark".equals(theme) ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        ProgressIndicator spinner = new ProgressIndicator();
        Label loading = new Label("Loading your path…");
        VBox placeholder = new VBox(12, spinner, loading);
        placeholder.setAlignment(Pos.CENTER);
        content.getChildren().add(placeholder);
        StackPane.setAlignment(toast, Pos.BOTTOM_CENTER);
        StackPane.setMargin(toast, new Insets(0, 0, 24, 0));
        StackPane layers = new StackPane(content, toast);
        root.setCenter(layers);
        // 1280×800, or less on a smaller screen: the whole window, menu bar and all, is on the screen.
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(1280, screen.getWidth()), Math.min(800, screen.getHeight() - 30));
        scene.getStylesheets().add(PathwiseApp.class.getResource("pathwise.css").toExternalForm());
        KeyCombination undoKeys = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if ((undoKeys.match(e) || e.isShortcutDown() && (e.getCode() == KeyCode.Y || e.getCode() == KeyCode.Z))
                    && scene.getFocusOwner() instanceof javafx.scene.control.TextInputControl) {
                return; // A text field keeps its own undo and redo: they act on the typing, not on the last tick.
            }
            for (var entry : shortcuts.entrySet()) {
                if (entry.getKey().match(e)) {
                    entry.getValue().run();
                    e.consume();
                    return;
                }
            }
        });
        primary.setTitle("Pathwise");
        primary.setScene(scene);
        primary.setMinWidth(900);
        primary.setMinHeight(600);
        StartupProbe.install(primary);
        // The heavy work starts once the first frame is up, so it does not compete with it.
        StartupProbe.onceShown(primary, () -> background.run(this::load, this::loaded, this::failed));
        primary.show();
    }

    /** What the background load found: the state to show, and what to tell the learner. */
    private record Loaded(AppState state, AppState.View view, List<String> messages, String curriculumInUse) {
    }

    private Loaded load() throws StoreException {
        Path data = options.dataFolder();
        store = ProgressStore.open(data);
        List<String> messages = new ArrayList<>();
        store.notices().forEach(n -> messages.add(n.message()));
        LearnerProgress p = store.snapshot();
        CurriculumLoader loader = new CurriculumLoader();
        UiPreferences prefs = UiPreferences.load(data, p.settings());
        Optional<Path> folder = options.curriculumFolder().or(prefs::curriculumFolder);
        LoadedCurriculum loaded;
        String inUse;
        try {
            if (folder.isPresent()) {
                if (!Files.isDirectory(folder.get())) {
                    throw new InvalidCurriculumException(folder.get().toString(),
                            List.of(Problem.inFile(folder.get().toString(), "no such folder")));
                }
                loaded = loader.load(CurriculumSource.folder(folder.get()));
                inUse = "The curriculum in " + folder.get();
            } else {
                loaded = loader.loadBuiltIn();
                inUse = "Built-in";
            }
        } catch (InvalidCurriculumException e) {
            StringBuilder m = new StringBuilder("The curriculum in " + folder.orElseThrow() + " cannot be used, so the "
                    + "built-in curriculum is shown instead. Your progress is untouched.\n\n");
            e.problems().stream().limit(20).forEach(x -> m.append(x).append('\n'));
            if (e.problems().size() > 20) {
                m.append("… and ").append(e.problems().size() - 20).append(" more (pathwise validate lists all).");
            }
            messages.add(m.toString());
            try {
                loaded = loader.loadBuiltIn();
            } catch (InvalidCurriculumException impossible) {
                throw new IllegalStateException(impossible);
            }
            inUse = "Built-in (the folder " + folder.get() + " has problems)";
        }
        if (!loaded.curriculum().info().id().equals(p.settings().get(Settings.CURRICULUM_ID))
                || !loaded.curriculum().info().version().equals(p.settings().get(Settings.CURRICULUM_VERSION))) {
            store.setSetting(Settings.CURRICULUM_ID, loaded.curriculum().info().id());
            store.setSetting(Settings.CURRICULUM_VERSION, loaded.curriculum().info().version());
            p = store.snapshot();
        }
        AppState s = new AppState(loaded, store, background, Clock.systemDefaultZone());
        s.setPreferences(prefs);
        return new Loaded(s, s.compute(p), messages, inUse);
    }

    private void loaded(Loaded l) {
        state = l.state();
        state.setDialogs(new org.pathwise.ui.common.FxDialogService(stage));
        state.setMessages(m -> dialog(Alert.AlertType.ERROR, "Pathwise could not do that", m),
                m -> state.dialogs().info(m), toast);
        state.show(l.view());
        applyTheme(state.preferences().theme());
        restoreWindow(state.preferences().window().orElse(null));
        buildShell(l.curriculumInUse());
        show("next");
        StartupProbe.content(stage.getScene());
        for (String m : l.messages()) {
            dialog(Alert.AlertType.WARNING, "Please read", m);
        }
        if (!"true".equals(l.view().progress().settings().get(ONBOARDED))) {
            onboarding();
        }
        prepareViews();
    }

    /**
     * Builds the views not opened yet one step at a time while the learner is idle, and styles and
     * lays each out once, hidden, so that its first visit costs no more than a revisit.
     */
    private void prepareViews() {
        if (Boolean.getBoolean("pathwise.coldViews")) {
            return; // For measuring a first visit without preparation (packaging/measure-views.sh).
        }
        Deque<Runnable> steps = new ArrayDeque<>();
        for (String key : viewFactories.keySet()) {
            steps.add(() -> views.computeIfAbsent(key, k -> viewFactories.get(k).get()));
            steps.add(() -> warm(views.get(key)));
        }
        PauseTransition idle = new PauseTransition(Duration.millis(250));
        javafx.event.EventHandler<InputEvent> busy = e -> idle.playFromStart();
        idle.setOnFinished(e -> {
            steps.remove().run();
            if (steps.isEmpty()) {
                stage.getScene().removeEventFilter(InputEvent.ANY, busy);
                viewsPrepared = true;
            } else {
                idle.playFromStart();
            }
        });
        stage.getScene().addEventFilter(InputEvent.ANY, busy);
        idle.play();
    }

    /** Creates the skins and cells of a view that is not showing: added hidden, styled, laid out and taken away. */
    private void warm(Node view) {
        if (view.getParent() != null) {
            return;
        }
        view.setVisible(false);
        content.getChildren().add(view);
        view.applyCss();
        content.layout();
        content.getChildren().remove(view);
        view.setVisible(true);
    }

    private void failed(Throwable e) {
        String message = e instanceof StoreException.AlreadyOpen
                ? e.getMessage().replace("Close it first, or make the change there.",
                        "Switch to that window; this one closes now.")
                : e instanceof StoreException ? e.getMessage()
                : "Pathwise could not start: " + e.getMessage() + ". The log in " + options.dataFolder().resolve("logs")
                + " has the details.";
        dialog(Alert.AlertType.ERROR, e instanceof StoreException.AlreadyOpen ? "Pathwise is already open"
                : "Pathwise could not start", message);
        Platform.exit();
    }

    private void dialog(Alert.AlertType type, String header, String text) {
        Alert a = new Alert(type, "", ButtonType.OK);
        a.initOwner(stage);
        a.setTitle("Pathwise");
        a.setHeaderText(header);
        TextArea body = new TextArea(text);
        body.setEditable(false);
        body.setWrapText(true);
        body.setPrefRowCount(Math.min(14, 2 + text.split("\n").length));
        body.setId("dialog-text");
        a.getDialogPane().setContent(body);
        a.getDialogPane().setPrefWidth(620);
        a.showAndWait();
    }

    private void onboarding() {
        OnboardingViewModel model = new OnboardingViewModel(state.curriculum(), state.current() == null
                ? org.pathwise.model.LearnerProgress.empty() : state.current().progress());
        Onboarding d = new Onboarding(model);
        d.initOwner(stage);
        d.showAndWait().ifPresent(ok -> model.save(state));
    }

    private void buildShell(String curriculumInUse) {
        Links links = new Links(browser != null ? browser : url -> getHostServices().showDocument(url));
        links.onOpened(url -> toast.show("Opening " + url + " in your browser. Nothing opened?", "Copy link", () -> {
            javafx.scene.input.ClipboardContent c = new javafx.scene.input.ClipboardContent();
            c.putString(url);
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(c);
        }));
        viewFactories.put("next", () -> new NextView(new NextViewModel(state, links)));
        viewFactories.put("roadmap", () -> new RoadmapView(new RoadmapViewModel(state, () -> {
            show("catalog");
            catalog.focusTable(); // Enter on a step: the keyboard goes on in the catalog, on that row.
        })));
        viewFactories.put("catalog", () -> catalog = new CatalogView(new CatalogViewModel(state, links)));
        viewFactories.put("skills", () -> new SkillsView(new SkillsViewModel(state)));
        viewFactories.put("projects", () -> new ProjectsView(new ProjectsViewModel(state)));
        viewFactories.put("career", () -> new CareerView(new CareerViewModel(state, links)));
        viewFactories.put("settings", () -> new SettingsView(new SettingsViewModel(state, this::applyTheme,
                curriculumInUse, this::onboarding)));
        Map<String, Object[]> items = new LinkedHashMap<>();
        items.put("next", new Object[] {"Next up", Material2MZ.PLAY_CIRCLE_OUTLINE});
        items.put("roadmap", new Object[] {"Roadmap", Material2MZ.TIMELINE});
        items.put("catalog", new Object[] {"Catalog", Material2AL.LIBRARY_BOOKS});
        items.put("skills", new Object[] {"Skills", Material2AL.BAR_CHART});
        items.put("projects", new Object[] {"Projects", Material2AL.BUILD});
        items.put("career", new Object[] {"Career", Material2AL.BUSINESS_CENTER});
        items.put("settings", new Object[] {"Settings", Material2MZ.SETTINGS});
        VBox side = new VBox(4);
        side.getStyleClass().add("side-nav");
        side.setPadding(new Insets(12, 8, 12, 8));
        Label brand = new Label("Pathwise");
        brand.getStyleClass().add("brand");
        side.getChildren().add(brand);
        Menu viewMenu = new Menu("_View"); // Alt+V, like Alt+E and Alt+F below.
        // Arrow keys move the selection within the side menu: the view follows it; a click on the current one keeps it.
        nav.selectedToggleProperty().addListener((o, old, now) -> {
            if (now == null && old != null) {
                old.setSelected(true);
            } else if (now != null && now.getUserData() instanceof String key) {
                show(key);
            }
        });
        int n = 1;
        for (var e : items.entrySet()) {
            String key = e.getKey();
            ToggleButton b = new ToggleButton((String) e.getValue()[0], Icons.of((Ikon) e.getValue()[1]));
            b.setId("nav-" + key);
            b.setToggleGroup(nav);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setAlignment(Pos.CENTER_LEFT);
            b.setUserData(key);
            b.setOnAction(x -> show(key));
            side.getChildren().add(b);
            MenuItem item = new MenuItem((String) e.getValue()[0]);
            item.setOnAction(x -> show(key));
            shortcut(item, new KeyCodeCombination(KeyCode.getKeyCode(String.valueOf(n++)), KeyCombination.SHORTCUT_DOWN));
            viewMenu.getItems().add(item);
        }
        MenuItem search = new MenuItem("Search the catalog");
        search.setOnAction(x -> {
            show("catalog");
            catalog.focusSearch();
        });
        shortcut(search, new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN));
        viewMenu.getItems().addAll(new SeparatorMenuItem(), search);
        MenuItem undo = new MenuItem("Undo");
        undo.setId("menu-undo");
        undo.setOnAction(x -> state.undoLast());
        undo.disableProperty().bind(state.canUndoProperty().not());
        MenuItem redo = new MenuItem("Redo");
        redo.setOnAction(x -> state.redoLast());
        shortcut(redo, new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        shortcuts.put(new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN), state::redoLast);
        shortcut(undo, new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));
        MenuItem space = new MenuItem("Tick the selected resource (Space, in the catalog)");
        space.setDisable(true);
        Menu edit = new Menu("_Edit", null, undo, redo, space);
        MenuItem backup = new MenuItem("Back up now");
        backup.setOnAction(x -> state.backupNow());
        MenuItem quit = new MenuItem("Quit");
        quit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        quit.setOnAction(x -> stage.close());
        Menu file = new Menu("_File", null, backup, new SeparatorMenuItem(), quit);
        MenuBar bar = new MenuBar(file, edit, viewMenu);
        root.setTop(bar);
        root.setLeft(side);
    }

    /** Shows the shortcut in the menu and runs the item's action when it is pressed anywhere in the window. */
    private void shortcut(MenuItem item, KeyCombination keys) {
        item.setAccelerator(keys);
        shortcuts.put(keys, () -> item.getOnAction().handle(new javafx.event.ActionEvent()));
    }

    /** Shows a view, building it the first time it is opened. */
    void show(String key) {
        Node v = views.computeIfAbsent(key, k -> viewFactories.get(k).get());
        if (content.getChildren().size() != 1 || content.getChildren().get(0) != v) {
            content.getChildren().setAll(v);
        }
        var toggle = nav.getToggles().stream().filter(t -> key.equals(t.getUserData())).findFirst();
        toggle.filter(t -> nav.getSelectedToggle() != t).ifPresent(nav::selectToggle);
        // A shortcut or a menu leaves the keyboard on this view's menu item, not on a button of the page
        // (where Enter would tick something), on the toast, or on the menu item of the view before.
        if (toggle.isPresent() && toggle.get() instanceof Node n) {
            n.requestFocus();
        }
    }

    private void applyTheme(String theme) {
        Application.setUserAgentStylesheet("dark".equals(theme) ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        root.getStyleClass().removeAll("theme-dark", "theme-light");
        root.getStyleClass().add("dark".equals(theme) ? "theme-dark" : "theme-light");
    }

    /** Puts the window where it was, if that place is still on a screen. */
    private void restoreWindow(String saved) {
        if (saved == null) {
            return;
        }
        try {
            String[] p = saved.split(",");
            double x = Double.parseDouble(p[0]);
            double y = Double.parseDouble(p[1]);
            double w = Double.parseDouble(p[2]);
            double h = Double.parseDouble(p[3]);
            boolean max = Boolean.parseBoolean(p[4]);
            var screens = Screen.getScreensForRectangle(new Rectangle2D(x, y, Math.max(1, w), Math.max(1, h)));
            Rectangle2D bounds = (screens.isEmpty() ? Screen.getPrimary() : screens.get(0)).getVisualBounds();
            // Never larger than the screen it opens on (a size saved on a bigger screen is cut down to fit).
            double width = Math.min(Math.max(900, w), bounds.getWidth());
            double height = Math.min(Math.max(600, h), bounds.getHeight());
            stage.setWidth(width);
            stage.setHeight(height);
            if (!screens.isEmpty()) {
                stage.setX(Math.max(bounds.getMinX(), Math.min(x, bounds.getMaxX() - width)));
                stage.setY(Math.max(bounds.getMinY(), Math.min(y, bounds.getMaxY() - height)));
            } else {
                stage.centerOnScreen();
            }
            stage.setMaximized(max);
        } catch (RuntimeException e) {
            LOG.log(Logger.Level.WARNING, "ignoring saved window place " + saved, e);
        }
    }

    private String windowPlace() {
        return stage.getX() + "," + stage.getY() + "," + stage.getWidth() + "," + stage.getHeight() + ","
                + stage.isMaximized();
    }

    /** For tests: the view model once loaded. */
    AppState state() {
        return state;
    }

    /** For tests: true once every view is built and styled, on the JavaFX thread. */
    boolean viewsPrepared() {
        return viewsPrepared;
    }

    Background background() {
        return background;
    }

    Stage stageForTests() {
        return stage;
    }

    @Override
    public void stop() {
        ProgressStore s = store;
        String place = stage != null && stage.getWidth() > 0 ? windowPlace() : null;
        if (state != null) {
            state.flushBeforeQuit(); // A note typed a moment ago is queued now...
        }
        if (!background.shutdownAndWait(java.time.Duration.ofSeconds(20))) { // ...and written before the store closes.
            LOG.log(Logger.Level.ERROR, "background work did not finish within 20 s of quitting");
        }
        if (s != null) {
            try {
                if (place != null && state != null) {
                    state.preferences().set(UiPreferences.WINDOW, place);
                    state.preferences().save();
                }
                s.close();
            } catch (StoreException e) {
                LOG.log(Logger.Level.ERROR, "closing the progress store failed", e);
            }
        }
    }

}
