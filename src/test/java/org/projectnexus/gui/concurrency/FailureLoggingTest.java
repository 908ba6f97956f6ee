package org.projectnexus.gui.concurrency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.projectnexus.logic.KnowledgeBase;
import org.slf4j.LoggerFactory;

/** Issue 25, point 7: a half-typed query is noted at debug level without a stack trace; real failures keep theirs. */
class FailureLoggingTest {

    @TempDir
    Path home;

    @Test
    void aHalfTypedQueryIsNotedWithoutAStackTraceWhileARealFailureKeepsIt() {
        Throwable halfTyped;
        try (KnowledgeBase knowledgeBase = KnowledgeBase.open(home, Clock.systemUTC())) {
            halfTyped = catchThrowable(() -> knowledgeBase.finding().search("kind:chall", 10));
        }
        assertThat(halfTyped).isNotNull();
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger logger = context.getLogger(FxBackgroundExecutor.class);
        Level before = logger.getLevel();
        ListAppender<ILoggingEvent> seen = new ListAppender<>();
        seen.setContext(context);
        seen.start();
        logger.addAppender(seen);
        logger.setLevel(Level.DEBUG);
        try {
            FxBackgroundExecutor.logFailure("search", halfTyped);
            FxBackgroundExecutor.logFailure("save", new IllegalStateException("disk gone"));
        } finally {
            logger.detachAppender(seen);
            logger.setLevel(before);
        }
        assertThat(seen.list).hasSize(2);
        assertThat(seen.list.get(0).getLevel()).isEqualTo(Level.DEBUG);
        assertThat(seen.list.get(0).getThrowableProxy()).isNull();
        assertThat(seen.list.get(0).getFormattedMessage()).startsWith("search: kind: takes");
        assertThat(seen.list.get(1).getLevel()).isEqualTo(Level.WARN);
        assertThat(seen.list.get(1).getThrowableProxy()).isNotNull();
    }
}
