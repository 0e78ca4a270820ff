package org.pathwise.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pathwise.model.LearnerProgress;
import org.pathwise.model.Status;

/**
 * A child JVM marks items in a loop and is killed with SIGKILL at a random moment, again and again
 * on the same database. After each kill, every acknowledged mark must be there and the database
 * must pass integrity_check. {@code -Dpathwise.crash.rounds=200} runs more rounds by hand.
 */
class CrashSafetyTest {
    @TempDir
    Path data;

    @Test
    void everyAcknowledgedMarkSurvivesKillMinusNine() throws Exception {
        int rounds = Integer.getInteger("pathwise.crash.rounds", 20);
        Random random = new Random(Long.getLong("pathwise.crash.seed", System.nanoTime()));
        int next = 0;
        int acknowledgedTotal = 0;
        for (int round = 0; round < rounds; round++) {
            List<Integer> acked = killDuringMarks(next, 20 + random.nextInt(400));
            LearnerProgress p;
            try (ProgressStore store = ProgressStore.open(data)) {
                assertEquals("ok", store.withConnection(c -> Sqlite.pragma(c, "integrity_check")), "round " + round);
                p = store.snapshot();
            }
            for (int i : acked) {
                assertEquals(Status.DONE, p.statusOf("item-" + i), "round " + round + ": acknowledged item-" + i
                        + " is missing");
                if (i % 3 == 0) {
                    // The child writes the note after the mark and before it acknowledges both.
                    assertEquals("note " + i, p.resources().get("item-" + i).note(), "round " + round);
                }
            }
            acknowledgedTotal += acked.size();
            next = acked.isEmpty() ? next : acked.get(acked.size() - 1) + 2;
        }
        assertTrue(acknowledgedTotal > rounds, "the child acknowledged only " + acknowledgedTotal + " marks");
        System.out.printf("crash test: %d rounds, %d acknowledged marks, all present after SIGKILL%n", rounds,
                acknowledgedTotal);
    }

    /**
     * Damage recovery killed at random moments (while the damaged file is moved aside, backups are
     * checked, the good one is copied back): the next start always has the backed-up progress, never a
     * silently empty database, and the damaged file is never lost.
     */
    @Test
    void aDamageRecoveryKilledAtAnyMomentIsFinishedAtTheNextStart() throws Exception {
        int rounds = Integer.getInteger("pathwise.crash.recovery.rounds", 12);
        Random random = new Random(Long.getLong("pathwise.crash.seed", System.nanoTime()));
        try (ProgressStore store = ProgressStore.open(data)) {
            StringBuilder note = new StringBuilder();
            for (int i = 0; i < 60; i++) {
                note.append("a note long enough to make the backups take a moment to check ");
            }
            for (int i = 0; i < 1500; i++) {
                store.mark("item-" + i, Status.DONE);
                store.note("item-" + i, note.toString());
            }
            for (int b = 0; b < 4; b++) {
                store.backupNow();
            }
        }
        Path db = data.resolve(ProgressStore.DATABASE);
        Path javaBin = Path.of(System.getProperty("java.home"), "bin", "java");
        int interrupted = 0;
        for (int round = 0; round < rounds; round++) {
            // Damage the header: SQLite no longer recognises the file.
            try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(db,
                    java.nio.file.StandardOpenOption.WRITE)) {
                ch.write(java.nio.ByteBuffer.wrap("garbage garbage garbage!".getBytes(StandardCharsets.US_ASCII)), 0);
            }
            Process child = new ProcessBuilder(javaBin.toString(), "-cp", System.getProperty("java.class.path"),
                    OpenOnce.class.getName(), data.toString()).redirectErrorStream(true).start();
            BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("STARTED", r.readLine(), "round " + round);
            Thread.sleep(random.nextInt(400));
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
            if (java.nio.file.Files.exists(data.resolve(Recovery.RECOVERING))) {
                interrupted++;
            }
            try (ProgressStore store = ProgressStore.open(data)) {
                LearnerProgress p = store.snapshot();
                assertEquals(Status.DONE, p.statusOf("item-0"), "round " + round + ": the progress is back");
                assertEquals(Status.DONE, p.statusOf("item-1499"), "round " + round);
                assertEquals("ok", store.withConnection(c -> Sqlite.pragma(c, "integrity_check")), "round " + round);
            }
            assertTrue(!java.nio.file.Files.exists(data.resolve(Recovery.RECOVERING)), "round " + round);
        }
        System.out.printf("recovery crash test: %d rounds, %d killed mid-recovery, all recovered at the next start%n",
                rounds, interrupted);
    }

    /** Starts the child, lets it run for about {@code millis} after it is ready, then kills it with SIGKILL. */
    private List<Integer> killDuringMarks(int start, int millis) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                MarkLoop.class.getName(), data.toString(), String.valueOf(start))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<Integer> acked = new ArrayList<>();
        AtomicInteger ready = new AtomicInteger();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    if (line.equals("READY")) {
                        ready.set(1);
                    } else if (line.startsWith("ACK ")) {
                        synchronized (acked) {
                            acked.add(Integer.parseInt(line.substring(4)));
                        }
                    }
                }
            } catch (java.io.IOException e) {
                // The pipe breaks when the child dies; what was read is what was acknowledged.
            }
        });
        reader.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (ready.get() == 0 && System.nanoTime() < deadline && child.isAlive()) {
            Thread.sleep(5);
        }
        assertEquals(1, ready.get(), "the child did not start");
        Thread.sleep(millis);
        child.destroyForcibly(); // SIGKILL on Linux and macOS.
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        reader.join(10_000);
        synchronized (acked) {
            return new ArrayList<>(acked);
        }
    }
}
