package org.projectnexus.logic;

import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Consumer;
import org.projectnexus.logic.history.RevisionThinning;
import org.projectnexus.logic.markdown.EntryIndexer;
import org.projectnexus.logic.markdown.EntryPageRenderer;
import org.projectnexus.logic.markdown.HtmlSanitizer;
import org.projectnexus.logic.markdown.MarkdownParser;
import org.projectnexus.logic.markdown.MarkdownRenderer;
import org.projectnexus.logic.markdown.WebAssets;
import org.projectnexus.logic.search.QuickSwitcher;
import org.projectnexus.logic.search.SearchIndex;
import org.projectnexus.logic.store.AttachmentStore;
import org.projectnexus.logic.store.Database;
import org.projectnexus.logic.store.EntryStore;
import org.projectnexus.logic.store.FileKeyAhead;
import org.projectnexus.logic.store.HubLedger;
import org.projectnexus.logic.store.LearningStore;
import org.projectnexus.logic.store.ReviewSchedule;
import org.projectnexus.logic.store.DashboardQueries;
import org.projectnexus.logic.progress.Dashboard;
import org.projectnexus.logic.review.FsrsScheduler;
import org.projectnexus.logic.review.SpacedReview;
import org.projectnexus.model.ChangeEvent;
import org.projectnexus.model.DatabaseInUseException;

/**
 * An open knowledge base: the one door the window and the command line go through. It composes the use-case
 * services, each a room of its own ({@link Entries}, {@link Connections}, {@link Finding}, {@link Exchange},
 * {@link Safety}, {@link Rendering}, {@link Publishing}, {@link Learning}, {@link Attachments}, {@link TeamHub}),
 * over one database, and announces
 * each committed change to its subscribers
 * ({@link #onChange}). Closing it closes the search index and the database.
 */
public final class KnowledgeBase implements AutoCloseable {

    /** The folder, inside the data folder, that holds the search index. */
    public static final String SEARCH_FOLDER = "search-index";

    private final Database database;
    private final EntryStore store;
    private final SearchIndex search;
    private final Entries entries;
    private final Connections connections;
    private final Finding finding;
    private final Exchange exchange;
    private final Safety safety;
    private final Rendering rendering;
    private final Publishing publishing;
    private final Learning learning;
    private final Attachments attachments;
    private final TeamHub teamHub;

    /**
     * The search index is opened in {@code searchFolder} (in memory when null: an encrypted knowledge base must
     * not leave its text readable beside it) and follows every committed change of the store ({@link OpeningOptions}).
     */
    KnowledgeBase(Database database, MarkdownParser parser, EntryPageRenderer pages, Clock clock,
                  RevisionThinning thinning, Path searchFolder, boolean oneCommand) {
        this.database = database;
        EntryIndexer indexer = new EntryIndexer(parser);
        this.store = new EntryStore(database, indexer::index, thinning);
        // The hub's outbox hears each commit first (every subscriber hears it even when one fails, EntryStore.announce):
        // an outbox row missed in a running knowledge base would only be looked for again after the next opening.
        HubLedger hubLedger = new HubLedger(database, store);
        store.onCommit(event -> hubLedger.record(event, clock.instant()));
        this.search = SearchIndex.open(searchFolder, new SearchSource(store), !oneCommand);
        this.finding = new Finding(search, new QuickSwitcher(new SwitcherSource(store)), store::findAll);
        store.onCommit(finding::changed);
        this.entries = new Entries(store, indexer, clock);
        this.connections = new Connections(store, parser, clock);
        this.attachments = new Attachments(new AttachmentStore(database), store, clock);
        this.rendering = new Rendering(pages, store::resolves, attachments.embeddedFiles());
        LearningStore learningStore = new LearningStore(database);
        this.exchange = new Exchange(store, parser, indexer, clock, rendering, attachments, learningStore);
        this.safety = new Safety(store, database, entries, clock);
        this.publishing = new Publishing(store, safety, clock, attachments);
        java.time.ZoneId zone = java.time.ZoneId.systemDefault();
        // Its changes are announced as the entries' are (ADR 33): the window's dashboard counts reviews.
        SpacedReview review = new SpacedReview(new ReviewSchedule(database, store::reviewsChanged),
                FsrsScheduler.forKnowledgeHub(), clock, zone);
        this.learning = new Learning(learningStore, store, entries, parser, review,
                new Dashboard(new DashboardQueries(database), review, clock, zone));
        this.teamHub = new TeamHub(hubLedger, entries, indexer, clock);
    }

    /** Opens (creating if needed) the knowledge base in {@code folder}, with the standard Markdown pipeline. */
    public static KnowledgeBase open(Path folder, Clock clock) {
        return open(folder, clock, OpeningOptions.DEFAULT);
    }

    /** Opens the knowledge base in {@code folder} with a password (if encrypted) and a revision-thinning policy. */
    public static KnowledgeBase open(Path folder, Clock clock, OpeningOptions options) {
        // An encrypted one's file key is derived first, on a thread of its own (unless that started sooner): 0.6 s of
        // one core under the command line's C1 (ADR 38), and the Markdown pipeline and H2's engine load meanwhile.
        FileKeyAhead key = options.keyAhead() != null || options.password() == null ? options.keyAhead()
                : FileKeyAhead.start(folder, options.password());
        MarkdownParser parser = new MarkdownParser();
        EntryPageRenderer pages = new EntryPageRenderer(parser, new MarkdownRenderer(new HtmlSanitizer()),
                new WebAssets());
        Database database;
        try {
            database = Database.open(folder, options.password(), options.oneCommand(), options.beforeUpdate(), key);
        } catch (DatabaseInUseException held) {
            throw BusyKnowledgeBase.explained(held, folder);
        }
        try {
            KnowledgeBase knowledgeBase = new KnowledgeBase(database, parser, pages, clock,
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

    /**
     * Calls {@code subscriber} after each committed change, on the thread that made it (ADR 33): the window patches
     * its lists from it, the search index and the quick switcher follow it.
     */
    public void onChange(Consumer<ChangeEvent> subscriber) {
        store.onCommit(subscriber);
    }

    public Entries entries() {
        return entries;
    }

    public Connections connections() {
        return connections;
    }

    public Finding finding() {
        return finding;
    }

    public Exchange exchange() {
        return exchange;
    }

    public Safety safety() {
        return safety;
    }

    /** The learning loop: challenges' life cycle, takeaways' sources (issue 26). */
    public Learning learning() {
        return learning;
    }

    /** Images and files kept in the knowledge base and embedded in notes (issue 24). */
    public Attachments attachments() {
        return attachments;
    }

    /** The entries as HTML, for the preview and {@code nexus render}. */
    public Rendering rendering() {
        return rendering;
    }

    /** The team hub: sharing entries with a team through PostgreSQL (issue 27). */
    public TeamHub teamHub() {
        return teamHub;
    }

    /** Publishing the hub to a Git repository. */
    public Publishing publishing() {
        return publishing;
    }

    @Override
    public void close() {
        try {
            teamHub.close();
            search.close();
        } finally {
            database.close();
        }
    }
}
