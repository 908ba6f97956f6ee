package org.projectnexus.gui.backlinks;

import java.util.function.Consumer;
import org.projectnexus.gui.dialogs.UserMessages;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.projectnexus.gui.concurrency.BackgroundExecutor;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.model.Entry;
import org.projectnexus.model.Reference;

/** The entries that link to the open entry, and those that name it without linking (which can be linked). */
public final class BacklinksViewModel {

    private final KnowledgeBase knowledgeBase;
    private final BackgroundExecutor background;
    /** Mentions need a text search over every entry: they run on the reading lane, never ahead of a save. */
    private final BackgroundExecutor reading;
    private final ObservableList<Reference> linked = FXCollections.observableArrayList();
    private final ObservableList<Reference> mentions = FXCollections.observableArrayList();
    private Entry shown;
    /** Tells the user (the status bar) what went wrong. */
    private final Consumer<String> tell;

    public BacklinksViewModel(KnowledgeBase knowledgeBase, BackgroundExecutor background,
                              BackgroundExecutor reading, Consumer<String> tell) {
        this.knowledgeBase = knowledgeBase;
        this.tell = tell;
        this.background = background;
        this.reading = reading;
    }

    /** Shows the references to this entry (null: none). */
    public void show(Entry entry) {
        shown = entry;
        if (entry == null) {
            linked.clear();
            mentions.clear();
            return;
        }
        linked.clear();
        mentions.clear();
        reading.run("backlinks of " + entry.title(), () -> knowledgeBase.connections().backlinks(entry), found -> {
            if (entry == shown) {
                linked.setAll(found);
            }
        }, failure -> tell.accept("The backlinks could not be read: " + UserMessages.of(failure)));
        reading.run("mentions of " + entry.title(), () -> knowledgeBase.connections().unlinkedMentions(entry), found -> {
            if (entry == shown) {
                mentions.setAll(found);
            }
        }, failure -> tell.accept("The unlinked mentions could not be read: " + UserMessages.of(failure)));
    }

    /** Turns the mention into a link to the shown entry. */
    public void linkIt(Reference mention) {
        Entry target = shown;
        if (target == null) {
            return;
        }
        background.run("link mention", () -> knowledgeBase.connections().linkMention(mention.source().id(), target), stored -> {
            show(target); // the entry list follows the change event
        }, failure -> tell.accept("The mention was not linked: " + UserMessages.of(failure)));
    }


    public ObservableList<Reference> linked() {
        return FXCollections.unmodifiableObservableList(linked);
    }

    public ObservableList<Reference> mentions() {
        return FXCollections.unmodifiableObservableList(mentions);
    }
}
