package org.projectnexus.logic.publish;

import java.util.ArrayList;
import java.util.List;

/** What a publish changed in the repository's files, counted the way its commit message says it. */
public record HubChanges(List<String> written, List<String> deleted, int entriesAdded, int entriesChanged,
                         int entriesRemoved, boolean readmeChanged) {

    public boolean isEmpty() {
        return written.isEmpty() && deleted.isEmpty();
    }

    /** "2 entries added, 1 changed, README updated". */
    public String summary() {
        List<String> parts = new ArrayList<>();
        if (entriesAdded > 0) {
            parts.add(entriesAdded + (entriesAdded == 1 ? " entry" : " entries") + " added");
        }
        if (entriesChanged > 0) {
            parts.add(entriesChanged + (parts.isEmpty() ? (entriesChanged == 1 ? " entry" : " entries") : "") + " changed");
        }
        if (entriesRemoved > 0) {
            parts.add(entriesRemoved + (parts.isEmpty() ? (entriesRemoved == 1 ? " entry" : " entries") : "") + " removed");
        }
        if (readmeChanged) {
            parts.add("README updated");
        }
        return parts.isEmpty() ? "Repository files updated" : String.join(", ", parts);
    }
}
