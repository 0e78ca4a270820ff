package org.pathwise.progress;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.pathwise.model.Status;

/**
 * A durable {@code mark} (through the database thread, with its history row) against the floor:
 * a bare single-row INSERT and COMMIT on a connection with the same pragmas, in the same run.
 * Read the p0.50 lines.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class MarkLatencyBenchmark {
    private ProgressStore store;
    private Connection bare;
    private PreparedStatement insert;
    private long counter;

    @Setup
    public void open() throws Exception {
        Path root = Files.createDirectories(Path.of("target", "bench-db")).toAbsolutePath();
        Path dir = Files.createTempDirectory(root, "mark");
        store = ProgressStore.open(dir.resolve("store"));
        Files.createDirectories(dir.resolve("bare"));
        bare = Sqlite.openForWriting(dir.resolve("bare").resolve("bare.db"));
        try (Statement s = bare.createStatement()) {
            s.execute("CREATE TABLE t (id TEXT PRIMARY KEY, status TEXT NOT NULL, at TEXT NOT NULL)");
        }
        insert = bare.prepareStatement("INSERT INTO t (id, status, at) VALUES (?, ?, ?)");
    }

    @Benchmark
    public boolean durableMark() throws StoreException {
        return store.mark("item-" + counter++, Status.DONE);
    }

    @Benchmark
    public int bareInsertCommit() throws SQLException {
        insert.setString(1, "item-" + counter++);
        insert.setString(2, "done");
        insert.setString(3, Instant.now().toString());
        return insert.executeUpdate(); // auto-commit: one implicit transaction, synchronous=FULL
    }

    @TearDown
    public void close() throws StoreException, SQLException, IOException {
        store.close();
        insert.close();
        bare.close();
    }
}
