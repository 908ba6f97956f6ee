package org.projectnexus.logic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.projectnexus.logic.exchange.ConflictPolicy;
import org.projectnexus.logic.exchange.ExportFormat;
import org.projectnexus.logic.exchange.ImportReport;
import org.projectnexus.logic.exchange.LinkStyle;
import org.projectnexus.logic.starter.StarterContent;
import org.projectnexus.model.Entry;
import org.projectnexus.model.Progress;

/**
 * Issue 24, "done means": a vault laid out as Obsidian users lay theirs out (the starter content's notes, from the
 * Project Nexus README, in folders; an {@code Attachments/} folder; embeds by bare name, path-qualified embeds,
 * standard Markdown images relative to the note; two files of the same name in different folders; a hostile file and
 * one over the limit) goes in and out again with at least 98 % of its links to files resolving by Obsidian's rules,
 * each resolving to the same bytes. The resolver here is written from Obsidian's documented rules and shares no code
 * with Nexus.
 */
class AttachmentVaultRoundTripTest {

    private static final Pattern WIKI_EMBED = Pattern.compile("!\\[\\[([^\\]|#]+)[^\\]]*]]");
    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*]\\(([^)\\s]+)\\)");

    @TempDir
    Path vault;
    @TempDir
    Path home;
    @TempDir
    Path exported;
    @TempDir
    Path exportedMarkdown;

    @Test
    void aVaultWithAttachmentsGoesInAndOutWithItsEmbedsResolvingToTheSameBytes() throws IOException {
        int embeds = writeVault();
        Map<String, byte[]> originals = new HashMap<>();
        try (KnowledgeBase knowledgeBase = KnowledgeBase.open(home, Clock.systemUTC())) {
            knowledgeBase.attachments().setLimit(200_000);
            ImportReport report = knowledgeBase.exchange().importFrom(vault, ConflictPolicy.RENAME, Progress.none());
            assertThat(report.attached()).isGreaterThan(40);
            assertThat(report.lines()).anySatisfy(line -> {
                assertThat(line.source()).contains("evil.png");
                assertThat(line.reason()).contains("not what its extension");
            });
            assertThat(report.lines()).anySatisfy(line -> {
                assertThat(line.source()).contains("huge.pdf");
                assertThat(line.reason()).contains("larger than the limit");
            });
            knowledgeBase.exchange().export(ExportFormat.VAULT, exported, LinkStyle.WIKI, Progress.none());
            knowledgeBase.exchange().export(ExportFormat.VAULT, exportedMarkdown, LinkStyle.MARKDOWN, Progress.none());
        }

        Resolution wiki = resolveAll(exported);
        Resolution markdown = resolveAll(exportedMarkdown);
        assertThat(wiki.total).isEqualTo(embeds);
        assertThat(wiki.resolved).as("resolving in Obsidian").isGreaterThanOrEqualTo((int) Math.ceil(embeds * 0.98));
        assertThat(markdown.resolved).as("resolving on GitHub").isGreaterThanOrEqualTo((int) Math.ceil(embeds * 0.98));
        assertThat(markdown.wikiEmbedsLeft).as("every embed a Markdown image but the two refused files'").isEqualTo(2);
        // Every file written is byte-identical to the file of its name in the vault; the two chart.png of two
        // folders are both there, one renamed, and each note's two chart embeds show the two different files.
        try (Stream<Path> files = Files.list(exported.resolve("attachments"))) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (!name.startsWith("chart")) {
                    assertThat(Files.readAllBytes(file)).as(name)
                            .isEqualTo(Files.readAllBytes(vault.resolve("Attachments").resolve(name)));
                }
            }
        }
        assertThat(wiki.chartBytes).hasSize(2).anySatisfy(bytes -> assertThat(bytes).isEqualTo(chartA))
                .anySatisfy(bytes -> assertThat(bytes).isEqualTo(chartB));
        assertThat(markdown.chartBytes).hasSize(2).anySatisfy(bytes -> assertThat(bytes).isEqualTo(chartA))
                .anySatisfy(bytes -> assertThat(bytes).isEqualTo(chartB));
    }

    /** The file name of the first note: its chart embeds are looked at. */
    private String first;
    private byte[] chartA;
    private byte[] chartB;

    private int writeVault() throws IOException {
        List<Entry> notes = new StarterContent().entries(Instant.parse("2026-01-01T00:00:00Z"));
        first = notes.get(0).title().replace('/', '-');
        Random random = new Random(24);
        Files.createDirectories(vault.resolve("Attachments"));
        Files.createDirectories(vault.resolve("Projects/Backend/img"));
        Files.createDirectories(vault.resolve(".obsidian"));
        Files.writeString(vault.resolve(".obsidian/app.json"), "{\"attachmentFolderPath\":\"Attachments\"}");
        chartA = png(random);
        chartB = png(random);
        Files.write(vault.resolve("Attachments/chart.png"), chartA);
        Files.write(vault.resolve("Projects/Backend/img/chart.png"), chartB);
        Files.write(vault.resolve("Attachments/evil.png"), new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0});
        Files.write(vault.resolve("Attachments/huge.pdf"), pdf(random, 300_000));
        int count = 0;
        for (int i = 0; i < notes.size(); i++) {
            Entry note = notes.get(i);
            String folder = i % 2 == 0 ? "" : "Projects/Backend/";
            StringBuilder body = new StringBuilder(note.body()).append("\n\n");
            for (int k = 0; k < 6; k++) {
                String name = "figure " + i + "-" + k + (k % 3 == 2 ? ".pdf" : ".png");
                byte[] bytes = name.endsWith(".pdf") ? pdf(random, 2_000) : png(random);
                Files.write(vault.resolve("Attachments").resolve(name), bytes);
                String embed = switch (k % 3) {
                    case 0 -> "![[" + name + "]]";                                  // bare name, Attachments/
                    case 1 -> "![[Attachments/" + name.toUpperCase(Locale.ROOT) + "|300]]"; // path-qualified, any case
                    default -> "![a figure](" + (folder.isEmpty() ? "" : "../../")
                            + "Attachments/" + name.replace(" ", "%20") + ")";        // a Markdown image
                };
                body.append(embed).append('\n');
                count++;
            }
            body.append("![[chart.png]]\n![[Projects/Backend/img/chart.png]]\n");
            count += 2;
            if (i == 0) {
                body.append("![[evil.png]]\n![[huge.pdf]]\n");
                count += 2;
            }
            Files.writeString(vault.resolve(folder + note.title().replace('/', '-') + ".md"), body.toString());
        }
        return count;
    }

    private static byte[] png(Random random) {
        byte[] bytes = new byte[500 + random.nextInt(3000)];
        random.nextBytes(bytes);
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, 0, bytes, 0, 8);
        return bytes;
    }

    private static byte[] pdf(Random random, int size) {
        byte[] bytes = new byte[size];
        random.nextBytes(bytes);
        System.arraycopy("%PDF-1.7".getBytes(StandardCharsets.US_ASCII), 0, bytes, 0, 8);
        return bytes;
    }

    private static final class Resolution {
        int total;
        int resolved;
        int wikiEmbedsLeft;
        /** The bytes the chart embeds of the first note resolve to. */
        final List<byte[]> chartBytes = new ArrayList<>();
    }

    /** Every embed and image of every note, resolved as Obsidian (and GitHub, for relative paths) would. */
    private Resolution resolveAll(Path root) throws IOException {
        Map<String, Path> byName = new HashMap<>();
        Map<String, Path> byPath = new HashMap<>();
        List<Path> notes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
                if (name.endsWith(".md")) {
                    notes.add(file);
                } else {
                    byName.putIfAbsent(name, file);
                    byPath.put(root.relativize(file).toString().replace('\\', '/').toLowerCase(Locale.ROOT), file);
                }
            }
        }
        Resolution resolution = new Resolution();
        for (Path note : notes) {
            String text = Files.readString(note);
            Matcher wiki = WIKI_EMBED.matcher(text);
            while (wiki.find()) {
                resolution.total++;
                resolution.wikiEmbedsLeft++;
                String target = wiki.group(1).strip().toLowerCase(Locale.ROOT);
                Optional<Path> file = Optional.ofNullable(target.contains("/") ? byPath.get(target) : byName.get(target));
                file.ifPresent(found -> resolution.resolved++);
                if (target.startsWith("chart") && file.isPresent() && note.getFileName().toString().startsWith(first)) {
                    resolution.chartBytes.add(Files.readAllBytes(file.get()));
                }
            }
            Matcher image = IMAGE.matcher(text);
            while (image.find()) {
                resolution.total++;
                Path file = note.getParent().resolve(URLDecoder.decode(image.group(1), StandardCharsets.UTF_8))
                        .normalize();
                if (Files.isRegularFile(file)) {
                    resolution.resolved++;
                    if (file.getFileName().toString().startsWith("chart")
                            && note.getFileName().toString().startsWith(first)) {
                        resolution.chartBytes.add(Files.readAllBytes(file));
                    }
                }
            }
        }
        return resolution;
    }
}
