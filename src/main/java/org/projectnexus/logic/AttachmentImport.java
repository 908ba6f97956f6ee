package org.projectnexus.logic;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.projectnexus.logic.exchange.ImportReport;
import org.projectnexus.logic.exchange.VaultFiles;
import org.projectnexus.logic.links.EmbedRewriter;
import org.projectnexus.logic.markdown.AttachmentMarkup;
import org.projectnexus.logic.store.EntryStore;
import org.projectnexus.model.Attachment;
import org.projectnexus.model.AttachmentNames;
import org.projectnexus.model.Challenge;
import org.projectnexus.model.Entry;
import org.projectnexus.model.NexusException;

/**
 * After a vault's notes are imported, brings in the files they embed (issue 24), resolved by Obsidian's rules
 * ({@link VaultFiles}): each file once, however many notes embed it. A file too large, unreadable, or whose content
 * is not what its extension says is reported and left out. An embed whose file came in under another name (a second
 * {@code a.png} of another folder becomes {@code a 2.png}) is rewritten to that name.
 */
final class AttachmentImport {

    /** Entries read at a time: a large vault's texts are not all held at once. */
    private static final int PAGE = 500;

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
        Map<Path, String> attached = new HashMap<>();
        Map<Path, String> refused = new HashMap<>();
        List<UUID> ids = new ArrayList<>(imported);
        for (int from = 0; from < ids.size(); from += PAGE) {
            for (Entry entry : store.findAll(ids.subList(from, Math.min(ids.size(), from + PAGE)))) {
                Map<String, String> renamed = new HashMap<>();
                for (AttachmentNames.Reference reference : AttachmentNames.referencesIn(textOf(entry))) {
                    String target = reference.target();
                    if (AttachmentMarkup.isLocalPath(target)) {
                        continue;
                    }
                    Path file = files.resolve(target).orElse(null);
                    if (file == null || refused.containsKey(file)) {
                        continue;
                    }
                    String name = attached.get(file);
                    if (name == null) {
                        name = attach(entry, file, limit, vault, report, refused);
                        if (name == null) {
                            continue;
                        }
                        attached.put(file, name);
                    }
                    if (!AttachmentNames.key(name).equals(AttachmentNames.key(AttachmentNames.lastSegment(target)))) {
                        renamed.put(target, name);
                    }
                }
                if (!renamed.isEmpty()) {
                    store.transaction(session -> {
                        Entry current = session.find(entry.id()).orElseThrow();
                        return session.replace(current, org.projectnexus.logic.links.EntryRewrites.rewrite(current,
                                text -> EmbedRewriter.rewritten(text, renamed::get)), clock.instant());
                    });
                }
            }
        }
        return attached.size();
    }

    private String attach(Entry entry, Path file, long limit, Path vault, ImportReport report,
                          Map<Path, String> refused) {
        String shown = vault.relativize(file).toString();
        var refusal = VaultFiles.refusal(file, limit);
        if (refusal.isPresent()) {
            report.note(shown, refusal.get(), "not attached");
            refused.put(file, refusal.get());
            return null;
        }
        try {
            Attachment stored = attachments.attach(entry.id(), file);
            return stored.name();
        } catch (NexusException failure) {
            report.note(shown, failure.getMessage(), "not attached");
            refused.put(file, failure.getMessage());
            return null;
        }
    }

    private static String textOf(Entry entry) {
        return entry instanceof Challenge challenge
                ? challenge.problem() + "\n" + challenge.solution() + "\n" + entry.body() : entry.body();
    }
}
