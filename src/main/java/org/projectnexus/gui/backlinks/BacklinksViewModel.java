package org.projectnexus.gui.backlinks;

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
    private Runnable onLinked = () -> { };

    public BacklinksViewModel(KnowledgeBase knowledgeBase, BackgroundExecutor background,
                              BackgroundExecutor reading) {
        this.knowledgeBase = knowledgeBase;
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
        }, failure -> { });
        reading.run("mentions of " + entry.title(), () -> knowledgeBase.connections().unlinkedMentions(entry), found -> {
            if (entry == shown) {
                mentions.setAll(found);
            }
        }, failure -> { });
    }

    /** Turns the mention into a link to the shown entry. */
    public void linkIt(Reference mention) {
        Entry target = shown;
        if (target == null) {
            return;
        }
        background.run("link mention", () -> knowledgeBase.connections().linkMention(mention.source().id(), target), stored -> {
            show(target);
            onLinked.run();
        }, failure -> { });
    }

    public void setOnLinked(Runnable onLinked) {
        this.onLinked = onLinked;
    }

    public ObservableList<Reference> linked() {
        return FXCollections.unmodifiableObservableList(linked);
    }

    public ObservableList<Reference> mentions() {
        return FXCollections.unmodifiableObservableList(mentions);
    }
}
