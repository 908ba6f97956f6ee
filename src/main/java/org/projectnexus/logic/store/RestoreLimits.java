package org.projectnexus.logic.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How much a restore may unpack, checked before anything is written and again while writing: a backup zip is a file
 * from outside, and a 4 MB zip once expanded to 4.3 GB inside the data folder before it was refused.
 *
 * @param maxBytes       the largest database a backup may hold
 * @param maxRatio       how many times its compressed size a database may unpack to ...
 * @param ratioFreeBytes ... once it is larger than this (a small, nearly empty database compresses very well)
 * @param bytesToKeep    the free space the disk must still have once the database is unpacked
 * @param freeSpace      tells the free space of the data folder's disk (a test gives a small one)
 */
record RestoreLimits(long maxBytes, long maxRatio, long ratioFreeBytes, long bytesToKeep, FreeSpace freeSpace) {

    /**
     * Backups of real knowledge bases unpack to about twice their size (measured: 1.6 for the starter content, 1.8
     * for 3,000 notes), so a hundred times leaves room; a zip bomb unpacks to a thousand times.
     */
    static final RestoreLimits DEFAULT = new RestoreLimits(64L << 30, 100, 64L << 20, 256L << 20,
            folder -> Files.getFileStore(folder).getUsableSpace());

    /** The free space, in bytes, of the disk that holds {@code folder}. */
    interface FreeSpace {
        long of(Path folder) throws IOException;
    }
}
