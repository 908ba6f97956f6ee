package org.projectnexus.gui.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Objects;
import javafx.application.Application;
import javafx.scene.Scene;

/** The look: AtlantaFX's Primer theme, light or dark, under Nexus's own stylesheet. */
public final class Theme {

    private static final String NEXUS_CSS =
            Objects.requireNonNull(Theme.class.getResource("nexus.css"), "nexus.css").toExternalForm();

    public void apply(boolean dark) {
        Application.setUserAgentStylesheet(dark
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    public void addStylesheets(Scene scene) {
        scene.getStylesheets().add(NEXUS_CSS);
    }
}
