package org.projectnexus.bench;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.logic.exchange.ConflictPolicy;
import org.projectnexus.logic.exchange.ImportReport;
import org.projectnexus.model.Entry;
import org.projectnexus.model.EntryKind;
import org.projectnexus.model.Progress;

/**
 * Issue 24's targets: {@code AttachmentsHarness FOLDER [NOTES IMAGES IMAGE_KB]}. (1) attaching a 10 MB file from the
 * disk (five runs after a warm-up); (2) rendering the preview of a note with twenty 1 MB images, cold (each image
 * read and encoded) and warm (as while typing); (3) importing a vault of NOTES notes of which IMAGES embed an image
 * of IMAGE_KB kilobytes (default 10,000 / 2,000 / 250: 500 MB), with the heap this JVM was given (run it with
 * -Xmx512m to show it bounded).
 */
public final class AttachmentsHarness {

    private AttachmentsHarness() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "attachments-bench");
        int notes = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int images = args.length > 2 ? Integer.parseInt(args[2]) : 2_000;
        int imageKb = args.length > 3 ? Integer.parseInt(args[3]) : 250;
        delete(folder);
        Files.createDirectories(folder);
        System.out.println("max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB");
        attachTenMegabytes(folder);
        previewTwentyImages(folder);
        importVault(folder, notes, images, imageKb);
        delete(folder);
    }

    private static void attachTenMegabytes(Path folder) throws Exception {
        Path file = folder.resolve("ten.bin");
        Files.write(file, random(10 * 1024 * 1024, 1));
        try (KnowledgeBase knowledgeBase = KnowledgeBase.open(folder.resolve("kb-attach"), Clock.systemUTC())) {
            Entry entry = note(knowledgeBase, "Attach");
            knowledgeBase.attachments().attach(entry.id(), "warm.bin", new ByteArrayInputStream(random(100_000, 2)));
            for (int run = 1; run <= 5; run++) {
                Path copy = folder.resolve("ten-" + run + ".bin");
                byte[] bytes = Files.readAllBytes(file);
                bytes[run] ^= 1; // other bytes each run: each is stored, none found already there
                Files.write(copy, bytes);
                long start = System.nanoTime();
                knowledgeBase.attachments().attach(entry.id(), copy);
                System.out.printf("attach 10 MB file, run %d: %d ms%n", run, (System.nanoTime() - start) / 1_000_000);
            }
        }
    }

    private static void previewTwentyImages(Path folder) throws Exception {
        try (KnowledgeBase knowledgeBase = KnowledgeBase.open(folder.resolve("kb-preview"), Clock.systemUTC())) {
            StringBuilder body = new StringBuilder("# Twenty pictures\n\n");
            for (int i = 0; i < 20; i++) {
                body.append("Picture ").append(i).append(":\n\n![[picture ").append(i).append(".png]]\n\n");
            }
            Entry entry = knowledgeBase.entries().add(knowledgeBase.entries().draft(EntryKind.NOTE, "Pictures")
                    .withText("Pictures", body.toString()));
            for (int i = 0; i < 20; i++) {
                knowledgeBase.attachments().attach(entry.id(), "picture " + i + ".png",
                        new ByteArrayInputStream(png(1024 * 1024, 100 + i)));
            }
            var preview = knowledgeBase.rendering().livePreview();
            long start = System.nanoTime();
            List<String> blocks = preview.apply(entry);
            long cold = (System.nanoTime() - start) / 1_000_000;
            Entry typed = entry.withText("Pictures", body + "one more word");
            start = System.nanoTime();
            preview.apply(typed);
            long warm = (System.nanoTime() - start) / 1_000_000;
            long characters = blocks.stream().mapToLong(String::length).sum();
            System.out.printf("preview of 20 x 1 MB images: cold %d ms, after a keystroke %d ms (%d MB of HTML)%n",
                    cold, warm, characters / (1024 * 1024));
        }
    }

    private static void importVault(Path folder, int notes, int images, int imageKb) throws Exception {
        Path vault = folder.resolve("vault");
        Files.createDirectories(vault.resolve("Attachments"));
        Random random = new Random(3);
        long startWriting = System.nanoTime();
        for (int i = 0; i < notes; i++) {
            StringBuilder text = new StringBuilder("Note ").append(i).append(" about caching and queues. See [[Note ")
                    .append((i + 1) % notes).append("]].\n");
            if (i < images) {
                text.append("\n![[image ").append(i).append(".png]]\n");
                Files.write(vault.resolve("Attachments/image " + i + ".png"), png(imageKb * 1024, random.nextLong()));
            }
            Files.writeString(vault.resolve("Note " + i + ".md"), text.toString());
        }
        System.out.printf("(wrote the vault in %d ms)%n", (System.nanoTime() - startWriting) / 1_000_000);
        System.gc();
        long start = System.nanoTime();
        try (KnowledgeBase knowledgeBase = KnowledgeBase.open(folder.resolve("kb-import"), Clock.systemUTC())) {
            ImportReport report = knowledgeBase.exchange().importFrom(vault, ConflictPolicy.RENAME, Progress.none());
            long took = (System.nanoTime() - start) / 1_000_000;
            Runtime runtime = Runtime.getRuntime();
            System.out.printf("import %d notes + %d images of %d KB: %d ms (%s); heap used after %d MB%n", notes,
                    images, imageKb, took, report.summary(), (runtime.totalMemory() - runtime.freeMemory()) >> 20);
        }
    }

    private static Entry note(KnowledgeBase knowledgeBase, String title) {
        return knowledgeBase.entries().add(knowledgeBase.entries().draft(EntryKind.NOTE, title).withText(title, "x"));
    }

    private static byte[] png(int size, long seed) {
        byte[] bytes = random(size, seed);
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, 0, bytes, 0, 8);
        return bytes;
    }

    private static byte[] random(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    private static void delete(Path folder) throws Exception {
        if (Files.exists(folder)) {
            try (Stream<Path> all = Files.walk(folder)) {
                for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
