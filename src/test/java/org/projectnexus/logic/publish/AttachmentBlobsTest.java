package org.projectnexus.logic.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.projectnexus.logic.exchange.ExportSource;
import org.projectnexus.logic.exchange.ExportedAttachments;
import org.projectnexus.logic.exchange.ReadmeOptions;
import org.projectnexus.model.Progress;

/**
 * A publish reads an attachment's bytes only when the last publish did not send the same content whose blob is
 * still in the repository: an unchanged image of a hub costs a lookup, not a read and a hash (ADR 35).
 */
class AttachmentBlobsTest {

    @TempDir
    Path repository;

    /** One attachment, "chart.png", used by every entry; counts its reads. */
    private static final class CountingSource implements ExportedAttachments.Source {
        byte[] bytes = "first chart".getBytes(StandardCharsets.UTF_8);
        boolean knowsHash = true;
        int reads;

        @Override
        public Map<String, String> usedBy(Predicate<UUID> exported) {
            return Map.of("chart.png", "chart.png");
        }

        @Override
        public boolean copyTo(String name, OutputStream out) throws IOException {
            reads++;
            out.write(bytes);
            return true;
        }

        @Override
        public String contentHash(String name) {
            try {
                return knowsHash ? HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)) : null;
            } catch (java.security.NoSuchAlgorithmException impossible) {
                throw new IllegalStateException(impossible);
            }
        }
    }

    private HubFiles generate(CountingSource attachments, Predicate<ObjectId> stored) throws IOException {
        ExportSource none = ExportSource.of(List::of, Map::of, ids -> List.of());
        HubFiles hub = HubFiles.generate(none, Map.of(), Set.of(), new ReadmeOptions(null, null, null), attachments,
                repository, PageCache.readStored(repository), stored, Progress.none());
        hub.keep(repository);
        return hub;
    }

    private static ObjectId chart(HubFiles hub) {
        return hub.files().get("attachments/chart.png").id();
    }

    @Test
    void anUnchangedAttachmentIsNotReadAgainAndKeepsItsBlob() throws IOException {
        CountingSource attachments = new CountingSource();
        ObjectId first = chart(generate(attachments, id -> false));
        assertThat(attachments.reads).isEqualTo(1);

        HubFiles again = generate(attachments, id -> true);

        assertThat(attachments.reads).isEqualTo(1);
        assertThat(chart(again)).isEqualTo(first);
        assertThat(again.files().get("attachments/chart.png").bytes()).isNull(); // taken from the repository
    }

    @Test
    void changedContentAMissingBlobOrAnUnknownHashIsReadAgain() throws IOException {
        CountingSource attachments = new CountingSource();
        ObjectId first = chart(generate(attachments, id -> true));

        attachments.bytes = "second chart".getBytes(StandardCharsets.UTF_8);
        ObjectId changed = chart(generate(attachments, id -> true));
        assertThat(attachments.reads).isEqualTo(2);
        assertThat(changed).isNotEqualTo(first);

        chart(generate(attachments, id -> false)); // the blob is not in the repository any more
        assertThat(attachments.reads).isEqualTo(3);

        attachments.knowsHash = false;
        assertThat(chart(generate(attachments, id -> true))).isEqualTo(changed);
        assertThat(attachments.reads).isEqualTo(4);
    }
}
