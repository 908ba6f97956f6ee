package org.projectnexus.logic.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.logic.OpeningOptions;

/**
 * The opener is told before a schema update, so that the window and the command line can say why this opening
 * takes long; it is not told when there is nothing to update, nor when a new knowledge base is made.
 */
class SchemaUpdateNoticeTest {

    @TempDir
    Path home;

    private final AtomicInteger updates = new AtomicInteger();

    @Test
    void aKnowledgeBaseOfAnEarlierSchemaIsUpdatedOnceAndTheOpenerToldBefore() throws SQLException {
        UUID id = UUID.randomUUID();
        EarlierSchema.write(home, "7", connection ->
                EarlierSchema.insertWithText(connection, id, "NOTE", "Kept", "Its text", null, null));

        try (KnowledgeBase knowledgeBase = open(updates::incrementAndGet)) {
            assertThat(knowledgeBase.find(id).orElseThrow().body()).isEqualTo("Its text");
        }
        assertThat(updates).hasValue(1);

        open(updates::incrementAndGet).close();
        assertThat(updates).as("up to date: nothing to tell").hasValue(1);
    }

    @Test
    void aNewKnowledgeBaseIsNotAnUpdate() {
        open(updates::incrementAndGet).close();
        open(updates::incrementAndGet).close();

        assertThat(updates).hasValue(0);
    }

    private KnowledgeBase open(Runnable beforeUpdate) {
        return KnowledgeBase.open(home, Clock.systemUTC(), OpeningOptions.DEFAULT.beforeUpdate(beforeUpdate));
    }
}
