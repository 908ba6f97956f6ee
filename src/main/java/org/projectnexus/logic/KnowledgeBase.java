package org.projectnexus.logic;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.projectnexus.logic.backup.BackupPolicy;
import org.projectnexus.logic.backup.Backups;
import org.projectnexus.logic.history.RevisionThinning;
import org.projectnexus.logic.exchange.ConflictPolicy;
import org.projectnexus.logic.exchange.EntryImport;
import org.projectnexus.logic.exchange.ExportFormat;
import org.projectnexus.logic.exchange.ExportSource;
import org.projectnexus.logic.exchange.ImportReport;
import org.projectnexus.logic.exchange.ImportSources;
import org.projectnexus.logic.exchange.JsonBackup;
import org.projectnexus.logic.exchange.LinkStyle;
import org.projectnexus.logic.exchange.PreparedImport;
import org.projectnexus.logic.exchange.Progress;
import org.projectnexus.logic.exchange.ReadmeExporter;
import org.projectnexus.logic.exchange.VaultExporter;
import org.projectnexus.logic.links.Connections;
import org.projectnexus.logic.links.IntegrityCheck;
import org.projectnexus.logic.markdown.EntryIndexer;
import org.projectnexus.logic.markdown.EntryPageRenderer;
import org.projectnexus.logic.markdown.HtmlSanitizer;
import org.projectnexus.logic.markdown.WebAssets;
import org.projectnexus.logic.markdown.MarkdownParser;
import org.projectnexus.logic.markdown.MarkdownRenderer;
import org.projectnexus.logic.search.QuickSwitcher;
import org.projectnexus.logic.search.SearchIndex;
import org.projectnexus.logic.starter.StarterContent;
import org.projectnexus.logic.store.Database;
import org.projectnexus.logic.store.EntryStore;
import org.projectnexus.logic.store.KnowledgeBaseFacts;
import org.projectnexus.logic.store.StaleEntryException;
import org.projectnexus.model.Challenge;
import org.projectnexus.model.Entry;
import org.projectnexus.model.EntryKind;
import org.projectnexus.model.EntryMeta;
import org.projectnexus.model.EntrySummary;
import org.projectnexus.model.Finding;
import org.projectnexus.model.IndexedEntry;
import org.projectnexus.model.KnowledgeGraph;
import org.projectnexus.model.Reference;
import org.projectnexus.model.SearchResults;
import org.projectnexus.model.SwitcherMatch;
import org.projectnexus.model.Revision;
import org.projectnexus.model.TrashedEntry;
import org.projectnexus.model.Tag;
import org.projectnexus.model.Note;
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
    private final EntryIndexer indexer;
    private final Rendering rendering;
    private final Clock clock;
    private final EntryStore store;
    private final Connections connections;
    private final SearchIndex search;
    private final QuickSwitcher switcher;

    /**
     * The search index is opened in {@code searchFolder} (in memory when null: an encrypted knowledge base must
     * not leave its text readable beside it) and follows every committed change of the store ({@link OpeningOptions}).
     */
    public KnowledgeBase(Database database, MarkdownParser parser, EntryPageRenderer pages, Clock clock,
                         RevisionThinning thinning, Path searchFolder, boolean oneCommand) {
        this.database = database;
        this.parser = parser;
        this.indexer = new EntryIndexer(parser);
        this.clock = clock;
        this.store = new EntryStore(database, indexer::index, thinning);
        this.rendering = new Rendering(pages, store::resolves);
        this.connections = new Connections(store, clock);
        this.search = SearchIndex.open(searchFolder, new SearchSource(store), !oneCommand);
        store.onCommit(search::changed);
        this.switcher = new QuickSwitcher(new SwitcherSource(store));
        store.onCommit(switcher::changed);
    }

    /** Opens (creating if needed) the knowledge base in {@code folder}, with the standard Markdown pipeline. */
    public static KnowledgeBase open(Path folder, Clock clock) {
        return open(folder, clock, OpeningOptions.DEFAULT);
    }

    /** Opens the knowledge base in {@code folder} with a password (if encrypted) and a revision-thinning policy. */
    public static KnowledgeBase open(Path folder, Clock clock, OpeningOptions options) {
        MarkdownParser parser = new MarkdownParser();
        Database database = Database.open(folder, options.password(), options.oneCommand(),
                options.beforeUpdate());
        try {
            KnowledgeBase knowledgeBase = new KnowledgeBase(database, parser,
                    new EntryPageRenderer(parser, new MarkdownRenderer(new HtmlSanitizer()), new WebAssets()), clock,
                    RevisionThinning.DEFAULT, options.password() == null ? folder.resolve(SEARCH_FOLDER) : null,
                    options.oneCommand());
            knowledgeBase.store.useThinning(options.thinning() != null ? options.thinning()
                    : RevisionThinning.fromFacts(knowledgeBase.store::fact));
            knowledgeBase.store.reindexChallengesWithFrontMatterOnce(clock.instant());
            return knowledgeBase;
        } catch (RuntimeException failure) {
            database.close();
            throw failure;
        }
    }

    /** The folder, inside the data folder, that holds the search index. */
    public static final String SEARCH_FOLDER = "search-index";

    /** Runs a query in Nexus's query language (see {@link org.projectnexus.logic.search.QueryLanguage}). */
    public SearchResults search(String query, int limit) {
        return search.search(query, limit);
    }

    /** Entries whose title or alias fuzzily matches {@code typed}, the {@code recent} ones first. */
    public List<SwitcherMatch> quickSwitch(String typed, List<UUID> recent, int limit) {
        return switcher.find(typed, recent, limit);
    }

    /**
     * Brings the search index in line with the database after a crash or on a new index, reporting
     * {@code (done, total)}; returns how many entries it fixed. Searches meanwhile may miss entries.
     */
    public int synchronizeSearch(java.util.function.BiConsumer<Integer, Integer> progress) {
        return search.synchronize(progress);
    }

    /** How revisions are thinned as they age. */
    public RevisionThinning revisionThinning() {
        return store.thinning();
    }

    /** Changes how revisions are thinned, for this knowledge base, from the next save on (window and CLI alike). */
    public void setRevisionThinning(RevisionThinning policy) {
        store.putFacts(policy.asFacts());
        store.useThinning(policy);
    }

    public List<EntrySummary> summaries() {
        return store.summaries();
    }

    public Optional<Entry> find(UUID id) {
        return store.find(id);
    }

    public Optional<Entry> findByTitle(String title) {
        return store.findByTitle(title);
    }

    /** The entries of the kind (all when empty), newest first, with their tags, without reading their texts. */
    public List<Map.Entry<EntrySummary, List<Tag>>> taggedSummaries(Optional<EntryKind> kind) {
        return store.taggedSummaries(kind);
    }

    /** Every entry of the kind (all kinds when empty) with its tags and links, most recently updated first. */
    public List<IndexedEntry> indexedEntries(Optional<EntryKind> kind) {
        return store.indexedEntries().stream()
                .filter(indexed -> kind.isEmpty() || kind.get() == indexed.entry().kind())
                .toList();
    }

    /** The tags and links written in the entry's Markdown. */
    public IndexedEntry indexed(Entry entry) {
        return indexer.index(entry);
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
        String title = base;
        for (int n = 2; store.titleExists(WikiLink.titleKey(title)); n++) {
            title = base + " " + n;
        }
        return title;
    }

    /** Stores a new entry; its title must be free. Returns the stored entry (version 1). */
    public Entry add(Entry draft) {
        String title = TitleRules.check(draft.title());
        return store.insert(draft.withText(title, draft.body()));
    }

    /** Stores new entries in one transaction: all of them, or none when one fails (a title taken, say). */
    public List<Entry> addAll(List<Entry> drafts) {
        List<Entry> checked = drafts.stream()
                .map(draft -> draft.withText(TitleRules.check(draft.title()), draft.body())).toList();
        return store.transaction(session -> checked.stream().map(session::insertAsGiven).toList());
    }

    /**
     * Stores an edited entry over the version it was read at. Fails with {@link StaleEntryException} when the
     * stored entry changed in between, so no one's edit is silently overwritten.
     */
    public Entry save(Entry edited) {
        String title = TitleRules.check(edited.title());
        return connections.save(edited.withText(title, edited.body()));
    }

    /** Every entry that links to this one, with the line around each link. */
    public List<Reference> backlinks(Entry entry) {
        return connections.backlinks(entry);
    }

    /** Entries that name this one in plain text without linking to it. */
    public List<Reference> unlinkedMentions(Entry entry) {
        return connections.unlinkedMentions(entry);
    }

    /** Links the first plain mention of {@code target} in the entry {@code sourceId}; returns that entry as stored. */
    public Entry linkMention(UUID sourceId, Entry target) {
        return connections.linkMention(sourceId, target);
    }

    /** Points the links to {@code from} in the entry {@code sourceId} at {@code to} instead. */
    public Entry relink(UUID sourceId, String from, String to) {
        return connections.relink(sourceId, from, to);
    }

    /** Renames a tag and those nested under it in every entry (into an existing tag: merges); returns entries changed. */
    public org.projectnexus.logic.links.TagRenaming renameTag(Tag from, Tag to) {
        return connections.renameTag(from, to);
    }

    /** Undoes a tag rename through history; returns how many entries were restored. */
    public int undo(org.projectnexus.logic.links.TagRenaming renaming) {
        return connections.undo(renaming);
    }

    /** How many entries carry each tag exactly (nested counts are the caller's to add up). */
    public java.util.Map<String, Integer> tagCounts() {
        return store.tagCounts();
    }

    /** The link-integrity check over the whole knowledge base. */
    public List<Finding> check() {
        return new IntegrityCheck(entry -> parser.parse(entry.body()).headingIds()).check(store.indexedEntries());
    }

    /** Entries as nodes and resolved links as edges. */
    public KnowledgeGraph graph() {
        return connections.graph(store.indexedEntries());
    }

    /** Moves the entry to the trash; links to it show as unresolved until it is restored. */
    public void delete(UUID id) {
        store.moveToTrash(id, clock.instant());
    }

    /** The entries in the trash, most recently deleted first. */
    public List<TrashedEntry> trash() {
        return store.trashed();
    }

    /** Brings an entry back from the trash (under "Title (restored)" if its title was taken meanwhile). */
    public Entry restoreFromTrash(UUID id) {
        return store.restoreFromTrash(id).orElseThrow(() -> new NexusException("That entry is not in the trash."));
    }

    /** Deletes everything in the trash for good (the window and the CLI ask first); returns how many went. */
    public int emptyTrash() {
        return store.emptyTrash();
    }

    /** The backups of this knowledge base, in {@code backups/} of its data folder, kept by {@code policy}. */
    public Backups backups(BackupPolicy policy) {
        return new Backups(database.folder(), database::backupTo, clock, policy);
    }

    /**
     * Replaces this knowledge base with a backup (the window and the CLI confirm first): the current database is
     * set aside first, in {@code set-aside/}; returns where. Entries read before are stale afterwards.
     */
    public Path restoreBackup(Path zip) {
        Path aside = database.restoreFrom(zip);
        // Ids and versions in the backup may match the index's while the text differs: index everything again.
        search.clear();
        switcher.reload();
        search.synchronize((done, total) -> { });
        return aside;
    }

    /** Whether the knowledge base is encrypted on disk. */
    public boolean encrypted() {
        return database.encrypted();
    }

    /** The kept earlier versions of the entry, newest first. */
    public List<Revision> history(UUID id) {
        return store.revisions(id);
    }

    /**
     * Brings back the text of an earlier version as a new save over {@code current} (so the restore itself can
     * be undone from the history); a different title there renames the entry with its links.
     */
    public Entry restoreRevision(Entry current, Revision revision) {
        Entry earlier = revision.entry();
        return save(earlier.withMeta(current.meta()));
    }

    public int revisionCount(UUID id) {
        return store.revisionCount(id);
    }

    /** The entries as HTML, for the preview and {@code nexus render}. */
    public Rendering rendering() {
        return rendering;
    }

    /** Every tag in use, in alphabetical order (for completion in the editor). */
    public List<Tag> tags() {
        return store.tags();
    }

    /** Ids of the entries carrying the tag or a tag nested under it. */
    public java.util.Set<UUID> entriesTagged(Tag tag) {
        return store.taggedWith(tag);
    }

    /**
     * Fills a brand-new knowledge base with the starter content, once in its life: not again after the user
     * deleted it. Returns whether it was added now.
     */
    public boolean addStarterContentIfNew(StarterContent starter) {
        return store.insertOnce(KnowledgeBaseFacts.STARTER_CONTENT_ADDED,
                () -> starter.entries(clock.instant()), clock.instant());
    }

    /**
     * Exports every entry: a vault folder (must be empty or new), a README file or a JSON backup file (must not
     * exist). Returns how many entries were written. Cancelling through {@code progress} stops between files.
     */
    public int export(ExportFormat format, Path target, LinkStyle links, Progress progress) {
        // Every format reads the entries a page at a time.
        ExportSource source = ExportSource.of(store::summaries, store::aliases, store::indexedPage);
        return switch (format) {
            case VAULT -> new VaultExporter().export(source, target, links, progress);
            case README -> new ReadmeExporter().export(source, target, progress);
            case JSON -> new JsonBackup().export(source, target, progress);
        };
    }

    /**
     * Imports a folder of Markdown files (a vault, a Nexus export), a Markdown file, a README in the Project Nexus
     * structure or a JSON backup, a batch at a time in one transaction: a cancel or a failure leaves the knowledge
     * base as it was. The report tells what was done with each file that needed attention. The search index takes
     * in a large import in the background (see {@link SearchIndex}).
     */
    public ImportReport importFrom(Path source, ConflictPolicy onConflict, Progress progress) {
        return importFrom(new ImportSources(parser, indexer::index).prepare(source, progress), onConflict, progress);
    }

    /** Imports what {@link ImportSources#prepare} took the first look at (maybe while this knowledge base opened). */
    public ImportReport importFrom(PreparedImport prepared, ConflictPolicy onConflict, Progress progress) {
        progress.checkCancelled();
        return store.transaction(session -> new EntryImport(session, onConflict, clock, prepared.report(), progress)
                .run(prepared.reading(), indexer::index));
    }

    /** Whether the search index has every entry (false while it catches up after a start or a large import). */
    public boolean searchIndexComplete() {
        return search.complete();
    }

    /**
     * Closes the search index ahead of the rest: a synchronisation under way stops at its next batch. The window
     * calls it, then lets its indexing lane finish, before {@link #close}.
     */
    public void stopSearch() {
        search.close();
    }

    @Override
    public void close() {
        try {
            search.close();
        } finally {
            database.close();
        }
    }
}
