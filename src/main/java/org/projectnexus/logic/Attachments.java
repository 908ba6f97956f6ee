package org.projectnexus.logic;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.projectnexus.logic.links.EmbedRewriter;
import org.projectnexus.logic.links.EntryRewrites;
import org.projectnexus.logic.markdown.AttachmentMarkup;
import org.projectnexus.logic.markdown.EmbeddedFiles;
import org.projectnexus.logic.store.AttachmentStore;
import org.projectnexus.logic.store.EntryStore;
import org.projectnexus.model.Attachment;
import org.projectnexus.model.AttachmentNames;
import org.projectnexus.model.AttachmentTooLargeException;
import org.projectnexus.model.Entry;
import org.projectnexus.model.EntrySummary;
import org.projectnexus.model.MediaTypes;
import org.projectnexus.model.NexusException;
import org.projectnexus.model.SafeText;
import org.projectnexus.model.StaleEntryException;

/**
 * Images and files in notes (issue 24, ADR 40): kept in the knowledge base's database, content-addressed, streamed in
 * and out; embedded in notes as {@code ![[name]]}. Attaching is limited per file ({@link #limit}, kept among the
 * knowledge base's facts so the window and the command line agree). Methods block on the database: call them off the
 * FX thread.
 */
public final class Attachments {

    static final String LIMIT_FACT = "attachments.max-bytes";
    /** The limit per file where none is set: 100 MB. */
    public static final long DEFAULT_LIMIT = 100L * 1024 * 1024;

    private final AttachmentStore store;
    private final EntryStore entries;
    private final Clock clock;
    private final InlineImages inlineImages;

    Attachments(AttachmentStore store, EntryStore entries, Clock clock) {
        this.store = store;
        this.entries = entries;
        this.clock = clock;
        this.inlineImages = new InlineImages(store);
    }

    /** The largest file that may be attached, in bytes. */
    public long limit() {
        return entries.fact(LIMIT_FACT).map(value -> {
            try {
                return Long.parseLong(value);
            } catch (NumberFormatException unreadable) {
                return DEFAULT_LIMIT;
            }
        }).orElse(DEFAULT_LIMIT);
    }

    public void setLimit(long bytes) {
        if (bytes <= 0) {
            throw new NexusException("The limit per attachment must be more than 0 bytes.");
        }
        entries.putFacts(Map.of(LIMIT_FACT, Long.toString(bytes)));
    }

    /**
     * Attaches a file from the disk to the entry (it may be null: attached to none yet), under the file's name. A
     * missing, unreadable or too large file is refused with a message that names it; nothing is kept then.
     */
    public Attachment attach(UUID entry, Path file) {
        String shown = SafeText.forDisplay(file.toString());
        if (!Files.exists(file)) {
            throw new NexusException("“" + shown + "” does not exist: nothing was attached.");
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new NexusException("“" + shown + "” cannot be read (it is a folder, or you may not read it):"
                    + " nothing was attached.");
        }
        String name = file.getFileName().toString();
        long limit = limit();
        try {
            if (Files.size(file) > limit) {
                throw new AttachmentTooLargeException(name, limit);
            }
        } catch (IOException unreadable) {
            throw new NexusException("“" + shown + "” cannot be read: " + unreadable.getMessage(), unreadable);
        }
        try (InputStream content = Files.newInputStream(file)) {
            return store.store(name, MediaTypes.ofName(name), checked(name, content), limit, clock.instant(), entry);
        } catch (IOException unreadable) {
            throw new NexusException("“" + shown + "” cannot be read: " + unreadable.getMessage(), unreadable);
        }
    }

    /**
     * Attaches files from the disk in one transaction (checked before by the caller): all of them, or none when one
     * cannot be stored. Returns the attachments in the order given.
     */
    List<Attachment> attachAll(List<AttachmentStore.Pending> files) {
        return store.storeAll(files.stream().map(file -> new AttachmentStore.Pending(file.name(), file.mediaType(),
                file.entry(), () -> checked(file.name(), file.content().open()))).toList(), limit(), clock.instant());
    }

    /**
     * Attaches bytes read from {@code content} (a pasted image, a restored file) under {@code name}; refused when
     * they are plainly not what the name's extension says ({@link MediaTypes#contentProblem}).
     */
    public Attachment attach(UUID entry, String name, InputStream content) {
        try {
            return store.store(name, MediaTypes.ofName(name), checked(name, content), limit(), clock.instant(), entry);
        } catch (IOException unreadable) {
            throw new NexusException("“" + SafeText.forDisplay(name) + "” cannot be read: " + unreadable.getMessage(),
                    unreadable);
        }
    }

