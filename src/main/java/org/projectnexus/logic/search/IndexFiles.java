package org.projectnexus.logic.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.NRTCachingDirectory;
import org.apache.lucene.util.Bits;
import org.projectnexus.model.NexusException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The index's files: the Lucene directory, its one writer and the searchers that see the writer's changes
 * without a commit. The format of the documents is written into every commit; an index of another format, or
 * one Lucene cannot open, is started afresh (the database holds everything needed to rebuild it).
 */
final class IndexFiles implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(IndexFiles.class);
    /** Raise when {@link SearchDocuments} changes: older indexes are then rebuilt. */
    private static final String FORMAT = "nexus-search-3";
    private static final String FORMAT_KEY = "format";

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final boolean createdAfresh;

    private IndexFiles(Directory directory, IndexWriter writer, boolean createdAfresh) throws IOException {
        this.directory = directory;
        this.writer = writer;
        this.searchers = new SearcherManager(writer, null);
        this.createdAfresh = createdAfresh;
    }

    /** Opens the index in {@code folder}; with no folder, an index in memory that starts empty. */
    static IndexFiles open(Path folder, Analyzer analyzer) {
        if (folder == null) {
            try {
                Directory memory = new ByteBuffersDirectory();
                return new IndexFiles(memory, new IndexWriter(memory, config(analyzer, false)), true);
            } catch (IOException impossible) {
                throw new UncheckedIOException(impossible);
            }
        }
        try {
            org.projectnexus.logic.store.PrivateFiles.createFolder(folder); // a plain knowledge base's text is in it
            // Small segments made by each save's refresh stay in memory until merged or committed.
            Directory directory = new NRTCachingDirectory(FSDirectory.open(folder), 8.0, 64.0);
            try {
                boolean usable = DirectoryReader.indexExists(directory) && FORMAT.equals(formatOf(directory));
                IndexWriter writer = new IndexWriter(directory, config(analyzer, usable));
                return new IndexFiles(directory, writer, !usable);
            } catch (org.apache.lucene.store.LockObtainFailedException | java.nio.file.FileSystemException notDamaged) {
                throw notDamaged; // held by another Nexus, or not writable: nothing to delete
            } catch (IOException | RuntimeException damaged) {
                LOG.warn("The search index in {} is damaged; it will be rebuilt", folder, damaged);
                for (String file : directory.listAll()) {
                    directory.deleteFile(file);
                }
                IndexWriter writer = new IndexWriter(directory, config(analyzer, false));
                return new IndexFiles(directory, writer, true);
            }
        } catch (org.apache.lucene.store.LockObtainFailedException locked) {
            throw new NexusException("The search index is in use by another Nexus. Close it and try again.", locked);
        } catch (IOException unwritable) {
            // A folder Nexus may not write (read-only media, permissions): search from memory, rebuilt from the
            // database; the database itself says whether saving is possible.
            LOG.warn("Cannot write the search index in {}; keeping it in memory", folder, unwritable);
            return open(null, analyzer);
        }
    }

    private static IndexWriterConfig config(Analyzer analyzer, boolean append) {
        IndexWriterConfig config = new IndexWriterConfig(analyzer);
        config.setOpenMode(append ? IndexWriterConfig.OpenMode.APPEND : IndexWriterConfig.OpenMode.CREATE);
        config.setRAMBufferSizeMB(64);
        config.setCommitOnClose(false);
        return config;
    }

    private static String formatOf(Directory directory) throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            return reader.getIndexCommit().getUserData().get(FORMAT_KEY);
        }
    }

    boolean createdAfresh() {
        return createdAfresh;
    }

    IndexWriter writer() {
        return writer;
    }

    SearcherManager searchers() {
        return searchers;
    }

    /** The version of every indexed entry, read from doc values (no stored fields are loaded). */
    Map<UUID, Long> indexedVersions() throws IOException {
        searchers.maybeRefreshBlocking();
        var searcher = searchers.acquire();
        try {
            Map<UUID, Long> versions = new HashMap<>();
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                SortedDocValues ids = DocValues.getSorted(leaf.reader(), SearchDocuments.ID);
                NumericDocValues numbers = DocValues.getNumeric(leaf.reader(), SearchDocuments.VERSION);
                Bits live = leaf.reader().getLiveDocs();
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    if ((live == null || live.get(doc)) && ids.advanceExact(doc) && numbers.advanceExact(doc)) {
                        versions.put(UUID.fromString(ids.lookupOrd(ids.ordValue()).utf8ToString()), numbers.longValue());
                    }
                }
            }
            return versions;
        } finally {
            searchers.release(searcher);
        }
    }

    void commit() throws IOException {
        writer.setLiveCommitData(Map.of(FORMAT_KEY, FORMAT).entrySet());
        writer.commit();
    }

    @Override
    public void close() {
        try {
            searchers.close();
            commit();
            writer.close();
            directory.close();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
