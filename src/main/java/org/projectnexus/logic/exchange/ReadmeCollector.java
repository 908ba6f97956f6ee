package org.projectnexus.logic.exchange;

import org.projectnexus.model.IndexedEntry;

/**
 * Takes in the entries of a README one at a time while something else (a publish writing each entry's file) reads
 * them, so the knowledge base is read once for both. A publish also hands in lines it kept from an earlier publish
 * for entries that have not changed since.
 */
public final class ReadmeCollector {

    private final ReadmeOutline outline = new ReadmeOutline();

    /** The entry's README line, not yet taken in ({@link #add}); null for a private entry. */
    public ReadmeLine line(IndexedEntry entry) {
        return outline.line(entry);
    }

    /** Takes in a line; lines of a section are shown in the order they are added. */
    public void add(ReadmeLine line) {
        outline.add(line);
    }

    /** Whether an entry with these tags is never published ({@code #private}, or a tag under it). */
    public static boolean isPrivate(IndexedEntry entry) {
        return ReadmeOutline.isPrivate(entry.tags());
    }

    ReadmeOutline outline() {
        return outline;
    }
}
