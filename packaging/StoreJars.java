import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites every jar under the folders given with its entries stored, not deflated, keeping their order, names and
 * times: {@code java packaging/StoreJars.java FOLDER...} (run by packaging/bundle.xml).
 *
 * Why: the installers compress the whole app again (the .deb with xz). Deflated class files do not compress any
 * further, while stored ones compress well under xz, so the .deb is smaller although the installed jars are
 * larger (measured: ADR 32).
 */
public final class StoreJars {

    public static void main(String[] folders) throws IOException {
        long before = 0;
        long after = 0;
        for (String folder : folders) {
            List<Path> jars;
            try (Stream<Path> files = Files.walk(Path.of(folder))) {
                jars = files.filter(file -> file.toString().endsWith(".jar")).sorted().toList();
            }
            for (Path jar : jars) {
                before += Files.size(jar);
                store(jar);
                after += Files.size(jar);
            }
        }
        System.out.printf("Jars stored uncompressed: %,d bytes before, %,d after%n", before, after);
    }

    private static void store(Path jar) throws IOException {
        Path stored = jar.resolveSibling(jar.getFileName() + ".stored");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(jar));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(stored))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes(); // the current entry's bytes
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setMethod(ZipEntry.STORED);
                copy.setSize(bytes.length);
                copy.setCompressedSize(bytes.length);
                CRC32 crc = new CRC32();
                crc.update(bytes);
                copy.setCrc(crc.getValue());
                copy.setTime(entry.getTime());
                out.putNextEntry(copy);
                out.write(bytes);
                out.closeEntry();
            }
        }
        Files.move(stored, jar, StandardCopyOption.REPLACE_EXISTING);
    }
}
