package org.projectnexus.logic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.projectnexus.model.Attachment;
import org.projectnexus.model.AttachmentTooLargeException;
import org.projectnexus.model.Entry;
import org.projectnexus.model.EntryKind;
import org.projectnexus.model.NexusException;

class AttachmentsTest {

    @TempDir
    Path home;
    @TempDir
    Path files;
    private KnowledgeBase knowledgeBase;

    @BeforeEach
    void open() {
        knowledgeBase = KnowledgeBase.open(home, Clock.systemUTC());
    }

    @AfterEach
    void close() {
        knowledgeBase.close();
    }

    private Entry note(String title, String body) {
        return knowledgeBase.entries().add(knowledgeBase.entries().draft(EntryKind.NOTE, title).withText(title, body));
    }

    static byte[] randomBytes(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    /**
     * Random bytes that start as a file of the name's extension does (PNG, PDF: the content check of ADR 46 refuses
     * a ".png" that is not one), {@code size} bytes in all.
     */
    static byte[] fileBytes(String name, int size, long seed) {
        byte[] bytes = randomBytes(size, seed);
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        byte[] signature = lower.endsWith(".png") ? new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}
                : lower.endsWith(".pdf") ? "%PDF-1.7".getBytes(java.nio.charset.StandardCharsets.US_ASCII)
                : new byte[0];
        System.arraycopy(signature, 0, bytes, 0, Math.min(signature.length, size));
        return bytes;
    }

    private Path file(String name, byte[] bytes) throws IOException {
        return Files.write(files.resolve(name), bytes);
    }

