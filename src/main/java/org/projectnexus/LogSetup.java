package org.projectnexus;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.jul.LevelChangePropagator;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.FileAppender;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.nio.file.Path;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Logging, set up in code (found by logback through {@code META-INF/services}): reading a logback.xml would slow
 * every start (measured: docs/performance.md, "Start-up of the window").
 * Messages for people go through the window or the command line; the log file keeps the details (stack traces)
 * in {@code nexus.log.dir} (the data folder's {@code logs}, set by {@link Launcher}), else the temporary folder.
 * The start-up report's one line also goes to standard output, for the person or script that asked for it.
 * Libraries that log through {@code java.util.logging} (Lucene, JavaFX) go to the same file: on Java 21 and later
 * Lucene otherwise prints two notices to the standard error of every command that searches.
 */
public final class LogSetup extends ContextAwareBase implements Configurator {

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        routeJavaUtilLogging(context);
        String folder = System.getProperty("nexus.log.dir", System.getProperty("java.io.tmpdir"));
        FileAppender<ILoggingEvent> file = new FileAppender<>();
        file.setFile(Path.of(folder, "nexus.log").toString());
        start(file, context, "FILE", "%d{ISO8601} [%thread] %-5level %logger{36} - %msg%n");
        ConsoleAppender<ILoggingEvent> report = new ConsoleAppender<>();
        start(report, context, "STARTUP_REPORT", "%msg%n");

        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(file);
        context.getLogger("org.projectnexus").setLevel(Level.INFO);
        context.getLogger("org.flywaydb").setLevel(Level.WARN);
        Logger startup = context.getLogger("org.projectnexus.startup");
        startup.setLevel(Level.INFO);
        startup.addAppender(report);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /**
     * Sends {@code java.util.logging} records to SLF4J instead of its console handler. The propagator gives
     * java.util.logging's loggers logback's levels, so records that would be dropped are not made at all (it must
     * listen before the levels below are set).
     */
    private static void routeJavaUtilLogging(LoggerContext context) {
        LevelChangePropagator propagator = new LevelChangePropagator();
        propagator.setContext(context);
        propagator.setResetJUL(true);
        context.addListener(propagator);
        propagator.start();
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
    }

    private static void start(OutputStreamAppender<ILoggingEvent> appender, LoggerContext context, String name,
                              String pattern) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(pattern);
        encoder.start();
        appender.setContext(context);
        appender.setName(name);
        appender.setEncoder(encoder);
        appender.start();
    }
}
