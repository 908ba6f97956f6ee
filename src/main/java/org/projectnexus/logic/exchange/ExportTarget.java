package org.projectnexus.logic.exchange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.projectnexus.model.NexusException;

/**
 * The folder an export writes into, and the guard that nothing is written outside it: every path is resolved
 * under the folder, normalised and checked to still be inside, and never through a symbolic link.
 */
final class ExportTarget {

    private final Path root;

    private ExportTarget(Path root) {
        this.root = root;
    }

    /** The folder, created if missing; refused when it holds anything, so an export never overwrites a file. */
    static ExportTarget emptyFolder(Path folder) {
        Path root = folder.toAbsolutePath().normalize();
        try {
            if (Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
                if (!Files.isDirectory(root)) {
                    throw new NexusException(root + " is a file, not a folder. Choose an empty folder to export to.");
                }
                try (Stream<Path> children = Files.list(root)) {
                    if (children.findAny().isPresent()) {
                        throw new NexusException(root + " is not empty. Choose an empty folder (or a new one) to"
                                + " export to, so that no file of yours is overwritten.");
                    }
                }
            }
            Files.createDirectories(root);
            return new ExportTarget(root.toRealPath());
        } catch (IOException failure) {
            throw new NexusException("Could not use " + root + " for the export: " + failure.getMessage(), failure);
        }
    }

    /** Writes {@code text} as UTF-8 to {@code relative} (e.g. {@code notes/Redis.md}) inside the folder. */
    void write(String relative, String text) throws IOException {
        Path file = root.resolve(relative).normalize();
        if (!file.startsWith(root) || file.equals(root)) {
            throw new NexusException("Refused to write " + relative + ": it is outside the export folder " + root);
        }
        Path parent = file.getParent();
        if (!parent.equals(root) && !Files.isDirectory(parent, LinkOption.NOFOLLOW_LINKS)) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, text, java.nio.charset.StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE);
    }

    Path root() {
        return root;
    }
}
