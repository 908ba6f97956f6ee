package org.projectnexus.logic.publish;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.projectnexus.logic.exchange.ReadmeLine;
import org.projectnexus.logic.exchange.VaultLayout;
import org.projectnexus.model.EntrySummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the last publish made of each entry (its page's path and blob id, its README line), kept in the working
 * copy's {@code .git/nexus/pages.json} (never pushed), so that the next publish reads and writes again only the
 * entries changed since: regenerating 10,000 pages for a one-entry change cost seconds (ADR 35). An entry's page
 * depends on its own text and on where its links point, so the cache holds only while the layout (every page's
 * path, every alias) is the same; any change to it, or to {@link #FORMAT}, makes every page again.
 */
final class PageCache {

    /**
     * Raise it whenever the bytes of a page or the content of a README line change for the same entry (a new
     * exporter): pages kept from the last publish are then made again.
     */
    static final int FORMAT = 1;

    private static final Logger LOG = LoggerFactory.getLogger(PageCache.class);
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL); // smaller; an empty text stays ""

    /** One entry as last published: {@code key} says which version of the entry it was made from. */
    record Page(String key, String path, String blob, ReadmeLine readme) {
    }

    /** The cache as stored: the layout it holds for, and the pages by entry id. */
    record Stored(int format, String layout, Map<UUID, Page> pages) {
    }

    private PageCache() {
    }

    static Path file(Path repository) {
        return repository.resolve(".git").resolve("nexus").resolve("pages.json");
    }

    /** The pages kept for {@code layout}; empty when there are none or they were made for another layout. */
    static Map<UUID, Page> read(Path repository, String layout) {
        Path file = file(repository);
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        try {
            Stored stored = JSON.readValue(file.toFile(), Stored.class);
            return stored.format() == FORMAT && layout.equals(stored.layout()) && stored.pages() != null
                    ? stored.pages() : Map.of();
        } catch (IOException unreadable) {
            // A damaged cache costs one full publish, never a wrong page.
            LOG.warn("The publish cache {} could not be read; every page is made again", file, unreadable);
            return Map.of();
        }
    }

    /** Replaces the cache (written beside it first, so a crash leaves the old one or the new one). */
    static void write(Path repository, String layout, Map<UUID, Page> pages) throws IOException {
        Path file = file(repository);
        Files.createDirectories(file.getParent());
        Path partial = file.resolveSibling("pages.json.partial");
        JSON.writeValue(partial.toFile(), new Stored(FORMAT, layout, new HashMap<>(pages)));
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Which version of an entry a page was made from: its version and its last update. */
    static String key(long version, java.time.Instant updated) {
        return version + "@" + updated;
    }

    /** A digest of every page's path and every alias: what decides where the links of every page point. */
    static String layout(List<EntrySummary> ordered, VaultLayout layout, Map<UUID, List<String>> aliases) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (EntrySummary entry : ordered) {
                digest.update((entry.id() + "\t" + layout.file(entry.id()) + "\t" + entry.title() + "\t"
                        + aliases.getOrDefault(entry.id(), List.of()) + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
