package org.pathwise.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.pathwise.catalog.CurriculumLoader;
import org.pathwise.catalog.LoadedCurriculum;
import org.pathwise.model.Resource;
import org.pathwise.model.Status;
import org.pathwise.progress.ProgressStore;
import org.pathwise.ui.common.AppState;
import org.pathwise.ui.common.CurrentThreadTaskExecutor;

/**
 * What a tick costs before the screen can change, on the built-in curriculum: the durable write
 * alone (the bare baseline), and the write plus everything the window recomputes (snapshot, plan,
 * next, gaps, projects, interview, target over time). Prints median and 95th percentile of 60 ticks
 * after 20 warm-up ones. Run: {@code java -cp <test classpath> org.pathwise.bench.TickMeasurement}.
 */
public final class TickMeasurement {
    private TickMeasurement() {
    }

    public static void main(String[] args) throws Exception {
        LoadedCurriculum loaded = new CurriculumLoader().loadBuiltIn();
        List<Resource> resources = loaded.curriculum().resources();
        Path bare = Files.createTempDirectory("pathwise-tick-bare");
        Path full = Files.createTempDirectory("pathwise-tick-full");
        List<Double> write = new ArrayList<>();
        try (ProgressStore store = ProgressStore.open(bare)) {
            for (int i = 0; i < 80; i++) {
                long t = System.nanoTime();
                store.mark(resources.get((i / 2) % resources.size()).id(), i % 2 == 0 ? Status.DONE : Status.NOT_STARTED);
                if (i >= 20) {
                    write.add((System.nanoTime() - t) / 1e6);
                }
            }
        }
        List<Double> tick = new ArrayList<>();
        try (ProgressStore store = ProgressStore.open(full)) {
            AppState state = new AppState(loaded, store, new CurrentThreadTaskExecutor(), Clock.systemUTC());
            state.setMessages(m -> { }, m -> { }, null);
            state.show(state.compute(store.snapshot()));
            for (int i = 0; i < 80; i++) {
                String id = resources.get((i / 2) % resources.size()).id();
                long t = System.nanoTime();
                state.mark(id, i % 2 == 0 ? Status.DONE : Status.NOT_STARTED); // Returns once the view is recomputed.
                if (i >= 20) {
                    tick.add((System.nanoTime() - t) / 1e6);
                }
            }
        }
        System.out.printf(Locale.ROOT, "durable write alone (baseline): median %.1f ms, p95 %.1f ms%n", median(write),
                p95(write));
        System.out.printf(Locale.ROOT, "tick to recomputed view:        median %.1f ms, p95 %.1f ms%n", median(tick),
                p95(tick));
        System.out.printf(Locale.ROOT, "recompute alone (difference):   median %.1f ms%n", median(tick) - median(write));
    }

    private static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        Collections.sort(s);
        return s.get(s.size() / 2);
    }

    private static double p95(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        Collections.sort(s);
        return s.get((int) Math.ceil(s.size() * 0.95) - 1);
    }
}
