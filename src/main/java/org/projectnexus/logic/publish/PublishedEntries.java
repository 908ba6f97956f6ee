package org.projectnexus.logic.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The ids of the entries ever published to one repository, so a publish knows which entries would go out for the
 * first time and asks about those. Kept inside the repository's {@code .git} folder (never pushed): it belongs to
 * that repository, and a new repository asks again about everything.
 */
final class PublishedEntries {

    private PublishedEntries() {
    }

    static Path file(Path repository) {
        return repository.resolve(".git").resolve("nexus").resolve("published-entries");
    }

    /** Empty when nothing was ever published there. */
    static Set<UUID> read(Path repository) {
        Path file = file(repository);
        if (!Files.isRegularFile(file)) {
            return Set.of();
        }
        try (var lines = Files.lines(file, StandardCharsets.US_ASCII)) {
            return lines.map(String::strip).filter(line -> !line.isEmpty()).map(UUID::fromString)
                    .collect(Collectors.toCollection(HashSet::new));
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    static boolean exists(Path repository) {
        return Files.isRegularFile(file(repository));
    }

    static void add(Path repository, Set<UUID> published) throws IOException {
        Set<UUID> all = new HashSet<>(read(repository));
        if (all.addAll(published) || !exists(repository)) {
            Files.createDirectories(file(repository).getParent());
            Files.writeString(file(repository), all.stream().map(UUID::toString).sorted()
                    .collect(Collectors.joining("\n", "", "\n")), StandardCharsets.US_ASCII);
        }
    }
}
