package org.projectnexus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.logic.RunningInstance;

/** Issue 28, point 10: the busy message says who holds the knowledge base, a window or a command. */
class BusyKnowledgeBaseTest {

    @TempDir
    Path home;

    private final StringWriter err = new StringWriter();

    private int list() {
        err.getBuffer().setLength(0);
        return NexusCli.create((path, startupReport) -> { }, new ByteArrayInputStream(new byte[0]),
                new PrintWriter(new StringWriter(), true), new PrintWriter(err, true))
                .execute("--home", home.toString(), "list");
    }

    private Process holder(boolean window) throws Exception {
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Holder.class.getName(), home.toString(),
                String.valueOf(window)).redirectErrorStream(true).start();
        assertThat(new String(holder.getInputStream().readNBytes(5))).isEqualTo("ready");
        return holder;
    }

    @Test
    void aKnowledgeBaseHeldByACommandIsNotSaidToBeInAWindow() throws Exception {
        assertThat(list()).isZero();
        Process command = holder(false);
        try {
            assertThat(list()).isEqualTo(1);
            assertThat(err.toString()).contains("is open in another Nexus: a command").doesNotContain("window");
            assertThat(home.resolve("nexus.trace.db")).doesNotExist();
        } finally {
            command.destroy();
            command.waitFor();
        }
        Process window = holder(true);
        try {
            assertThat(list()).isEqualTo(1);
            assertThat(err.toString()).contains("is open in another Nexus: its window. Close that window first");
            // Issue 25, point 7: the refused command leaves no H2 trace file in the data folder.
            assertThat(home.resolve("nexus.trace.db")).doesNotExist();
        } finally {
            window.destroy();
            window.waitFor();
        }
    }

    /** Runs in a JVM of its own: holds the knowledge base as a command does, or as the window does (listening too). */
    public static final class Holder {
        public static void main(String[] args) throws Exception {
            Path folder = Path.of(args[0]);
            KnowledgeBase.open(folder, Clock.systemUTC()).entries().summaries();
            if (Boolean.parseBoolean(args[1])) {
                RunningInstance.listen(folder, () -> { });
            }
            System.out.print("ready");
            System.out.flush();
            Thread.currentThread().join();
        }
    }
}
