package org.projectnexus.logic.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.projectnexus.model.NexusException;
import org.projectnexus.model.IndexedEntry;
import org.projectnexus.model.SearchResults;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The full-text index of a knowledge base: Lucene, in the data folder beside the database. The database stays
 * the truth; the index follows it. Every committed change is applied by re-reading the changed entries from the
 * database under one lock (so of two writers of the same entry the later read wins), and made searchable at once.
 * Lucene commits only now and then, so after a crash the index can lag: {@link #synchronize} compares every
 * entry's version with the indexed one at start and re-indexes what differs, in the background. A change of more
 * than {@value #CATCH_UP_ABOVE} entries at once (an import) is caught up the same way, on a thread of the index's
 * own, so that the import is done when its entries are committed; searches say meanwhile that they may miss some.
 */
public final class SearchIndex implements AutoCloseable {

    /** What the index reads from the knowledge base. */
    public interface Source {
        /** The version of every entry, by id. */
        Map<UUID, Long> versions();

        /** The entries with these ids that still exist, with their tags and aliases. */
        List<IndexedEntry> load(Collection<UUID> ids);
    }

    private static final Logger LOG = LoggerFactory.getLogger(SearchIndex.class);
    private static final int BATCH = 500;
    /** Changes of more entries than this at once are indexed in the background (see the class comment). */
    static final int CATCH_UP_ABOVE = 1000;
    private static final long REFRESH_NANOS = 2_000_000_000L;
    /** A rebuild reads, converts and analyses batches on every core (Lucene's writer is made for that). */
    private static final int THREADS = Math.max(1, Runtime.getRuntime().availableProcessors());

    private final Source source;
    private final Analyzer analyzer = new SearchAnalyzer();
    private final QueryLanguage language = new QueryLanguage(analyzer);
    /** Opens the index's files; run once, on first use (see {@link #files()}). */
    private final java.util.function.Supplier<IndexFiles> opening;
    private volatile IndexFiles files;
    private final Object writeLock = new Object();
    private volatile boolean complete;
    /** Set by {@link #close}: a synchronisation running on another thread stops at its next batch. */
    private volatile boolean closed;
    /** Entries changed since the running synchronisation began: they may be in the index already. */
    private final Set<UUID> changedDuringSync = java.util.concurrent.ConcurrentHashMap.newKeySet();
    /** Set before a synchronisation reads what the index holds, so no change made during it goes unrecorded. */
    private volatile boolean syncing;
    private final Object syncLock = new Object();
    /** Catch-ups asked for and not finished: the index is not complete while there are any. */
    private final java.util.concurrent.atomic.AtomicInteger catchUpsPending = new java.util.concurrent.atomic.AtomicInteger();
    private final ExecutorService catchUp = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "nexus-index-catch-up");
        thread.setDaemon(true);
        return thread;
    });
    private final boolean catchesUp; // false for one command's knowledge base: it closes before a catch-up ends

    private SearchIndex(java.util.function.Supplier<IndexFiles> opening, Source source, boolean catchUpInBackground) {
        this.opening = opening;
        this.source = source;
        this.catchesUp = catchUpInBackground;
    }

    /**
     * Opens the index in {@code folder} (in memory when null); a missing, damaged or outdated index is started
     * afresh, and rebuilt by {@link #synchronize}, which also takes in large changes without catchUpInBackground.
     */
    public static SearchIndex open(Path folder, Source source, boolean catchUpInBackground) {
        return new SearchIndex(() -> IndexFiles.open(folder, new SearchAnalyzer()), source, catchUpInBackground);
    }

    /**
     * The index's files, opened on first use (a search, a save, a synchronisation): a command that never searches
     * ({@code nexus list}, an export) never starts Lucene, and the window's first frame does not wait for it.
     */
    private IndexFiles files() {
        IndexFiles opened = files;
        if (opened == null) {
            synchronized (opening) {
                opened = files;
                if (opened == null) {
                    if (closed) {
                        throw new IllegalStateException("The search index is closed");
                    }
                    opened = opening.get();
                    complete = !opened.createdAfresh();
                    files = opened;
                }
            }
        }
        return opened;
    }

    /**
     * Applies committed changes to these entries (added, changed or removed), then makes them searchable; many at
     * once are left to a synchronisation in the background (the database is the truth, and it compares versions).
     */
    public void changed(Set<UUID> ids) {
        if (ids.size() > CATCH_UP_ABOVE) {
            catchUpInBackground(ids.size());
            return;
        }
        try {
            synchronized (writeLock) {
                if (closed) {
                    return;
                }
                if (syncing) {
                    changedDuringSync.addAll(ids);
                }
                List<UUID> all = new ArrayList<>(ids);
                for (int from = 0; from < all.size(); from += BATCH) { // an import can change 100,000 at once
                    apply(all.subList(from, Math.min(all.size(), from + BATCH)), false);
                }
            }
            files().searchers().maybeRefreshBlocking();
        } catch (IOException | RuntimeException failure) {
            // The database has the change; the next synchronize brings the index back in line.
            LOG.error("The search index could not follow a change to {} entries", ids.size(), failure);
        }
    }

    private void catchUpInBackground(int changes) {
        if (closed) {
            return;
        }
        if (!catchesUp) { // the next synchronisation (the window's start, `nexus search`) takes it in
            complete = false;
            return;
        }
        catchUpsPending.incrementAndGet();
        try {
            catchUp.execute(() -> {
                try {
                    int fixed = synchronize((done, total) -> { });
                    LOG.info("Search index caught up with a change of {} entries ({} re-indexed)", changes, fixed);
                } catch (RuntimeException failure) {
                    if (!closed) { // closing stops a catch-up midway; the next start's synchronisation finishes it
                        LOG.error("The search index could not catch up with a change of {} entries", changes, failure);
                    }
                } finally {
                    catchUpsPending.decrementAndGet();
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException closing) {
            catchUpsPending.decrementAndGet();
        }
    }

    /**
     * Brings the index in line with the database: re-indexes entries whose version differs and removes entries
     * that are gone. Reports {@code (done, total)} as it goes. Returns how many entries it had to fix.
     */
    public int synchronize(BiConsumer<Integer, Integer> progress) {
        synchronized (syncLock) { // one at a time: start-up's and a restored backup's could otherwise overlap
            return synchronizeAlone(progress);
        }
    }

    private int synchronizeAlone(BiConsumer<Integer, Integer> progress) {
        if (closed) { // the window closed before its start-up synchronisation came round: the next start does it
            return 0;
        }
        changedDuringSync.clear();
        syncing = true;
        try {
            Map<UUID, Long> stored = source.versions();
            Map<UUID, Long> indexed = files().indexedVersions();
            List<UUID> outdated = new ArrayList<>();
            stored.forEach((id, version) -> {
                if (!version.equals(indexed.get(id))) {
                    outdated.add(id);
                }
            });
            // Entries the index has never seen are added without a delete-by-id first (a rebuild is all of them).
            outdated.sort(java.util.Comparator.comparing(indexed::containsKey));
            Set<UUID> gone = new HashSet<>(indexed.keySet());
            gone.removeAll(stored.keySet());
            int total = outdated.size() + gone.size();
            if (total == 0) {
                complete = true;
                return 0;
            }
            complete = false;
            progress.accept(0, total);
            synchronized (writeLock) {
                if (closed) {
                    return 0;
                }
                apply(gone, false);
            }
            int done = gone.size();
            long lastRefresh = System.nanoTime();
            ExecutorService workers = Executors.newFixedThreadPool(THREADS, runnable -> {
                Thread thread = new Thread(runnable, "nexus-index-rebuild");
                thread.setDaemon(true);
                return thread;
            });
            List<Future<Integer>> batches = new ArrayList<>();
            try {
                for (int from = 0; from < outdated.size(); from += BATCH) {
                    List<UUID> batch = outdated.subList(from, Math.min(outdated.size(), from + BATCH));
                    boolean allNew = !indexed.containsKey(batch.get(batch.size() - 1));
                    batches.add(workers.submit(() -> indexBatch(batch, allNew)));
                }
                for (Future<Integer> batch : batches) {
                    done += batch.get();
                    if (closed) {
                        return done;
                    }
                    // Searches see the progress every few seconds; refreshing after every batch made tiny segments.
                    if (System.nanoTime() - lastRefresh > REFRESH_NANOS) {
                        files().searchers().maybeRefresh();
                        lastRefresh = System.nanoTime();
                    }
                    progress.accept(done, total);
                }
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return done;
            } catch (ExecutionException failed) {
                if (closed) {
                    return done;
                }
                throw failed.getCause() instanceof IOException io ? io : new IOException(failed.getCause());
            } finally {
                IndexWorkers.stopAfterRunningBatches(workers, batches);
            }
            synchronized (writeLock) {
                if (closed) {
                    return total;
                }
                files().commit();
            }
            files().searchers().maybeRefreshBlocking();
            complete = true;
            LOG.info("Search index synchronised: {} entries re-indexed, {} removed", outdated.size(), gone.size());
            return total;
        } catch (IOException failure) {
            throw new NexusException("The search index could not be brought up to date: " + failure.getMessage(),
                    failure);
        } finally {
            syncing = false;
            changedDuringSync.clear();
        }
    }

    /** Empties the index (the database was replaced by a backup): {@link #synchronize} then fills it again. */
    public void clear() {
        try {
            synchronized (writeLock) {
                if (closed) {
                    return;
                }
                files().writer().deleteAll();
                files().commit();
            }
            complete = false;
            files().searchers().maybeRefreshBlocking();
        } catch (IOException failure) {
            throw new NexusException("The search index could not be emptied: " + failure.getMessage(), failure);
        }
    }

    /** Whether every entry is in the index (false until the first {@link #synchronize} of a new index ends). */
    public boolean complete() {
        files(); // a new index is known to be incomplete only once it is opened
        return complete && catchUpsPending.get() == 0;
    }

    /** Runs a query in Nexus's query language; see {@link QueryLanguage}. */
    public SearchResults search(String query, int limit) {
        QueryLanguage.Parsed parsed = language.parse(query);
        return withSearcher(searcher -> IndexSearch.run(searcher, analyzer, parsed, limit, complete()));
    }

    /**
     * The challenges and notes most like {@code text} (Lucene's MoreLikeThis over titles and texts, ADR 37), best
     * first, leaving out {@code excluded} (the challenge being written; may be null).
     */
    public List<SimilarEntries.Match> similar(String text, UUID excluded, int limit) {
        return withSearcher(searcher -> SimilarEntries.find(searcher, analyzer, text, excluded, limit));
    }

    private interface SearcherWork<T> {
        T run(IndexSearcher searcher) throws IOException;
    }

    private <T> T withSearcher(SearcherWork<T> work) {
        SearcherManager searchers = files().searchers();
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return work.run(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException failure) {
            throw new NexusException("The search failed: " + failure.getMessage(), failure);
        }
    }

    /** Writes what the index holds to disk, so the next start has less to catch up. */
    public void commit() {
        try {
            synchronized (writeLock) {
                if (closed) {
                    return;
                }
                files().commit();
            }
        } catch (IOException failure) {
            LOG.warn("Could not commit the search index", failure);
        }
    }

    /**
     * Stops a synchronisation under way after its running batches (see
     * {@link IndexWorkers#stopAfterRunningBatches}) and closes the files. Closing again does nothing.
     */
    @Override
    public void close() {
        closed = true;
        catchUp.shutdown();
        synchronized (syncLock) { // a synchronisation sees {@code closed} and returns after its running batches
            synchronized (writeLock) {
                synchronized (opening) {
                    if (files != null) {
                        IndexFiles open = files;
                        files = null; // closing twice is a no-op; any use after it throws (see files())
                        open.close();
                    }
                }
            }
        }
    }

    /**
     * Indexes a batch during a synchronisation, beside other batches and saves: the writer takes documents from
     * several threads. An entry saved meanwhile may have been read before its save: it is indexed again, under
     * the lock, as the database has it now.
     */
    private int indexBatch(List<UUID> batch, boolean allNew) throws IOException {
        if (closed) {
            return 0;
        }
        apply(batch, allNew);
        List<UUID> changed = batch.stream().filter(changedDuringSync::contains).toList();
        if (!changed.isEmpty()) {
            synchronized (writeLock) {
                if (!closed) {
                    apply(changed, false);
                }
            }
        }
        return batch.size();
    }

    /** Indexes these entries as the database has them now; {@code new} when none of them is in the index yet. */
    private void apply(Collection<UUID> ids, boolean allNew) throws IOException {
        IndexWriter writer = files().writer();
        Set<UUID> missing = new HashSet<>(ids);
        for (IndexedEntry entry : source.load(ids)) {
            missing.remove(entry.entry().id());
            if (allNew && !changedDuringSync.contains(entry.entry().id())) {
                writer.addDocument(SearchDocuments.of(entry));
            } else {
                writer.updateDocument(new Term(SearchDocuments.ID, entry.entry().id().toString()),
                        SearchDocuments.of(entry));
            }
        }
        for (UUID id : missing) {
            writer.deleteDocuments(new Term(SearchDocuments.ID, id.toString()));
        }
    }
}
