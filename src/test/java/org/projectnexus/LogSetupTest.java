package org.projectnexus;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.Arrays;
import java.util.logging.ConsoleHandler;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class LogSetupTest {

    @Test
    void javaUtilLoggingGoesToTheLogFileNotTheConsole() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger library = context.getLogger("org.apache.lucene.example");
        ListAppender<ILoggingEvent> seen = new ListAppender<>();
        seen.setContext(context);
        seen.start();
        library.addAppender(seen);
        try {
            java.util.logging.Logger julLogger = java.util.logging.Logger.getLogger("org.apache.lucene.example");
            julLogger.info("an informational notice");
            julLogger.warning("a warning worth keeping");

            assertThat(seen.list).extracting(ILoggingEvent::getFormattedMessage)
                    .containsExactly("a warning worth keeping");
            assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("FILE")).isNotNull();
            assertThat(java.util.logging.Logger.getLogger("").getHandlers())
                    .noneMatch(ConsoleHandler.class::isInstance);
            assertThat(java.util.logging.Logger.getLogger("").getLevel()).isEqualTo(Level.WARNING);
            assertThat(Arrays.stream(java.util.logging.Logger.getLogger("").getHandlers())
                    .map(handler -> handler.getClass().getSimpleName())).contains("SLF4JBridgeHandler");
        } finally {
            library.detachAppender(seen);
        }
    }
}