    /**
     * The stream, after a look at its first bytes: every way a file comes in passes here, so none can store a
     * ".png" that is HTML or a program (ADR 46). Refused with the reason in words; nothing is stored then.
     */
    static InputStream checked(String name, InputStream content) throws IOException {
        java.io.BufferedInputStream buffered = new java.io.BufferedInputStream(content, MediaTypes.HEAD_BYTES);
        buffered.mark(MediaTypes.HEAD_BYTES);
        byte[] head = buffered.readNBytes(MediaTypes.HEAD_BYTES);
        buffered.reset();
        Optional<String> problem = MediaTypes.contentProblem(name, head);
        if (problem.isPresent()) {
            throw new NexusException("“" + SafeText.forDisplay(name) + "” was not attached: " + problem.get()
                    + ". Give it the extension of what it is, or attach the right file.");
        }
        return buffered;
    }

    /** Attaches files to the entry and appends their embeds to its body, one per line; returns the embeds added. */
    public List<String> attachAtEnd(UUID entryId, List<Path> files) {
        List<Attachment> attached = new ArrayList<>();
        for (Path file : files) {
            attached.add(attach(entryId, file));
        }
        Entry entry = entries.find(entryId).orElseThrow(() -> new StaleEntryException(entryId.toString()));
        StringBuilder body = new StringBuilder(entry.body().stripTrailing());
        List<String> embeds = attached.stream().map(Attachment::embed).toList();
        for (String embed : embeds) {
            body.append(body.length() == 0 ? "" : "\n\n").append(embed);
        }
        Entry edited = entry.withText(entry.title(), body.append('\n').toString());
        entries.transaction(session -> session.replace(session.find(entryId).orElseThrow(), edited, clock.instant()));
        return embeds;
    }

    public Optional<Attachment> find(String name) {
        return store.find(name);
    }

    /** Every attachment, by name. */
    public List<Attachment> list() {
        return store.list();
    }

    /** Every attachment with the entries that use it (none: unused, perhaps kept by history or the trash). */
    public List<AttachmentUse> listWithUses() {
        Map<String, List<EntrySummary>> uses = store.uses();
        return store.list().stream()
                .map(attachment -> new AttachmentUse(attachment, uses.getOrDefault(attachment.nameKey(), List.of())))
                .toList();
    }

    /** The attachments the entry uses. */
    public List<Attachment> usedBy(UUID entry) {
        return store.usedBy(entry).stream().map(store::find).flatMap(Optional::stream).toList();
    }

    /** An attachment with the entries that use it. */
    public record AttachmentUse(Attachment attachment, List<EntrySummary> entries) {
        public boolean unused() {
            return entries.isEmpty();
        }
    }

    /** Hands the attachment's bytes, streamed from the database, to {@code reader}; false when there is none. */
    public boolean read(String name, AttachmentStore.ContentReader<Void> reader) {
        return store.read(name, content -> {
            reader.read(content);
            return Boolean.TRUE;
        }).isPresent();
    }

    /** The attachments as a README export or a publish carries them: those the exported entries use (ADR 46). */
    public org.projectnexus.logic.exchange.ExportedAttachments.Source exportSource() {
        return new org.projectnexus.logic.exchange.ExportedAttachments.Source() {
            @Override
            public Map<String, String> usedBy(java.util.function.Predicate<UUID> exported) {
                Map<String, String> used = new java.util.HashMap<>();
                for (AttachmentUse use : listWithUses()) {
                    if (use.entries().stream().anyMatch(entry -> exported.test(entry.id()))) {
                        used.put(use.attachment().nameKey(), use.attachment().name());
                    }
                }
                return used;
            }

            @Override
            public boolean copyTo(String name, OutputStream out) {
                return Attachments.this.copyTo(name, out);
            }

            @Override
            public String contentHash(String name) {
                return find(name).map(Attachment::sha256).orElse(null);
            }
        };
    }

    /** Copies the attachment's bytes to {@code out}, streamed; false when there is no such attachment. */
    public boolean copyTo(String name, OutputStream out) {
        return store.read(name, content -> content.transferTo(out)).isPresent();
    }

