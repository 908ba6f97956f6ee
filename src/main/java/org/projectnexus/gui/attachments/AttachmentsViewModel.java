package org.projectnexus.gui.attachments;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.projectnexus.gui.concurrency.BackgroundExecutor;
import org.projectnexus.gui.dialogs.UserMessages;
import org.projectnexus.gui.editor.Attaching;
import org.projectnexus.gui.editor.Completions;
import org.projectnexus.logic.Attachments.AttachmentUse;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.model.Attachment;
import org.projectnexus.model.Entry;

/**
 * The window's side of attachments (issue 24): attaching files and pasted pictures to the open entry, the names
 * offered after {@code ![[}, opening a file with the system's application, and the Attachments view's list. All
 * database and disk work runs in the background; results come back on the FX thread.
 */
public final class AttachmentsViewModel implements Attaching {

    private static final DateTimeFormatter PASTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH.mm.ss");

    private final KnowledgeBase knowledgeBase;
    private final BackgroundExecutor background;
    private final Supplier<Entry> openEntry;
    private final Clock clock;
    private final Consumer<String> tell;
    /** Names for completion, kept here: completion runs on the FX thread at every key. */
    private final List<String> names = new ArrayList<>();
    private final ObservableList<AttachmentUse> listed = FXCollections.observableArrayList();
    private boolean listedOnce;

    public AttachmentsViewModel(KnowledgeBase knowledgeBase, BackgroundExecutor background, Supplier<Entry> openEntry,
                                Clock clock, Consumer<String> tell) {
        this.knowledgeBase = knowledgeBase;
        this.background = background;
        this.openEntry = openEntry;
        this.clock = clock;
        this.tell = tell;
    }

    /** Reads the list again (names for completion, the view's rows). */
    public void refresh() {
        listedOnce = true;
        background.run("list attachments", knowledgeBase.attachments()::listWithUses, uses -> {
            names.clear();
            uses.forEach(use -> names.add(use.attachment().name()));
            listed.setAll(uses);
        }, failure -> tell.accept("The attachments could not be listed: " + UserMessages.of(failure)));
    }

    /** Every attachment with the entries that use it, for the Attachments view. */
    public ObservableList<AttachmentUse> listed() {
        return listed;
    }

    @Override
    public void attachFiles(List<Path> files, Consumer<List<String>> embeds) {
        Entry entry = openEntry.get();
        if (entry == null || files.isEmpty()) {
            return;
        }
        background.run("attach files", () -> {
            List<String> added = new ArrayList<>();
            for (Path file : files) {
                added.add(knowledgeBase.attachments().attach(entry.id(), file).embed());
            }
            return added;
        }, added -> {
            embeds.accept(added);
            tell.accept(added.size() == 1 ? "Attached " + added.get(0) : "Attached " + added.size() + " files");
            refresh();
        }, failure -> tell.accept(UserMessages.of(failure)));
    }

    @Override
    public void attachPastedImage(int width, int height, int[] argb, Consumer<String> embed) {
        Entry entry = openEntry.get();
        if (entry == null) {
            return;
        }
        String name = "Pasted image " + LocalDateTime.now(clock).format(PASTED) + ".png";
        background.run("attach pasted image", () -> knowledgeBase.attachments().attach(entry.id(), name,
                new ByteArrayInputStream(PngImages.encode(width, height, argb))), attached -> {
                    embed.accept(attached.embed());
                    tell.accept("Attached " + attached.embed());
                    refresh();
                }, failure -> tell.accept(UserMessages.of(failure)));
    }

    @Override
    public List<String> completeNames(String query) {
        if (!listedOnce) {
            listedOnce = true; // read when first asked for, not while the window starts
            refresh();
        }
        return Completions.ranked(names, query);
    }

    /** Writes the attachment to a temporary file and hands it to the system's application ({@code open}). */
    public void open(String name, Consumer<String> open) {
        background.run("open attachment", () -> {
            Path copy = knowledgeBase.attachments().writeTemporaryCopy(name);
            open.accept(copy.toUri().toString()); // off the FX thread: the system's launcher may take its time
            return copy;
        }, copy -> tell.accept("Opened " + name), failure -> tell.accept(UserMessages.of(failure)));
    }

    /**
     * Attaches the files on the disk that the open entry's images point at, and hands back the rewrite that points
     * its text at the attachments instead (for the editor to apply, so the text stays the editor's).
     */
    public void attachLocalImages(Entry entry, Consumer<UnaryOperator<String>> rewrite) {
        background.run("attach local images", () -> knowledgeBase.attachments().attachLocalFiles(entry.id(),
                AttachmentsViewModel.textOf(entry)), change -> {
                    rewrite.accept(change);
                    refresh();
                }, failure -> tell.accept(UserMessages.of(failure)));
    }

    private static String textOf(Entry entry) {
        return entry.body();
    }

    public void remove(Attachment attachment) {
        background.run("remove attachment", () -> knowledgeBase.attachments().remove(attachment.name()),
                removed -> refresh(), failure -> tell.accept(UserMessages.of(failure)));
    }

    public void removeUnused() {
        background.run("remove unused attachments", knowledgeBase.attachments()::collectUnused, removed -> {
            tell.accept("Removed " + removed.size() + " unused attachment" + (removed.size() == 1 ? "" : "s"));
            refresh();
        }, failure -> tell.accept(UserMessages.of(failure)));
    }

    public void rename(Attachment attachment, String newName, Runnable then) {
        background.run("rename attachment", () -> knowledgeBase.attachments().rename(attachment.name(), newName),
                renamed -> {
                    refresh();
                    then.run();
                }, failure -> tell.accept(UserMessages.of(failure)));
    }
}
