package org.pathwise.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.pathwise.catalog.CurriculumLoader;
import org.pathwise.catalog.CurriculumSource;
import org.pathwise.catalog.LoadedCurriculum;

/**
 * A scripted measurement to go with the JMH benchmark: the first (cold) load in a fresh JVM, the
 * median of later loads, and the heap the loaded curriculum keeps.
 */
public final class LoadMeasurement {
    private LoadMeasurement() {
    }

    public static void main(String[] args) throws Exception {
        int resources = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path dir = SyntheticCurriculum.write(Files.createTempDirectory("pathwise-measure"), resources, 3, 42);
        CurriculumSource source = CurriculumSource.folder(dir);
        long bytes = Files.size(dir.resolve("resources.json"));

        long start = System.nanoTime();
        LoadedCurriculum first = new CurriculumLoader().load(source);
        double coldMs = (System.nanoTime() - start) / 1e6;

        double[] warm = new double[20];
        for (int i = 0; i < warm.length; i++) {
            long t = System.nanoTime();
            new CurriculumLoader().load(source);
            warm[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(warm);

        first = null;
        long before = usedAfterGc();
        LoadedCurriculum kept = new CurriculumLoader().load(source);
        long after = usedAfterGc();
        System.out.printf("curriculum: %d resources, %d prerequisite edges, resources.json %.1f MB%n",
                kept.curriculum().resources().size(), kept.graph().edgeCount(), bytes / 1e6);
        System.out.printf("load + validate, first in a fresh JVM: %.0f ms%n", coldMs);
        System.out.printf("load + validate, median of %d later loads: %.0f ms (min %.0f, max %.0f)%n",
                warm.length, warm[warm.length / 2], warm[0], warm[warm.length - 1]);
        System.out.printf("heap kept by the loaded curriculum and its graph: %.1f MB%n", (after - before) / 1e6);
        if (kept.curriculum().resources().isEmpty()) {
            throw new IllegalStateException("nothing loaded");
        }
    }

    private static long usedAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
        }
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }
}
