package org.projectnexus.logic.store;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.projectnexus.model.NexusException;

/**
 * The file key of an encrypted knowledge base, derived ahead: started on a thread of its own as soon as the password
 * is known, while the opening goes on without it (the Markdown pipeline, H2's engine, their classes), and taken
 * where H2 needs the key. The derivation (Argon2id, ADR 52) is about 0.3 s of one core under the command line's C1;
 * on two cores it then costs an opening much less than that (ADR 50).
 *
 * <p>It reads the key file itself; {@link DatabaseEncryption#fileKey} reads it again and takes this key only if the
 * file is the same one, for the same folder and the same password. Otherwise (no key file, a pending one, a new
 * database) this derivation is simply not used. Nothing here is written or logged.
 */
public final class FileKeyAhead {

    /** What the thread found: the key file it used (null: none, or unreadable), and its key or its refusal. */
    private record Derived(KeyFile keyFile, char[] key, RuntimeException refused) {
    }

    private final Path folder;
    private final char[] password;
    private final FutureTask<Derived> derivation;

    private FileKeyAhead(Path folder, char[] password) {
        this.folder = folder;
        this.password = password;
        this.derivation = new FutureTask<>(this::derive);
    }

    /** Starts deriving the key {@code password} gives for the knowledge base in {@code folder}. */
    public static FileKeyAhead start(Path folder, char[] password) {
        FileKeyAhead ahead = new FileKeyAhead(folder, password);
        if (!java.nio.file.Files.exists(folder.resolve(KeyFile.NAME))) {
            // A new knowledge base, or one from before key files: nothing to derive ahead. Without this, the thread
            // could find the key file a new knowledge base's opening writes meanwhile, and derive it for nothing.
            ahead.derivation.run();
            return ahead;
        }
        // Its own thread, not an executor's: it must start now, next to whatever the opener's executors are doing,
        // and it ends by itself when its key is not used (a daemon: it never keeps a command's JVM alive).
        Thread thread = new Thread(ahead.derivation, "nexus-key-derivation");
        thread.setDaemon(true);
        thread.start();
        return ahead;
    }

    private Derived derive() {
        KeyFile keyFile;
        try {
            keyFile = KeyFile.read(folder.resolve(KeyFile.NAME)).orElse(null);
        } catch (RuntimeException unreadable) {
            return new Derived(null, null, null); // the opening reads it again and says what is wrong
        }
        if (keyFile == null) {
            return new Derived(null, null, null);
        }
        try {
            return new Derived(keyFile, keyFile.key(password, folder), null);
        } catch (RuntimeException refused) {
            return new Derived(keyFile, null, refused); // a wrong password, above all
        }
    }

    /** Whether the derivation has ended (its key, or its refusal, is there to take). */
    boolean isDone() {
        return derivation.isDone();
    }

    /**
     * Waits for the derivation and gives its key if it was made for {@code keyFile} in {@code otherFolder} from
     * {@code otherPassword} (the same array); empty if not. Throws what the derivation threw, a wrong password above
     * all, when it was made for them.
     */
    Optional<char[]> keyFor(Path otherFolder, char[] otherPassword, KeyFile keyFile) {
        if (otherPassword != password || !otherFolder.equals(folder)) {
            return Optional.empty();
        }
        Derived derived = result();
        if (derived.keyFile() == null || !derived.keyFile().sameAs(keyFile)) {
            return Optional.empty();
        }
        if (derived.refused() != null) {
            throw derived.refused();
        }
        return Optional.of(derived.key());
    }

    private Derived result() {
        try {
            return derivation.get();
        } catch (ExecutionException failed) {
            throw new IllegalStateException(failed.getCause()); // derive() catches what it expects
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new NexusException("Opening the knowledge base in " + folder + " was interrupted.", interrupted);
        }
    }
}
