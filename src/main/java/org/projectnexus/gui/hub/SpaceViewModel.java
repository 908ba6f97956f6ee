package org.projectnexus.gui.hub;

import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.projectnexus.gui.concurrency.BackgroundExecutor;
import org.projectnexus.gui.dialogs.UserMessages;
import org.projectnexus.gui.editor.EditorViewModel;
import org.projectnexus.gui.sidebar.EntryListViewModel;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.logic.TeamHub;
import org.projectnexus.model.Entry;
import org.projectnexus.model.NexusException;

/**
 * Spaces in the window (issue 27): the open entry's space and who changed it last, sharing and unsharing it, and
 * the sidebar's filter per space. Used on the FX thread.
 */
public final class SpaceViewModel {

    public static final String PERSONAL = "Personal";

    private final KnowledgeBase knowledgeBase;
    private final TeamHub hub;
    private final BackgroundExecutor background;
    private final TeamViewModel team;
    private final EditorViewModel editor;
    private final EntryListViewModel entryList;
    private final Consumer<String> tell;
    private final ReadOnlyStringWrapper openSpace = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper openChangedBy = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper refusal = new ReadOnlyStringWrapper("");
    /** The sidebar's space filter: null for every space, {@link #PERSONAL}, or a team's name. */
    private final ObjectProperty<String> filter = new SimpleObjectProperty<>();

    public SpaceViewModel(KnowledgeBase knowledgeBase, BackgroundExecutor background, TeamViewModel team,
                          EditorViewModel editor, EntryListViewModel entryList, Consumer<String> tell) {
        this.knowledgeBase = knowledgeBase;
        this.hub = knowledgeBase.teamHub();
        this.background = background;
        this.team = team;
        this.editor = editor;
        this.entryList = entryList;
        this.tell = tell;
        filter.addListener((property, old, space) -> refilter());
        team.spacesProperty().addListener((property, old, spaces) -> {
            refilter();
            showOpen(editor.storedProperty().get());
        });
        team.teams().addListener((javafx.collections.ListChangeListener<Object>) change ->
                showOpen(editor.storedProperty().get()));
        editor.storedProperty().addListener((property, old, entry) -> {
            if (entry == null || old == null || !old.id().equals(entry.id()) || entry.version() != old.version()) {
                showOpen(entry);
            }
        });
    }

    private void showOpen(Entry entry) {
        if (entry == null || team.teams().isEmpty()) {
            openSpace.set("");
            openChangedBy.set("");
            return;
        }
        String space = team.spacesProperty().get().get(entry.id());
        openSpace.set(space == null ? PERSONAL : space);
        if (space == null) {
            openChangedBy.set("");
            return;
        }
        UUID id = entry.id();
        background.run("who changed it last", () -> hub.lastChangedBy(id), by -> {
            Entry still = editor.storedProperty().get();
            if (still != null && still.id().equals(id)) {
                openChangedBy.set(by.orElse(""));
            }
        }, failure -> { });
    }

    /** Moves the open entry into the team's space (refused, with the reason, for an entry tagged #private). */
    public void shareOpen(String teamName) {
        Entry open = editor.storedProperty().get();
        if (open == null) {
            return;
        }
        editor.save(); // queued first on the same lane: the share sees the entry as saved
        background.run("share " + open.title(), () -> hub.share(title(open.id()), teamName), joined -> {
            team.moved(open.id(), joined);
            tell.accept("“" + open.title() + "” is shared with the team " + joined + ".");
        }, failure -> refusal.set(UserMessages.of(failure)));
    }

    /** Makes the open entry personal again. */
    public void unshareOpen() {
        Entry open = editor.storedProperty().get();
        if (open == null) {
            return;
        }
        editor.save();
        background.run("unshare " + open.title(), () -> hub.unshare(title(open.id())), left -> {
            team.moved(open.id(), null);
            left.ifPresent(name -> tell.accept("“" + open.title() + "” is personal again: it left the team " + name
                    + "."));
        }, failure -> refusal.set(UserMessages.of(failure)));
    }

    private String title(UUID id) {
        return knowledgeBase.entries().find(id).map(Entry::title)
                .orElseThrow(() -> new NexusException("That entry no longer exists."));
    }

    private void refilter() {
        String wanted = filter.get();
        if (wanted == null) {
            entryList.spaceFilterProperty().set(null);
            return;
        }
        Map<UUID, String> now = team.spacesProperty().get();
        entryList.spaceFilterProperty().set(PERSONAL.equals(wanted) ? id -> !now.containsKey(id)
                : id -> wanted.equals(now.get(id)));
    }

    /** The open entry's space: {@link #PERSONAL} or a team's name; empty when nothing is open or no team is joined. */
    public ReadOnlyStringProperty openSpaceProperty() {
        return openSpace.getReadOnlyProperty();
    }

    /** Who changed the open team entry last (empty for a personal entry, or before its first sync). */
    public ReadOnlyStringProperty openChangedByProperty() {
        return openChangedBy.getReadOnlyProperty();
    }

    /** Why the last share or unshare was refused (the view shows it, then clears it). */
    public ReadOnlyStringProperty refusalProperty() {
        return refusal.getReadOnlyProperty();
    }

    public void clearRefusal() {
        refusal.set("");
    }

    /** The sidebar's space filter: null for every space, {@link #PERSONAL}, or a team's name. */
    public ObjectProperty<String> filterProperty() {
        return filter;
    }
}
