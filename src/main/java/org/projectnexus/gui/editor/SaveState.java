package org.projectnexus.gui.editor;

/** What the status bar says about the open entry. */
public enum SaveState {
    NOTHING_OPEN, SAVED, UNSAVED, SAVING, FAILED
}
