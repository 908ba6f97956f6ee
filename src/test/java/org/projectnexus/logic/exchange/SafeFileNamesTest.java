package org.projectnexus.logic.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.projectnexus.model.EntryKind;
import org.projectnexus.model.EntrySummary;

/**
 * File names from titles, including the plain-ASCII shortcut a publish takes for most titles: it must name a file
 * exactly as the full rules do. And the export order, sorted with each title's key made once.
 */
class SafeFileNamesTest {

    @Test
    void plainTitlesAreTheirOwnNamesAndTheRulesStillApplyAroundThem() {
        assertThat(SafeFileNames.safe("Redis caching 101")).isEqualTo("Redis caching 101");
        assertThat(SafeFileNames.safe("aux")).isEqualTo("_aux");
        assertThat(SafeFileNames.safe("con .md")).isEqualTo("_con .md");
        assertThat(SafeFileNames.safe("COM1.txt")).isEqualTo("_COM1.txt");
        assertThat(SafeFileNames.safe(".hidden")).isEqualTo("hidden");
        assertThat(SafeFileNames.safe("trailing dot.")).isEqualTo("trailing dot");
        assertThat(SafeFileNames.safe(" spaced ")).isEqualTo("spaced");
        assertThat(SafeFileNames.safe("a:b/c?d#e^f[g]")).isEqualTo("a_b_c_d_e_f_g_");
        assertThat(SafeFileNames.safe("___")).isEqualTo("Untitled ___");
        assertThat(SafeFileNames.safe("_._")).isEqualTo("Untitled _._");
        assertThat(SafeFileNames.safe("x".repeat(130))).isEqualTo("x".repeat(SafeFileNames.MAX_BYTES));
        assertThat(SafeFileNames.safe("tab\there")).isEqualTo("tab_here");
    }

    @Test
    void namesAreUniqueIgnoringCaseAndNormalisation() {
        SafeFileNames names = new SafeFileNames();
        assertThat(names.claim("Café")).isEqualTo("Café");
        assertThat(names.claim("Cafe\u0301")).isEqualTo("Café 2"); // NFD spelling: the same name once normalised
        assertThat(names.claim("CAFÉ")).isEqualTo("CAFÉ 3");
        assertThat(names.claim("redis")).isEqualTo("redis");
        assertThat(names.claim("Redis")).isEqualTo("Redis 2");
    }

    @Test
    void theOrderSortedWithKeysMadeOnceIsTheExportOrder() {
        Random random = new Random(7);
        String[] words = {"Redis", "redis", "Café", "Cafe\u0301", "  Kafka", "kafka", "Élan", "zeta", "Alpha", "alpha"};
        List<EntrySummary> summaries = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            EntryKind kind = EntryKind.values()[random.nextInt(EntryKind.values().length)];
            String title = words[random.nextInt(words.length)] + (random.nextBoolean() ? "" : " " + random.nextInt(20));
            summaries.add(new EntrySummary(new UUID(random.nextLong(), random.nextLong()), kind, title,
                    Instant.EPOCH));
        }
        List<EntrySummary> expected = new ArrayList<>(summaries);
        expected.sort(ExportSource.ORDER);

        assertThat(ExportSource.inOrder(summaries)).containsExactlyElementsOf(expected);
    }
}
