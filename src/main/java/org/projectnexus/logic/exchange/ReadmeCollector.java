package org.projectnexus.logic.exchange;

import org.projectnexus.model.IndexedEntry;

/**
 * Takes in the entries of a README one at a time while something else (a publish writing each entry's file) reads
 * them, so the knowledge base is read once for both.
 */
public final class ReadmeCollector {

    private final ReadmeOutline outline = new ReadmeOutline();

    public void add(IndexedEntry entry) {
        outline.add(entry);
    }

    /** Whether an entry with these tags is never published ({@code #private}, or a tag under it). */
    public static boolean isPrivate(IndexedEntry entry) {
        return ReadmeOutline.isPrivate(entry.tags());
    }

    ReadmeOutline outline() {
        return outline;
    }
}
