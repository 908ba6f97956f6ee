package org.projectnexus.logic;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.projectnexus.logic.exchange.ImportReport;
import org.projectnexus.logic.exchange.VaultFiles;
import org.projectnexus.logic.links.EmbedRewriter;
import org.projectnexus.logic.links.EntryRewrites;
import org.projectnexus.logic.markdown.AttachmentMarkup;
import org.projectnexus.logic.store.AttachmentStore;
import org.projectnexus.logic.store.EntryStore;
import org.projectnexus.model.Attachment;
import org.projectnexus.model.AttachmentNames;
import org.projectnexus.model.Challenge;
import org.projectnexus.model.Entry;
import org.projectnexus.model.MediaTypes;
import org.projectnexus.model.NexusException;

/**
 * After a vault's notes are imported, brings in the files they embed (issue 24), resolved by Obsidian's rules
 * ({@link VaultFiles}): each file once, however many notes embed it, {@link #BATCH} files to a transaction. A file too
 * large, unreadable, or whose content is not what its extension says is reported and left out. An embed whose file
 * came in under another name (a second {@code a.png} of another folder becomes {@code a 2.png}) is rewritten to it.
 */
final class AttachmentImport {

    /** Entries read at a time: a large vault's texts are not all held at once. */
    private static final int PAGE = 500;
    /** Files stored in one transaction: one write to the disk for many (measured: docs/performance.md). */
    private static final int BATCH = 100;

    private final EntryStore store;
    private final Attachments attachments;
    private final java.time.Clock clock;

    AttachmentImport(EntryStore store, Attachments attachments, java.time.Clock clock) {
        this.store = store;
        this.attachments = attachments;
        this.clock = clock;
    }

    /** Returns how many files were attached. */
    int bringIn(Path vault, Set<UUID> imported, ImportReport report) {
        VaultFiles files = VaultFiles.of(vault);
        long limit = attachments.limit();
        Map<Path, UUID> wanted = new LinkedHashMap<>(); // each file, with the first entry that embeds it
        Map<Path, String> refused = new HashMap<>();
        Map<UUID, Map<String, Path>> targets = new HashMap<>(); // per entry: each target as written → its file
        List<UUID> ids = new ArrayList<>(imported);
        for (int from = 0; from < ids.size(); from += PAGE) {
            for (Entry entry : store.findAll(ids.subList(from, Math.min(ids.size(), from + PAGE)))) {
                for (AttachmentNames.Reference reference : AttachmentNames.referencesIn(textOf(entry))) {
                    String target = reference.target();
                    Path file = AttachmentMarkup.isLocalPath(target) ? null : files.resolve(target).orElse(null);
                    if (file == null || refused.containsKey(file)) {
                        continue;
                    }
                    if (!wanted.containsKey(file)) {
                        var refusal = VaultFiles.refusal(file, limit);
                        if (refusal.isPresent()) {
                            report.note(vault.relativize(file).toString(), refusal.get(), "not attached");
                            refused.put(file, refusal.get());
                            continue;
                        }
                        wanted.put(file, entry.id());
                    }
                    targets.computeIfAbsent(entry.id(), id -> new HashMap<>()).put(target, file);
                }
            }
        }
        Map<Path, String> names = store(vault, wanted, report);
        for (Map.Entry<UUID, Map<String, Path>> entry : targets.entrySet()) {
            Map<String, String> renamed = new HashMap<>();
            entry.getValue().forEach((target, file) -> {
                String name = names.get(file);
                if (name != null && !AttachmentNames.key(name)
                        .equals(AttachmentNames.key(AttachmentNames.lastSegment(target)))) {
                    renamed.put(target, name);
                }
            });
            if (!renamed.isEmpty()) {
                store.transaction(session -> {
                    Entry current = session.find(entry.getKey()).orElseThrow();
                    return session.replace(current, EntryRewrites.rewrite(current,
                            text -> EmbedRewriter.rewritten(text, renamed::get)), clock.instant());
                });
            }
        }
        return names.size();
    }

    /** Stores the files a batch at a time; a batch that fails is stored file by file, to report the bad one. */
    private Map<Path, String> store(Path vault, Map<Path, UUID> wanted, ImportReport report) {
        Map<Path, String> names = new HashMap<>();
        List<Path> all = new ArrayList<>(wanted.keySet());
        for (int from = 0; from < all.size(); from += BATCH) {
            List<Path> batch = all.subList(from, Math.min(all.size(), from + BATCH));
            try {
                List<Attachment> stored = attachments.attachAll(batch.stream().map(file -> pending(file,
                        wanted.get(file))).toList());
                for (int i = 0; i < batch.size(); i++) {
                    names.put(batch.get(i), stored.get(i).name());
                }
            } catch (NexusException failedBatch) {
                for (Path file : batch) {
                    try {
                        names.put(file, attachments.attachAll(List.of(pending(file, wanted.get(file)))).get(0).name());
                    } catch (NexusException failure) {
                        report.note(vault.relativize(file).toString(), failure.getMessage(), "not attached");
                    }
                }
            }
        }
        return names;
    }

    private static AttachmentStore.Pending pending(Path file, UUID entry) {
        String name = file.getFileName().toString();
        return new AttachmentStore.Pending(name, MediaTypes.ofName(name), entry, () -> Files.newInputStream(file));
    }

    private static String textOf(Entry entry) {
        return entry instanceof Challenge challenge
                ? challenge.problem() + "\n" + challenge.solution() + "\n" + entry.body() : entry.body();
    }
}
