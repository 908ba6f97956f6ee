package org.projectnexus.logic.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Backup zips that unpack to far more than they should, made on the spot (a few KB per MB they unpack to). */
public final class ZipBombs {

    private static final int MB = 1 << 20;

    private ZipBombs() {
    }

    /** A zip whose database is {@code size} zero bytes: about a thousand times smaller packed. */
    public static Path zeros(Path zip, long size) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry(DatabaseRestore.ENTRY_NAME));
            byte[] block = new byte[MB];
            for (long written = 0; written < size; written += block.length) {
                out.write(block, 0, (int) Math.min(block.length, size - written));
            }
            out.closeEntry();
        }
        return zip;
    }

    /** Rewrites the size the zip's central directory declares for its one entry, as a hostile zip would. */
    public static Path declareSize(Path zip, int size) throws IOException {
        byte[] bytes = Files.readAllBytes(zip);
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        for (int at = bytes.length - 22; at >= 0; at--) {
            if (buffer.getInt(at) == 0x02014b50) { // the central directory's header of the entry
                buffer.putInt(at + 24, size); // its uncompressed size
                break;
            }
        }
        return Files.write(zip, bytes);
    }
}
