package org.pathwise.progress;

import java.io.IOException;
import java.lang.System.Logger;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The one thread that owns the one connection to the progress database. Every call runs on it, in
 * order; a write runs in one BEGIN IMMEDIATE … COMMIT and returns only once the commit is durable.
 * Prepared statements are cached per connection, on this thread only.
 */
final class DatabaseThread {
    private static final Logger LOG = System.getLogger(DatabaseThread.class.getName());

    private final Path dataFolder;
    private final ExecutorService thread;
    private final Map<String, PreparedStatement> statements = new HashMap<>();
    private Connection connection;
    private boolean closed;

    DatabaseThread(Path dataFolder, Connection connection) {
        this.dataFolder = dataFolder;
        this.connection = connection;
        this.thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "pathwise-database");
            t.setDaemon(true);
            return t;
        });
    }

    /** Runs work on the database thread and waits for it; failures come back as sentences. */
    <T> T call(ProgressStore.Work<T> work) throws StoreException {
        Future<T> f;
        synchronized (this) {
            if (closed) {
                throw new StoreException("The progress database is already closed.");
            }
            f = thread.submit(() -> work.run(connection));
        }
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("Interrupted while waiting for the progress database.", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof StoreException se) {
                throw se;
            }
            LOG.log(Logger.Level.ERROR, "progress database call failed", cause);
            throw new StoreException("Pathwise could not use its progress database: "
                    + Recovery.inWords(dataFolder, cause) + ". Nothing was changed.", cause);
        }
    }

    /** Runs work in one BEGIN IMMEDIATE … COMMIT; it returns only once the commit is durable. */
    <T> T write(ProgressStore.Work<T> work) throws StoreException {
        return call(c -> {
            sql(c, "BEGIN IMMEDIATE").execute();
            try {
                T r = work.run(c);
                sql(c, "COMMIT").execute();
                return r;
            } catch (SQLException | IOException | StoreException | RuntimeException e) {
                try {
                    sql(c, "ROLLBACK").execute();
                } catch (SQLException rollback) {
                    e.addSuppressed(rollback); // SQLite may have rolled back itself (a full disk); keep the first cause.
                }
                throw e;
            }
        });
    }

    /** Runs reads in one read transaction, so they see one consistent moment. */
    <T> T read(ProgressStore.Work<T> work) throws StoreException {
        return call(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("BEGIN");
                try {
                    return work.run(c);
                } finally {
                    s.execute("COMMIT");
                }
            }
        });
    }

    /** A prepared statement of the current connection, prepared on first use; database thread only. */
    PreparedStatement sql(Connection c, String sql) throws SQLException {
        PreparedStatement p = statements.get(sql);
        if (p == null) {
            p = c.prepareStatement(sql);
            statements.put(sql, p);
        }
        return p;
    }

    /** Closes the cached statements (VACUUM INTO and closing need none active); database thread only. */
    void forgetStatements() {
        for (PreparedStatement p : statements.values()) {
            try {
                p.close();
            } catch (SQLException ignored) {
                // The connection is going away anyway.
            }
        }
        statements.clear();
    }

    /** The current connection; database thread only. */
    Connection connection() {
        return connection;
    }

    /** Puts a new connection in place (after a restore); database thread only. */
    void replaceConnection(Connection c) {
        forgetStatements();
        this.connection = c;
    }

    /** Closes the connection on its thread and stops the thread; later calls are refused. */
    void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        Future<?> f = thread.submit(() -> {
            forgetStatements();
            connection.close();
            return null;
        });
        thread.shutdown();
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            LOG.log(Logger.Level.WARNING, "closing the progress database failed", e.getCause());
        }
    }
}
