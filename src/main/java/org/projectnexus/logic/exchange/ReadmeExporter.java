package org.projectnexus.logic.exchange;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import org.projectnexus.logic.markdown.MarkdownRenderer;
import org.projectnexus.model.EntrySummary;
import org.projectnexus.model.NexusException;
import org.projectnexus.model.Progress;

/**
 * Writes the knowledge base as a README in the structure of the Project Nexus template, as a summary: title,
 * overview, objective, key features, key technologies by group, important concepts by area, challenges with
 * their solution and status, best practices and takeaways, collaboration, repository setup, conclusion. Each
 * item is a line or two that links to the entry's full page in the vault beside it ({@code notes/…md}). Which
 * entry goes where is said by its tags (ADR 35); {@link ReadmeReader} reads such a README back into entries.
 */
public final class ReadmeExporter {

    /**
     * Writes the README of every entry of {@code source} to {@code file}, which must not exist yet. The entries are
     * read a page at a time and only a line of each is kept. A failed or cancelled export removes the unfinished
     * file (it was created here: nothing of the user's is touched).
     */
    public int export(ExportSource source, Path file, ReadmeOptions options, Progress progress) {
        return export(source, ExportedAttachments.Source.NONE, file, options, progress);
    }

    /**
     * With the attachments the README embeds (the bodies of its {@code #readme/...} entries may show images) written
     * to {@value ExportedAttachments#FOLDER}/ beside it, and its embeds pointing there (ADR 46).
     */
    public int export(ExportSource source, ExportedAttachments.Source attachments, Path file, ReadmeOptions options,
                      Progress progress) {
        Path target = file.toAbsolutePath().normalize();
        try {
            Files.writeString(target, "", StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        } catch (java.nio.file.FileAlreadyExistsException exists) {
            throw new NexusException(file + " exists already. Choose a new file name, so that no file of yours is"
                    + " overwritten.", exists);
        } catch (IOException failure) {
            throw new NexusException("The README could not be written to " + file + ": " + failure.getMessage(), failure);
        }
        try {
            List<EntrySummary> ordered = source.ordered();
            VaultLayout layout = new VaultLayout(ordered, source.aliases());
            ReadmeOutline outline = new ReadmeOutline();
            int[] read = {0};
            source.forEachInPages(ordered, indexed -> {
                progress.checkCancelled();
                outline.add(indexed);
                progress.update("Reading entries", ++read[0], ordered.size());
            });
            ExportedAttachments carried = ExportedAttachments.of(attachments, id -> true);
            String text = new ReadmeDocument(outline.sorted(), layout, options,
                    body -> carried.rewritten(body, ExportedAttachments.FOLDER)).write();
            Files.writeString(target, text, StandardCharsets.UTF_8);
            carried.writeTo(target.resolveSibling(ExportedAttachments.FOLDER), carried.embeddedIn(text));
            return ordered.size();
        } catch (IOException failure) {
            deleteUnfinished(target);
            throw new NexusException("The README could not be written to " + file + ": " + failure.getMessage(), failure);
        } catch (RuntimeException cancelledOrFailed) {
            deleteUnfinished(target);
            throw cancelledOrFailed;
        }
    }

    /** The README's text for entries already taken into {@code outline}, linking to their files in {@code layout}. */
    public static String text(ReadmeCollector collected, VaultLayout layout, ReadmeOptions options) {
        return write(collected.outline(), layout, options);
    }

    /** As above, with {@code embeds} pointing the embeds of the bodies it shows at the exported attachments. */
    public static String text(ReadmeCollector collected, VaultLayout layout, ReadmeOptions options,
                              java.util.function.UnaryOperator<String> embeds) {
        return new ReadmeDocument(collected.outline().sorted(), layout, options, embeds).write();
    }

    private static String write(ReadmeOutline outline, VaultLayout layout, ReadmeOptions options) {
        return new ReadmeDocument(outline.sorted(), layout, options).write();
    }

    private static void deleteUnfinished(Path target) {
        try {
            Files.deleteIfExists(target);
        } catch (IOException ignored) {
            // The export failed already; its message says so. An unfinished file left behind is the lesser harm.
        }
    }

    /** The anchor GitHub (and the preview) gives a heading: lower case, punctuation dropped, spaces as dashes. */
    static String slug(String heading) {
        return MarkdownRenderer.headingId(heading).toLowerCase(Locale.ROOT);
    }
}
