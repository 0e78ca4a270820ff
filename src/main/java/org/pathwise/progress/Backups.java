package org.pathwise.progress;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Copies of the progress database in {@code <data folder>/backups}. Each is written to a temporary
 * file, checked with {@code integrity_check}, and only then renamed into place; old ones are
 * thinned: the 10 newest are kept, and beyond them the newest per day for 7 days, per week for 4
 * weeks and per month for 6 months.
 */
public final class Backups {
    static final String FOLDER = "backups";
    /** The newest backups are all kept, whatever their day, so a manual one is never thinned at once. */
    static final int KEEP_NEWEST = 10;
    static final int KEEP_DAILY = 7;
    static final int KEEP_WEEKLY = 4;
    static final int KEEP_MONTHLY = 6;

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final Pattern NAME = Pattern.compile("pathwise-(\\d{8}T\\d{6}Z)(?:-([a-z0-9-]+))?\\.db");

    /** One backup file and when it was taken. */
    public record Backup(Path file, Instant takenAt, String reason) {
        /** The date a learner reads, in their own time zone: "2026-11-30 21:04". */
        public String displayTime() {
            return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(LocalDateTime.ofInstant(takenAt,
                    ZoneId.systemDefault()));
        }
    }

    private final Path dir;

    Backups(Path dataFolder) {
        this.dir = dataFolder.resolve(FOLDER);
    }

    public Path folder() {
        return dir;
    }

    /**
     * Takes a consistent copy of the open database with {@code VACUUM INTO}, which reads one
     * snapshot while other writers go on, then checks and renames it.
     */
    Backup create(Connection source, Instant now, String reason) throws IOException, SQLException {
        Files.createDirectories(dir);
        String base = "pathwise-" + STAMP.format(now) + (reason.isEmpty() ? "" : "-" + reason);
        Path target = dir.resolve(base + ".db");
        for (int i = 2; Files.exists(target); i++) {
            target = dir.resolve(base + "-" + i + ".db");
        }
        Path temp = dir.resolve("." + target.getFileName() + ".tmp");
        Files.deleteIfExists(temp);
        try (PreparedStatement s = source.prepareStatement("VACUUM INTO ?")) {
            s.setString(1, temp.toString());
            s.execute();
        } catch (SQLException e) {
            Files.deleteIfExists(temp); // Never leave a half-written backup behind (a full disk, say).
            throw e;
        }
        String check = Sqlite.check(temp, true);
        if (!"ok".equals(check)) {
            Files.deleteIfExists(temp);
            throw new IOException("the new backup failed its integrity check: " + check);
        }
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        return parse(target).orElseThrow();
    }

    /** Every backup, newest first. */
    public List<Backup> list() throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Backup> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.forEach(f -> parse(f).ifPresent(out::add));
        }
        // Names hold whole seconds: within one second the file written last is the newest.
        Map<Path, Long> written = new java.util.HashMap<>();
        for (Backup b : out) {
            written.put(b.file(), lastModified(b.file()));
        }
        out.sort(Comparator.comparing(Backup::takenAt).reversed()
                .thenComparing(b -> written.get(b.file()), Comparator.reverseOrder())
                .thenComparing(b -> counter(b.file()), Comparator.reverseOrder()));
        return out;
    }

    private static long lastModified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    /** The "-N" a second backup of the same second and reason gets; 1 for the first. */
    private static int counter(Path file) {
        Matcher m = Pattern.compile("-(\\d+)\\.db$").matcher(file.getFileName().toString());
        return m.find() ? Integer.parseInt(m.group(1)) : 1;
    }

    static Optional<Backup> parse(Path file) {
        Matcher m = NAME.matcher(file.getFileName().toString());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            Instant at = STAMP.parse(m.group(1), Instant::from);
            return Optional.of(new Backup(file, at, m.group(2) == null ? "" : m.group(2)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The newest backup that passes {@code integrity_check}. */
    Optional<Backup> newestGood() throws IOException {
        for (Backup b : list()) {
            if ("ok".equals(Sqlite.check(b.file(), true))) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }

    /** Deletes the backups the keeping rules do not need; returns what it deleted. */
    List<Path> thin() throws IOException {
        List<Backup> all = list();
        Set<Path> keep = new HashSet<>();
        all.stream().limit(KEEP_NEWEST).forEach(b -> keep.add(b.file()));
        keepNewestPer(all, b -> day(b).toString(), KEEP_DAILY, keep);
        keepNewestPer(all, b -> day(b).get(IsoFields.WEEK_BASED_YEAR) + "-W" + day(b)
                .get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), KEEP_WEEKLY, keep);
        keepNewestPer(all, b -> day(b).getYear() + "-" + day(b).getMonthValue(), KEEP_MONTHLY, keep);
        List<Path> deleted = new ArrayList<>();
        for (Backup b : all) {
            if (!keep.contains(b.file())) {
                Files.deleteIfExists(b.file());
                deleted.add(b.file());
            }
        }
        return deleted;
    }

    private static java.time.LocalDate day(Backup b) {
        return LocalDateTime.ofInstant(b.takenAt(), ZoneOffset.UTC).toLocalDate();
    }

    /** From a newest-first list, keeps the first backup of each of the {@code count} newest periods. */
    private static void keepNewestPer(List<Backup> newestFirst, java.util.function.Function<Backup, String> period,
                                      int count, Set<Path> keep) {
        Set<String> seen = new HashSet<>();
        for (Backup b : newestFirst) {
            String p = period.apply(b);
            if (seen.contains(p)) {
                continue;
            }
            if (seen.size() == count) {
                break;
            }
            seen.add(p);
            keep.add(b.file());
        }
    }
}
