package org.pathwise.ui.common;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.pathwise.catalog.CurriculumLoader;
import org.pathwise.progress.ProgressStore;

/**
 * The window's state on the built-in curriculum without the JavaFX toolkit, for view-model tests:
 * a real store in a temporary folder, work on the calling thread, a fixed clock, dialogs answered
 * from a script, and every message the learner would see recorded. Registered as an extension
 * ({@code @RegisterExtension final StateFixture app = new StateFixture();}), it opens before each
 * test and closes and deletes its folder after it.
 */
public final class StateFixture implements BeforeEachCallback, AfterEachCallback {
    public Path data;
    public ProgressStore store;
    public AppState state;
    public final List<String> errors = new ArrayList<>();
    public final List<String> infos = new ArrayList<>();
    public final ScriptedDialogs dialogs = new ScriptedDialogs();
    public final List<String> opened = new ArrayList<>();
    public final Links links = new Links(opened::add);

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        data = Files.createTempDirectory("pathwise-state");
        store = ProgressStore.open(data);
        state = new AppState(new CurriculumLoader().loadBuiltIn(), store, new CurrentThreadTaskExecutor(),
                Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC));
        state.setMessages(errors::add, infos::add, null);
        state.setDialogs(dialogs);
        state.setPreferences(UiPreferences.load(data, Map.of()));
        state.show(state.compute(store.snapshot()));
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        store.close();
        try (Stream<Path> files = Files.walk(data)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        }
    }

    /** Dialogs that answer what a test queued, in order, and remember what they were asked. */
    public static final class ScriptedDialogs implements DialogService {
        public final Deque<Object> answers = new ArrayDeque<>();
        public final List<String> asked = new ArrayList<>();

        @Override
        public void info(String message) {
            asked.add("info: " + message);
        }

        @Override
        public boolean confirm(String message) {
            asked.add("confirm: " + message);
            return Boolean.TRUE.equals(answers.poll());
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> Optional<T> choose(String title, String header, List<T> options, Function<T, String> label) {
            asked.add("choose: " + title + ": " + String.join(" | ", options.stream().map(label).toList()));
            Object a = answers.poll();
            return a instanceof Integer i && i < options.size() ? Optional.of(options.get(i)) : Optional.empty();
        }

        @Override
        public Optional<Path> fileToSave(String title, String initialName, List<String[]> filters) {
            asked.add("save: " + title);
            return Optional.ofNullable((Path) answers.poll());
        }

        @Override
        public Optional<Path> fileToOpen(String title, List<String[]> filters) {
            asked.add("open: " + title);
            return Optional.ofNullable((Path) answers.poll());
        }

        @Override
        public Optional<Path> folder(String title) {
            asked.add("folder: " + title);
            return Optional.ofNullable((Path) answers.poll());
        }
    }
}
