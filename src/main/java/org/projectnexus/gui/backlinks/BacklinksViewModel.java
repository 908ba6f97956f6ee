package org.projectnexus.gui.backlinks;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.projectnexus.gui.BackgroundExecutor;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.model.Entry;
import org.projectnexus.model.Reference;

/** The entries that link to the open entry, and those that name it without linking (which can be linked). */
public final class BacklinksViewModel {

    private final KnowledgeBase knowledgeBase;
    private final BackgroundExecutor background;
    private final ObservableList<Reference> linked = FXCollections.observableArrayList();
    private final ObservableList<Reference> mentions = FXCollections.observableArrayList();
    private Entry shown;
    private Runnable onLinked = () -> { };

    public BacklinksViewModel(KnowledgeBase knowledgeBase, BackgroundExecutor background) {
        this.knowledgeBase = knowledgeBase;
        this.background = background;
    }

    /** Shows the references to this entry (null: none). */
    public void show(Entry entry) {
        shown = entry;
        if (entry == null) {
            linked.clear();
            mentions.clear();
            return;
        }
        background.run("backlinks of " + entry.title(),
                () -> new Found(knowledgeBase.backlinks(entry), knowledgeBase.unlinkedMentions(entry)), found -> {
                    if (entry == shown) {
                        linked.setAll(found.linked());
                        mentions.setAll(found.mentions());
                    }
                }, failure -> { });
    }

    /** Turns the mention into a link to the shown entry. */
    public void linkIt(Reference mention) {
        Entry target = shown;
        if (target == null) {
            return;
        }
        background.run("link mention", () -> knowledgeBase.linkMention(mention.source().id(), target), stored -> {
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

    private record Found(List<Reference> linked, List<Reference> mentions) {
    }
}