    private byte[] stored(String name) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(knowledgeBase.attachments().copyTo(name, out)).isTrue();
        return out.toByteArray();
    }

    @Test
    void anAttachedFileComesBackByteIdenticalWithItsNameTypeAndSize() throws IOException {
        Entry entry = note("Diagrams", "text");
        byte[] bytes = fileBytes("Cache Layout.png", 300_000, 1);
        Attachment attached = knowledgeBase.attachments().attach(entry.id(), file("Cache Layout.png", bytes));

        assertThat(attached.name()).isEqualTo("Cache Layout.png");
        assertThat(attached.mediaType()).isEqualTo("image/png");
        assertThat(attached.size()).isEqualTo(300_000);
        assertThat(attached.sha256()).hasSize(64);
        assertThat(stored("cache layout.PNG")).as("found ignoring case").isEqualTo(bytes);
        assertThat(knowledgeBase.attachments().usedBy(entry.id())).extracting(Attachment::name)
                .containsExactly("Cache Layout.png");
    }

    @Test
    void theSameBytesAreStoredOnceWhateverTheirNames() throws IOException {
        byte[] bytes = fileBytes("a.png", 50_000, 2);
        Attachment first = knowledgeBase.attachments().attach(null, file("a.png", bytes));
        Attachment again = knowledgeBase.attachments().attach(null, file("a.png", bytes));
        Attachment other = knowledgeBase.attachments().attach(null, file("b.png", bytes));

        assertThat(again).isEqualTo(first);
        assertThat(other.sha256()).isEqualTo(first.sha256());
        assertThat(knowledgeBase.attachments().list()).extracting(Attachment::name).containsExactly("a.png", "b.png");
        assertThat(AttachmentTestDatabase.count(home, "attachment_content")).isEqualTo(1);
    }

    @Test
    void anotherFileOfTheSameNameIsNumbered() throws IOException {
        knowledgeBase.attachments().attach(null, file("shot.png", fileBytes("shot.png", 10, 3)));
        Path elsewhere = Files.createDirectories(files.resolve("other"));
        Attachment second = knowledgeBase.attachments().attach(null,
                Files.write(elsewhere.resolve("Shot.png"), fileBytes("Shot.png", 10, 4)));
        assertThat(second.name()).isEqualTo("Shot 2.png");
    }

    @Test
    void aFileOverTheLimitIsRefusedWithAClearMessageAndNothingIsKept() throws IOException {
        knowledgeBase.attachments().setLimit(1000);
        assertThat(knowledgeBase.attachments().limit()).isEqualTo(1000);
        Path big = file("big.pdf", fileBytes("big.pdf", 1001, 5));

        assertThatThrownBy(() -> knowledgeBase.attachments().attach(null, big))
                .isInstanceOf(AttachmentTooLargeException.class)
                .hasMessageContaining("“big.pdf” was not attached").hasMessageContaining("1000 bytes");
        // A stream gives no size first: it is stopped as it passes the limit.
        assertThatThrownBy(() -> knowledgeBase.attachments().attach(null, "pasted.png",
                new ByteArrayInputStream(fileBytes("pasted.png", 5000, 6)))).isInstanceOf(AttachmentTooLargeException.class);
        assertThat(knowledgeBase.attachments().list()).isEmpty();
        assertThat(AttachmentTestDatabase.count(home, "attachment_content")).isZero();
        assertThat(knowledgeBase.attachments().attach(null, file("small.pdf", fileBytes("small.pdf", 1000, 7))).size())
                .isEqualTo(1000);
    }

    @Test
    void theDefaultLimitIsOneHundredMegabytes() {
        assertThat(knowledgeBase.attachments().limit()).isEqualTo(100L * 1024 * 1024);
    }

    @Test
    void aMissingFileOrAFolderIsRefusedInWords() throws IOException {
        assertThatThrownBy(() -> knowledgeBase.attachments().attach(null, files.resolve("nope.png")))
                .isInstanceOf(NexusException.class).hasMessageEndingWith("does not exist: nothing was attached.");
        assertThatThrownBy(() -> knowledgeBase.attachments().attach(null, files))
                .isInstanceOf(NexusException.class).hasMessageContaining("cannot be read");
    }

    @Test
    void namesAreCleanedOfWhatWouldBreakAnEmbed() throws IOException {
        Attachment attached = knowledgeBase.attachments().attach(null, "a|b]#c.png",
                new ByteArrayInputStream(fileBytes("a.png", 12, 12)));
        assertThat(attached.name()).isEqualTo("a-b--c.png");
    }

    @Test
    void attachingAtTheEndAppendsTheEmbedsToTheBody() throws IOException {
        Entry entry = note("Trip", "Some text");
        List<String> embeds = knowledgeBase.attachments().attachAtEnd(entry.id(),
                List.of(file("map.png", fileBytes("map.png", 100, 8)), file("ticket.pdf", fileBytes("ticket.pdf", 100, 9))));
        assertThat(embeds).containsExactly("![[map.png]]", "![[ticket.pdf]]");
        assertThat(knowledgeBase.entries().find(entry.id()).orElseThrow().body())
                .isEqualTo("Some text\n\n![[map.png]]\n\n![[ticket.pdf]]\n");
    }

    @Test
    void renamingAnAttachmentRewritesItsEmbedsInEveryEntry() throws IOException {
        knowledgeBase.attachments().attach(null, file("old name.png", fileBytes("old name.png", 10, 10)));
        Entry one = note("One", "![[old name.png|300]] and ![[Attachments/OLD NAME.png]]");
        Entry two = note("Two", "![a picture](old%20name.png \"title\") and ![[other.png]]");

        knowledgeBase.attachments().rename("old name.png", "new.png");

        assertThat(knowledgeBase.entries().find(one.id()).orElseThrow().body())
                .isEqualTo("![[new.png|300]] and ![[new.png]]");
        assertThat(knowledgeBase.entries().find(two.id()).orElseThrow().body())
                .isEqualTo("![a picture](new.png \"title\") and ![[other.png]]");
        assertThat(knowledgeBase.attachments().find("new.png")).isPresent();
        assertThat(knowledgeBase.attachments().find("old name.png")).isEmpty();
    }

    @Test
    void anEmbedIsNotALinkToAnEntry() {
        Entry entry = note("Embeds", "![[photo.png]] and ![[Some note]]");
        assertThat(knowledgeBase.entries().indexed(entry).links()).extracting(link -> link.target())
                .containsExactly("Some note");
    }
}
