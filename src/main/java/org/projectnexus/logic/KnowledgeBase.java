package org.projectnexus.logic;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.projectnexus.logic.markdown.EntryPageRenderer;
import org.projectnexus.logic.markdown.LinkTargets;
import org.projectnexus.logic.markdown.MarkdownParser;
import org.projectnexus.logic.markdown.MarkdownRenderer;
import org.projectnexus.logic.markdown.ParsedMarkdown;
import org.projectnexus.logic.starter.StarterContent;
import org.projectnexus.logic.store.Database;
import org.projectnexus.logic.store.EntryIndexRepository;
import org.projectnexus.logic.store.EntryRepository;
import org.projectnexus.logic.store.KnowledgeBaseFacts;
import org.projectnexus.logic.store.RevisionRepository;
import org.projectnexus.logic.store.StaleEntryException;
import org.projectnexus.model.Challenge;
import org.projectnexus.model.Entry;
import org.projectnexus.model.EntryKind;
import org.projectnexus.model.EntryMeta;
import org.projectnexus.model.EntrySummary;
import org.projectnexus.model.IndexedEntry;
import org.projectnexus.model.Note;
import org.projectnexus.model.Tag;
import org.projectnexus.model.Takeaway;
import org.projectnexus.model.WikiLink;

/**
 * What Nexus can do with a knowledge base, without a screen: the one door the window and the command line
 * go through. Every change is one transaction covering the entry, its previous revision and its tag and link
 * indexes. Methods block on the database: call them off the FX thread.
 */
public final class KnowledgeBase implements AutoCloseable {

    private final Database database;
    private final MarkdownParser parser;
    private final EntryPageRenderer pages;
    private final Clock clock;
    private final EntryRepository entries = new EntryRepository();
    private final EntryIndexRepository index = new EntryIndexRepository();
    private final RevisionRepository revisions = new RevisionRepository();
    private final KnowledgeBaseFacts facts = new KnowledgeBaseFacts();

    public KnowledgeBase(Database database, MarkdownParser parser, EntryPageRenderer pages, Clock clock) {
        this.database = database;
        this.parser = parser;
        this.pages = pages;
        this.clock = clock;
    }

    /** Opens (creating if needed) the knowledge base in {@code folder}, with the standard Markdown pipeline. */
    public static KnowledgeBase open(Path folder, Clock clock) {
        MarkdownParser parser = new MarkdownParser();
        return new KnowledgeBase(Database.open(folder), parser,
                new EntryPageRenderer(parser, new MarkdownRenderer()), clock);
    }

    public List<EntrySummary> summaries() {
        return database.inTransaction(entries::summaries);
    }

    public Optional<Entry> find(UUID id) {
        return database.inTransaction(connection -> entries.findById(connection, id));
    }

    public Optional<Entry> findByTitle(String title) {
        return database.inTransaction(connection -> entries.findByTitle(connection, title));
    }

    /** Every entry of the kind (all kinds when empty) with its tags and links, most recently updated first. */
    public List<IndexedEntry> indexedEntries(Optional<EntryKind> kind) {
        return database.inTransaction(connection -> {
            Map<UUID, List<Tag>> tags = index.allTags(connection);
            Map<UUID, List<WikiLink>> links = index.allLinks(connection);
            List<IndexedEntry> result = new ArrayList<>();
            for (Entry entry : entries.findAll(connection)) {
                if (kind.isEmpty() || kind.get() == entry.kind()) {
                    result.add(new IndexedEntry(entry, tags.getOrDefault(entry.id(), List.of()),
                            links.getOrDefault(entry.id(), List.of())));
                }
            }
            return result;
        });
    }

    public IndexedEntry indexed(Entry entry) {
        ParsedMarkdown parsed = parser.parse(entry.markdownSources());
        return new IndexedEntry(entry, List.copyOf(parsed.tags()), parsed.links());
    }

