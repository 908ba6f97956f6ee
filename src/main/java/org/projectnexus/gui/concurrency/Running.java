package org.projectnexus.gui.concurrency;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/** Long work under way, as the FX thread sees it: how far it is, what it is doing, and a way to stop it. */
public interface Running {

    /** From 0 to 1, or -1 while the total is not known. */
    ReadOnlyDoubleProperty progressProperty();

    /** What the work says it is doing ("Writing entries: 300 of 1000"). */
    ReadOnlyStringProperty messageProperty();

    /** Whether the work has ended (its callbacks may still be on their way to the FX thread). */
    boolean isDone();

    /** Asks the work to stop at its next step; its failure callback then hears of the cancel. */
    void stop();
}
