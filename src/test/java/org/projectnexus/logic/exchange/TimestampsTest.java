package org.projectnexus.logic.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Imported times read as {@link Instant#parse} reads them, the same value or the same refusal. */
class TimestampsTest {

    @Test
    void readsWhatNexusWritesAsInstantParseDoes() {
        Random random = new Random(6);
        for (int i = 0; i < 2_000; i++) {
            Instant written = Instant.ofEpochSecond(random.nextLong(-62_000_000_000L, 250_000_000_000L),
                    switch (i % 4) {
                        case 0 -> 0;
                        case 1 -> random.nextInt(1000) * 1_000_000;
                        case 2 -> random.nextInt(1_000_000) * 1000;
                        default -> random.nextInt(1_000_000_000);
                    });
            assertThat(Timestamps.parse(written.toString())).isEqualTo(written);
        }
    }

    @Test
    void anyOtherFormGetsInstantParsesAnswer() {
        for (String text : List.of("2026-11-26T14:32:55.1Z", "2026-11-26T14:32:55.12345678Z", "2026-11-26T24:00:00Z",
                "2016-12-31T23:59:60Z", "+12026-11-26T14:32:55Z", "2026-11-26T14:32:55+02:00",
                "2026-11-26t14:32:55Z", "2026-11-26T14:32Z", "2026-11-26T14:32:55.Z")) {
            assertThat(outcome(text)).as(text).isEqualTo(instantParse(text));
        }
    }

    @Test
    void refusesWhatInstantParseRefuses() {
        for (String text : List.of("2026-02-30T00:00:00Z", "2026-13-01T00:00:00Z",
                "2026-11-26T14:32:5x.000Z", "2026-11-26T14:32:55.1234567890Z", "2026-1a-26T14:32:55Z", "", "soon")) {
            assertThatThrownBy(() -> Instant.parse(text)).as(text).isInstanceOf(RuntimeException.class);
            assertThat(outcome(text)).as(text).startsWith("refused");
        }
    }

    private static String outcome(String text) {
        try {
            return Timestamps.parse(text).toString();
        } catch (RuntimeException refused) {
            return "refused: " + refused.getClass().getSimpleName();
        }
    }

    private static String instantParse(String text) {
        try {
            return Instant.parse(text).toString();
        } catch (RuntimeException refused) {
            return "refused: " + refused.getClass().getSimpleName();
        }
    }
}
