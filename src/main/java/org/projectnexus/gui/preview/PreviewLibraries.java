package org.projectnexus.gui.preview;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javafx.scene.web.WebEngine;
import netscape.javascript.JSException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bundled libraries (highlight.js, KaTeX, Mermaid) in the preview's page: the page carries none, and each runs
 * there the first time a shown entry needs it. Loaded with every page, they held about 85 MB of WebKit's memory
 * at rest, most of it Mermaid's, whether or not a note ever showed a diagram (ADR 51). Used on the FX thread, where
 * WebKit runs.
 */
final class PreviewLibraries {

    private static final Logger LOG = LoggerFactory.getLogger(PreviewLibraries.class);

    /** The libraries the page now loaded has run, by name. */
    private final Set<String> run = new HashSet<>();

    /** A new page has loaded: it has run none of them. */
    void pageLoaded() {
        run.clear();
    }

    /**
     * Runs in the engine's page each of these libraries (name to script) that it has not run yet, in their order.
     * A library that fails leaves its blocks as the page shows them without it (plain code, the math's source).
     */
    void runNeeded(WebEngine engine, Map<String, String> libraries) {
        libraries.forEach((name, script) -> {
            if (run.add(name)) {
                try {
                    engine.executeScript(script);
                } catch (JSException failed) {
                    LOG.warn("The preview could not run {}: {}", name, failed.getMessage());
                }
            }
        });
    }
}
