package org.projectnexus.logic;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.projectnexus.logic.exchange.ImportSources;
import org.projectnexus.logic.exchange.PreparedImport;
import org.projectnexus.model.NexusException;
import org.projectnexus.model.Progress;
import org.projectnexus.model.SafeText;

/**
 * The first look at an import's source, taken while the knowledge base opens (reading a large folder and opening a
 * large database overlap instead of following each other). It reads and indexes as every knowledge base does, so
 * what it prepares is what {@link Exchange#prepare} would have.
 */
public final class ImportLookAhead {

    private final Path source;
    private final ExecutorService lane;
    private final CompletableFuture<PreparedImport> look;

    private ImportLookAhead(Path source, Progress progress) {
        this.source = source;
        this.lane = Executors.newSingleThreadExecutor(work -> {
            Thread thread = new Thread(work, "nexus-import-look");
            thread.setDaemon(true); // if the knowledge base cannot be opened, the command ends without it
            return thread;
        });
        this.look = CompletableFuture.supplyAsync(() -> ImportSources.standard().prepare(source, progress), lane);
        lane.shutdown();
    }

    /** Starts looking at {@code source} now. */
    public static ImportLookAhead start(Path source, Progress progress) {
        return new ImportLookAhead(source, progress);
    }

    /** Waits for the look to be taken; a source that cannot be read fails here, with its reason. */
    public PreparedImport take() {
        try {
            return look.join();
        } catch (CompletionException failed) {
            if (failed.getCause() instanceof RuntimeException stopped) {
                throw stopped; // a NexusException says what was wrong with the source
            }
            throw new NexusException("Could not read " + SafeText.forDisplay(source) + ": " + failed.getCause(),
                    failed.getCause());
        }
    }
}