    /** A new, unsaved entry of the kind. */
    public Entry draft(EntryKind kind, String title) {
        EntryMeta meta = EntryMeta.fresh(clock.instant());
        return switch (kind) {
            case NOTE -> new Note(meta, title, "");
            case CHALLENGE -> new Challenge(meta, title, "", "", "", null);
            case TAKEAWAY -> new Takeaway(meta, title, "", null);
        };
    }

    /** A title no entry has yet: {@code base}, else {@code base 2}, {@code base 3}, ... */
    public String unusedTitle(String base) {
        return database.inTransaction(connection -> {
            String title = base;
            for (int n = 2; entries.titleExists(connection, WikiLink.titleKey(title)); n++) {
                title = base + " " + n;
            }
            return title;
        });
    }

    /** Stores a new entry; its title must be free. Returns the stored entry (version 1). */
    public Entry add(Entry draft) {
        String title = TitleRules.check(draft.title());
        return database.inTransaction(connection -> insert(connection, draft.withText(title, draft.body())));
    }

    /**
     * Stores an edited entry over the version it was read at. Fails with {@link StaleEntryException} when the
     * stored entry changed in between, so no one's edit is silently overwritten.
     */
    public Entry save(Entry edited) {
        String title = TitleRules.check(edited.title());
        return database.inTransaction(connection -> {
            Entry previous = entries.findById(connection, edited.id())
                    .orElseThrow(() -> new StaleEntryException(edited.title()));
            if (previous.version() != edited.version()) {
                throw new StaleEntryException(edited.title());
            }
            if (previous.equals(edited.withText(title, edited.body()))) {
                return previous;
            }
            Entry stored = edited.withText(title, edited.body())
                    .withMeta(edited.meta().stored(later(previous.meta().updated()), edited.version() + 1));
            revisions.keep(connection, previous);
            if (!entries.update(connection, stored, edited.version())) {
                throw new StaleEntryException(edited.title());
            }
            reindex(connection, stored);
            return stored;
        });
    }

    public void delete(UUID id) {
        database.inTransaction(connection -> entries.delete(connection, id));
    }

    public int revisionCount(UUID id) {
        return database.inTransaction(connection -> revisions.countFor(connection, id));
    }

    /** The entry as the preview shows it: a complete, script-free HTML page. */
    public String renderPage(Entry entry, boolean dark) {
        return pages.renderPage(entry, linkTargets(), dark);
    }

    /** Answers whether a link target exists, from the database at the time of asking. */
    public LinkTargets linkTargets() {
        return titleKey -> database.inTransaction(connection -> entries.titleExists(connection, titleKey));
    }

    /**
     * Fills a brand-new knowledge base with the starter content, once in its life: not again after the user
     * deleted it. Returns whether it was added now.
     */
    public boolean addStarterContentIfNew(StarterContent starter) {
        return database.inTransaction(connection -> {
            if (facts.get(connection, KnowledgeBaseFacts.STARTER_CONTENT_ADDED).isPresent()
                    || entries.count(connection) > 0) {
                return false;
            }
            for (Entry entry : starter.entries(clock.instant())) {
                insert(connection, entry);
            }
            facts.put(connection, KnowledgeBaseFacts.STARTER_CONTENT_ADDED, clock.instant().toString());
            return true;
        });
    }

    @Override
    public void close() {
        database.close();
    }

    private Entry insert(Connection connection, Entry draft) throws SQLException {
        Instant now = draft.version() == 0 ? draft.meta().updated() : clock.instant();
        Entry stored = draft.withMeta(new EntryMeta(draft.id(), draft.meta().created(), now, 1));
        entries.insert(connection, stored);
        reindex(connection, stored);
        return stored;
    }

    private void reindex(Connection connection, Entry entry) throws SQLException {
        ParsedMarkdown parsed = parser.parse(entry.markdownSources());
        index.replace(connection, entry.id(), parsed.tags(), parsed.links());
    }

    /** Now, but never earlier than {@code before}: updated times only move forward, even if the clock steps back. */
    private Instant later(Instant before) {
        Instant now = clock.instant();
        return now.isAfter(before) ? now : before.plusMillis(1);
    }
}
