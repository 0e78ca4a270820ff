package org.pathwise.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Random;
import java.util.Set;

/**
 * Writes a large, valid curriculum for benchmarks: {@code resources} resources, each needing about
 * {@code prerequisitesEach} earlier ones (half of them as an any-of pair), so the graph is acyclic.
 */
public final class SyntheticCurriculum {
    public static final int SKILLS = 20;

    private SyntheticCurriculum() {
    }

    public static Path write(Path dir, int resources, int prerequisitesEach, long seed) throws IOException {
        Files.createDirectories(dir);
        Random random = new Random(seed);
        Files.writeString(dir.resolve("curriculum.json"), "{\"format\": 1, \"id\": \"synthetic\", \"title\": "
                + "\"Synthetic\", \"version\": \"1.0.0\", \"defaultRole\": \"target\"}");
        StringBuilder skills = new StringBuilder("{\"skills\": [\n");
        StringBuilder targets = new StringBuilder();
        String[] priorities = {"essential", "important", "bonus"};
        for (int s = 0; s < SKILLS; s++) {
            skills.append(s == 0 ? "" : ",\n").append("  {\"id\": \"skill-").append(s).append("\", \"name\": \"Skill ")
                    .append(s).append("\", \"priority\": \"").append(priorities[s % 3]).append("\", \"topics\": [")
                    .append("{\"id\": \"t1\", \"name\": \"Topic one\"}, {\"id\": \"t2\", \"name\": \"Topic two\"}]}");
            targets.append(s == 0 ? "" : ", ").append("\"skill-").append(s).append("\": ").append(1 + s % 3);
        }
        Files.writeString(dir.resolve("skills.json"), skills.append("\n]}\n"));
        Files.writeString(dir.resolve("roles.json"), "{\"roles\": [{\"id\": \"target\", \"name\": \"Target\", "
                + "\"targets\": {" + targets + "}}]}\n");
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("resources.json"), StandardCharsets.UTF_8)) {
            w.write("{\"resources\": [\n");
            for (int i = 0; i < resources; i++) {
                w.write(i == 0 ? "" : ",\n");
                w.write("  {\"id\": \"r-" + i + "\", \"title\": \"Resource number " + i + "\", \"provider\": \"Provider "
                        + (i % 50) + "\", \"kind\": \"course\", \"url\": \"https://example.org/r/" + i + "\", "
                        + "\"cost\": \"" + (i % 4 == 0 ? "paid" : "free") + "\", \"hours\": " + (1 + random.nextInt(60))
                        + ", \"teaches\": [{\"skill\": \"skill-" + random.nextInt(SKILLS) + "\", \"level\": "
                        + (1 + random.nextInt(3)) + ", \"topics\": [\"t1\"]}]");
                int n = Math.min(i, prerequisitesEach);
                if (n > 0) {
                    Set<Integer> picks = new LinkedHashSet<>();
                    while (picks.size() < n) {
                        // Mostly recent resources, as real curricula build on what came just before.
                        int back = 1 + (int) Math.min(i - 1, Math.abs(random.nextGaussian()) * 200);
                        picks.add(i - back);
                    }
                    Integer[] p = picks.toArray(Integer[]::new);
                    StringBuilder req = new StringBuilder(", \"requires\": [");
                    boolean group = n >= 2 && i % 2 == 0;
                    int plain = group ? n - 2 : n;
                    for (int k = 0; k < plain; k++) {
                        req.append(k == 0 ? "" : ", ").append("\"r-").append(p[k]).append('"');
                    }
                    if (group) {
                        req.append(plain == 0 ? "" : ", ").append("{\"anyOf\": [\"r-").append(p[n - 2])
                                .append("\", \"r-").append(p[n - 1]).append("\"]}");
                    }
                    w.write(req.append(']').toString());
                }
                w.write(", \"summary\": \"A generated resource for benchmarks.\"}");
            }
            w.write("\n]}\n");
        }
        return dir;
    }
}
