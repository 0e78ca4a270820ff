package org.pathwise.cli;

import java.io.PrintWriter;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.pathwise.catalog.CurriculumLoader;
import org.pathwise.catalog.Ids;
import org.pathwise.catalog.InvalidCurriculumException;
import org.pathwise.catalog.LoadedCurriculum;
import org.pathwise.model.Curriculum;
import org.pathwise.model.LearnerProgress;
import org.pathwise.progress.ProgressStore;
import org.pathwise.progress.Settings;
import org.pathwise.progress.StoreException;

/** What a progress command needs: the curriculum (to check ids) and the store. */
final class Session implements AutoCloseable {
    final LoadedCurriculum loaded;
    final ProgressStore store;

    private Session(LoadedCurriculum loaded, ProgressStore store) {
        this.loaded = loaded;
        this.store = store;
    }

    /** Thrown for a refusal the command has already explained; the command exits 1. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    static LoadedCurriculum curriculum(GlobalOptions global) throws Refused {
        try {
            return new CurriculumLoader().load(global.curriculumSource());
        } catch (InvalidCurriculumException e) {
            throw new Refused(e.getMessage() + "; run `pathwise validate` to see them. Your progress was not touched.");
        }
    }

    static Session open(GlobalOptions global, PrintWriter err) throws Refused {
        LoadedCurriculum loaded = curriculum(global);
        try {
            ProgressStore store = ProgressStore.open(global.dataFolder());
            store.notices().forEach(n -> err.println("pathwise: " + n.message()));
            return new Session(loaded, store);
        } catch (StoreException e) {
            throw new Refused(e.getMessage());
        }
    }

    /** The progress, read-only alongside an open window when the folder is taken. */
    static LearnerProgress readProgress(GlobalOptions global, PrintWriter err) throws StoreException {
        try (ProgressStore store = ProgressStore.open(global.dataFolder())) {
            store.notices().forEach(n -> err.println("pathwise: " + n.message()));
            return store.snapshot();
        } catch (StoreException.AlreadyOpen e) {
            return ProgressStore.readOnlySnapshot(global.dataFolder());
        }
    }

    Curriculum curriculum() {
        return loaded.curriculum();
    }

    /** Notes in the settings which curriculum the progress was last used with. */
    void recordCurriculum() throws StoreException {
        store.setSetting(Settings.CURRICULUM_ID, curriculum().info().id());
        store.setSetting(Settings.CURRICULUM_VERSION, curriculum().info().version());
    }

    String resourceId(String id) throws Refused {
        if (curriculum().resource(id).isPresent()) {
            return id;
        }
        throw new Refused("No resource has the id \"" + id + "\"" + didYouMean(id, curriculum().resources().stream()
                .map(r -> r.id()).toList()) + ". `pathwise list` lists every resource id.");
    }

    String skillId(String id) throws Refused {
        return skillId(curriculum(), id);
    }

    /** {@code id} when the curriculum has that skill; otherwise refused, with the closest id and every id. */
    static String skillId(Curriculum c, String id) throws Refused {
        if (c.skill(id).isPresent()) {
            return id;
        }
        List<String> ids = c.skills().stream().map(s -> s.id()).toList();
        throw new Refused("No skill has the id \"" + id + "\"" + didYouMean(id, ids) + "; skills: "
                + String.join(", ", ids) + ".");
    }

    private static String didYouMean(String id, Collection<String> candidates) {
        Optional<String> best = Ids.closest(id, candidates);
        return best.map(b -> " (did you mean \"" + b + "\"?)").orElse("");
    }

    @Override
    public void close() throws StoreException {
        store.close();
    }
}
