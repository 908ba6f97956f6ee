package org.projectnexus.logic.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Predicate;
import org.projectnexus.logic.links.EmbedRewriter;
import org.projectnexus.model.AttachmentNames;
import org.projectnexus.model.NexusException;
import org.projectnexus.model.SafeText;

/**
 * The images and files a README export or a publish carries (issue 24, ADR 46): those the written Markdown embeds,
 * written to {@value #FOLDER}/ beside it, each embed rewritten to a relative Markdown image ({@code
 * ![shown](attachments/a%20b.png)}) that GitHub shows. Names are the attachments' own (cleaned when stored: no
 * slashes, no leading dot; checked again here), so nothing is ever written outside the folder.
 */
public final class ExportedAttachments {

    /** The folder, beside the README (and at a published repository's root), that holds the attachments. */
    public static final String FOLDER = "attachments";

    /** The knowledge base's attachments, as an export sees them. */
    public interface Source {
        /** The stored name, by name key, of each attachment that an entry {@code exported} accepts uses. */
        Map<String, String> usedBy(Predicate<UUID> exported);

        /** Writes the attachment's bytes to {@code out}; false when there is none of that name. */
        boolean copyTo(String name, OutputStream out) throws IOException;

        /**
         * The SHA-256 of the attachment's bytes as stored, lower-case hex; null when unknown. A publish keeps the
         * Git blob id of each content it sent, so that it need not read and hash unchanged files again.
         */
        default String contentHash(String name) {
            return null;
        }

        Source NONE = new Source() {
            @Override
            public Map<String, String> usedBy(Predicate<UUID> exported) {
                return Map.of();
            }

            @Override
            public boolean copyTo(String name, OutputStream out) {
                return false;
            }
        };
    }

    private final Source source;
    private final Map<String, String> names;

    private ExportedAttachments(Source source, Map<String, String> names) {
        this.source = source;
        this.names = names;
    }

    /** The attachments that the entries {@code exported} accepts use (private ones and others left out). */
    public static ExportedAttachments of(Source source, Predicate<UUID> exported) {
        return new ExportedAttachments(source, Map.copyOf(source.usedBy(exported)));
    }

    public boolean isEmpty() {
        return names.isEmpty();
    }

    /** Stored names by key, for a digest of what the pages point at. */
    public Map<String, String> names() {
        return names;
    }

    /**
     * {@code text} with every embed of a carried attachment pointing at {@code prefix/name} ({@code prefix}: the
     * folder relative to the file the text goes in, such as {@code attachments} or {@code ../attachments}).
     */
    public String rewritten(String text, String prefix) {
        return names.isEmpty() ? text : EmbedRewriter.exported(text, names::get, prefix, true);
    }

    /** The carried attachments that {@code text} embeds, by stored name, sorted. */
    public Set<String> embeddedIn(String text) {
        Set<String> embedded = new TreeSet<>();
        for (AttachmentNames.Reference reference : AttachmentNames.referencesIn(text)) {
            String name = names.get(AttachmentNames.key(AttachmentNames.lastSegment(reference.target())));
            if (name != null) {
                embedded.add(name);
            }
        }
        return embedded;
    }

    /** The SHA-256 of the attachment's stored bytes, or null when the source does not know it. */
    public String contentHash(String name) {
        return source.contentHash(name);
    }

    /** Writes the attachment's bytes to {@code out}. */
    public void copyTo(String name, OutputStream out) throws IOException {
        if (!source.copyTo(name, out)) {
            throw new NexusException("The attachment “" + SafeText.forDisplay(name) + "” was removed while it was"
                    + " being exported. Export again.");
        }
    }

    /**
     * Writes the named attachments into {@code folder} (made if needed). A file there of the same name is left as it
     * is when it holds the same bytes, and refused otherwise: nothing of the user's is overwritten.
     */
    public void writeTo(Path folder, Set<String> toWrite) throws IOException {
        if (toWrite.isEmpty()) {
            return;
        }
        Files.createDirectories(folder);
        for (String name : toWrite) {
            Path file = inside(folder, name);
            if (Files.exists(file)) {
                java.io.ByteArrayOutputStream ours = new java.io.ByteArrayOutputStream();
                copyTo(name, ours);
                if (!java.util.Arrays.equals(Files.readAllBytes(file), ours.toByteArray())) {
                    throw new NexusException(file + " exists already with other content. Export into an empty"
                            + " folder, so that no file of yours is overwritten.");
                }
                continue;
            }
            try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW)) {
                copyTo(name, out);
            }
        }
    }

    /**
     * The path of an attachment named {@code name} inside {@code folder}; refused when the name would lead out of
     * it (a name kept by an older Nexus, or written into the database by hand).
     */
    public static Path inside(Path folder, String name) {
        Path file = folder.resolve(name).normalize();
        if (!name.equals(AttachmentNames.cleaned(name)) || !folder.normalize().equals(file.getParent())) {
            throw new NexusException("The attachment “" + SafeText.forDisplay(name) + "” has a name that is no"
                    + " file name (rename it in the Attachments view); nothing was written for it.");
        }
        return file;
    }

    /** The path in a repository (forward slashes) of a carried attachment, checked as {@link #inside} does. */
    public static String repositoryPath(String name) {
        inside(Path.of(FOLDER), name);
        return FOLDER + "/" + name;
    }
}
