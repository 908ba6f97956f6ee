package org.projectnexus.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kills a saving Nexus with SIGKILL and checks that every save it acknowledged survived. A few kills run in the
 * normal suite; the 50-kill test is tagged {@code slow}, which the pom's surefire excludes: run it from an IDE,
 * or the full run with {@link KillRun#main} (docs/reliability.md).
 */
class CrashSafetyTest {

    private static final Logger LOG = LoggerFactory.getLogger(CrashSafetyTest.class);

    @TempDir
    Path home;

    @Test
    void everyAcknowledgedSaveSurvivesAFewKills() throws Exception {
        KillRun.Summary summary = new KillRun(home, System.nanoTime()).run(3);
        LOG.info("Crash safety: {}", summary);
        assertThat(summary.lost()).isEmpty();
        assertThat(summary.failedOpens()).isEmpty();
        assertThat(summary.acknowledged()).isPositive();
    }

    @Test
    @Tag("slow")
    void everyAcknowledgedSaveSurvivesFiftyKills() throws Exception {
        KillRun.Summary summary = new KillRun(home, System.nanoTime()).run(50);
        System.out.println("CRASH-SAFETY-SUMMARY " + summary);
        summary.lost().forEach(problem -> System.out.println("LOST " + problem));
        summary.failedOpens().forEach(problem -> System.out.println("FAILED-OPEN " + problem));
        assertThat(summary.clean()).isTrue();
    }
}
