package org.projectnexus.reliability;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.logic.exchange.ConflictPolicy;
import org.projectnexus.model.Progress;
import org.projectnexus.model.Entry;
import org.projectnexus.model.EntryKind;
import org.projectnexus.model.EntrySummary;

/**
 * Runs in a JVM of its own, to be killed: saves entries in a loop as the window's autosave does, now and then
 * renames the entry that others link to (rewriting their links in the same transaction), and prints one line
 * per save the knowledge base reported as done:
 * {@code SAVE id version sha256(body)} or {@code RENAME id version title}. Now and then it imports a folder of
 * {@value #IMPORTED} Markdown files, saying {@code IMPORTING step} before and {@code IMPORT step} once it is done:
 * an import cut short by the kill must have left all of its entries or none.
 */
public final class SavingWorker {

    static final int NOTES = 10;
    static final int SOURCES = 5;
    static final int IMPORTED = 3;

    private SavingWorker() {
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(args[0]);
        Random random = new Random(Long.parseLong(args[1]));
        KnowledgeBase knowledgeBase = KnowledgeBase.open(home, Clock.systemUTC());
        List<UUID> notes = new ArrayList<>();
        for (int i = 0; i < NOTES; i++) {
            notes.add(findOrAdd(knowledgeBase, "Note " + i, "").id());
        }
        Entry target = knowledgeBase.entries().summaries().stream().filter(summary -> summary.title().startsWith("Target "))
                .map(EntrySummary::id).findFirst().flatMap(knowledgeBase.entries()::find)
                .orElseGet(() -> findOrAdd(knowledgeBase, "Target 0", "The entry the sources link to."));
        for (int i = 0; i < SOURCES; i++) {
            findOrAdd(knowledgeBase, "Source " + i, "Source " + i + " links to [[" + target.title() + "]].");
        }
        System.out.println("READY");
        System.out.flush();
        for (long step = System.nanoTime(); ; step++) {
            int dice = random.nextInt(100);
            if (dice < 5) {
                importFolder(knowledgeBase, home, step);
            } else if (dice < 85) {
                UUID id = notes.get(random.nextInt(notes.size()));
                Entry note = knowledgeBase.entries().find(id).orElseThrow();
                String body = text(random, step);
                Entry saved = knowledgeBase.entries().save(note.withText(note.title(), body));
                acknowledge("SAVE " + id + " " + saved.version() + " " + sha256(body));
            } else {
                Entry current = knowledgeBase.entries().find(target.id()).orElseThrow();
                Entry saved = knowledgeBase.entries().save(current.withText("Target " + step, current.body()));
                acknowledge("RENAME " + saved.id() + " " + saved.version() + " " + saved.title());
            }
        }
    }

    /** Imports {@value #IMPORTED} new notes titled {@code Imported STEP N} from a folder beside the data folder. */
    private static void importFolder(KnowledgeBase knowledgeBase, Path home, long step) throws Exception {
        Path folder = Files.createDirectories(home.resolveSibling(home.getFileName() + "-imports").resolve("" + step));
        for (int i = 0; i < IMPORTED; i++) {
            Files.writeString(folder.resolve(importedTitle(step, i) + ".md"), importedBody(step, i));
        }
        acknowledge("IMPORTING " + step);
        knowledgeBase.exchange().importFrom(folder, ConflictPolicy.RENAME, Progress.none());
        acknowledge("IMPORT " + step);
    }

    static String importedTitle(long step, int i) {
        return "Imported " + step + " " + i;
    }

    static String importedBody(long step, int i) {
        return "Imported body " + step + " " + i + "\n";
    }

    private static void acknowledge(String line) {
        System.out.println(line);
        System.out.flush();
    }

    private static Entry findOrAdd(KnowledgeBase knowledgeBase, String title, String body) {
        return knowledgeBase.entries().findByTitle(title).orElseGet(() ->
                knowledgeBase.entries().add(knowledgeBase.entries().draft(EntryKind.NOTE, title).withText(title, body)));
    }

    /** Text of a length an autosave sees, from a sentence to a long note, different every time. */
    private static String text(Random random, long step) {
        StringBuilder text = new StringBuilder("Save ").append(step).append('\n');
        int length = 50 + random.nextInt(random.nextInt(10) == 0 ? 40_000 : 2_000);
        while (text.length() < length) {
            text.append((char) ('a' + random.nextInt(26)));
            if (random.nextInt(12) == 0) {
                text.append(random.nextInt(8) == 0 ? '\n' : ' ');
            }
        }
        return text.toString();
    }

    static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
