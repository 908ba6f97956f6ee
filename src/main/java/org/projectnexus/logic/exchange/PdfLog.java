package org.projectnexus.logic.exchange;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * openhtmltopdf's messages into the app's log: its own logger writes every step of a layout to the standard error
 * at INFO ("Prepare to fly"), which a command's user would read as output. Its notes go to the log at debug level,
 * its warnings as warnings.
 */
final class PdfLog implements XRLogger {

    private static final Logger LOG = LoggerFactory.getLogger("org.projectnexus.pdf");

    /** Installs the logger; openhtmltopdf keeps one for the process. */
    static void install() {
        if (!(XRLog.getLoggerImpl() instanceof PdfLog)) {
            XRLog.setLoggerImpl(new PdfLog());
        }
    }

    @Override
    public void log(String where, Level level, String message) {
        log(where, level, message, null);
    }

    @Override
    public void log(String where, Level level, String message, Throwable failure) {
        if (level.intValue() >= Level.WARNING.intValue()) {
            LOG.warn("{}: {}", where, message, failure);
        } else {
            LOG.debug("{}: {}", where, message, failure);
        }
    }

    @Override
    public void setLevel(String logger, Level level) {
        // The app's log configuration decides.
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        return diagnostic.getLevel().intValue() >= Level.WARNING.intValue() || LOG.isDebugEnabled();
    }
}