    /**
     * Writes the attachment to a file of its own name in a new temporary folder (for the system's application to
     * open it); the folder is deleted when Nexus exits.
     */
    public Path writeTemporaryCopy(String name) {
        Attachment attachment = find(name).orElseThrow(() -> new NexusException("There is no attachment named “"
                + SafeText.forDisplay(name) + "”."));
        try {
            Path folder = Files.createTempDirectory("nexus-attachment");
            Path file = folder.resolve(AttachmentNames.cleaned(attachment.name()));
            try (OutputStream out = Files.newOutputStream(file)) {
                copyTo(attachment.name(), out);
            }
            file.toFile().deleteOnExit();
            folder.toFile().deleteOnExit();
            return file;
        } catch (IOException failure) {
            throw new NexusException("“" + SafeText.forDisplay(name) + "” could not be written to a temporary file: "
                    + failure.getMessage(), failure);
        }
    }

    /** Removes the attachment (its embeds stay, shown as missing); false when there was none. */
    public boolean remove(String name) {
        inlineImages.forget();
        return store.remove(name);
    }

    /** Removes every attachment that no entry, revision or trashed entry uses; returns their names. */
    public List<String> collectUnused() {
        return store.collectUnused();
    }

    /**
     * Renames the attachment and rewrites every embed of it ({@code ![[old.png]]}, {@code ![](old.png)}) in every
     * entry that uses it, in one transaction, as renaming an entry rewrites the links to it.
     */
    public Attachment rename(String name, String newName) {
        String oldKey = AttachmentNames.key(name);
        Set<UUID> users = new HashSet<>();
        store.uses().getOrDefault(oldKey, List.of()).forEach(user -> users.add(user.id()));
        return entries.transaction(session -> {
            Attachment renamed = store.rename(session, name, newName, clock.instant());
            for (Entry user : session.findAll(users)) {
                session.replace(user, EntryRewrites.rewrite(user, text -> EmbedRewriter.renamed(text, oldKey,
                        renamed.name())), clock.instant());
            }
            return renamed;
        });
    }

    /** A file on the disk that a note's image points at ({@code ![](/home/me/shot.png)}), as written and found. */
    public record LocalFile(String target, Path path) {
    }

    /**
     * The files on this disk that the text's images and embeds point at by path (absolute, {@code file:},
     * {@code ~/}) and that exist: the preview never fetches them, and offers to attach them instead.
     */
    public List<LocalFile> localFilesIn(String markdown) {
        List<LocalFile> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (AttachmentNames.Reference reference : AttachmentNames.referencesIn(markdown)) {
            String target = reference.target();
            if (!AttachmentMarkup.isLocalPath(target) || !seen.add(target)) {
                continue;
            }
            try {
                Path path = localPath(target);
                if (Files.isRegularFile(path) && Files.isReadable(path)) {
                    found.add(new LocalFile(target, path));
                }
            } catch (RuntimeException notAPath) {
                // an address that names no file here: left as it is
            }
        }
        return found;
    }

    /**
     * Attaches the local files the text points at to the entry, and returns the rewrite that points the text at the
     * attachments instead ({@code ![alt](/home/me/a b.png)} → {@code ![alt](a%20b.png)}).
     */
    public UnaryOperator<String> attachLocalFiles(UUID entry, String markdown) {
        Map<String, String> attached = new java.util.HashMap<>();
        for (LocalFile file : localFilesIn(markdown)) {
            attached.put(file.target(), attach(entry, file.path()).name());
        }
        return text -> EmbedRewriter.rewritten(text, attached::get);
    }

    private static Path localPath(String target) {
        String path = target;
        if (path.regionMatches(true, 0, "file://", 0, 7)) {
            path = path.substring(7);
        } else if (path.regionMatches(true, 0, "file:", 0, 5)) {
            path = path.substring(5);
        }
        if (path.startsWith("~/")) {
            return Path.of(System.getProperty("user.home")).resolve(path.substring(2));
        }
        return Path.of(path);
    }

    /** What pages show: images inlined as {@code data:} URIs up to {@link InlineImages#LIMIT}, others as links. */
    public EmbeddedFiles embeddedFiles() {
        return new EmbeddedFiles() {
            @Override
            public Optional<Attachment> find(String name) {
                return store.find(name);
            }

            @Override
            public Optional<String> dataUri(Attachment image) {
                return inlineImages.dataUri(image);
            }
        };
    }
}
