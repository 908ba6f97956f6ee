package org.projectnexus.logic.exchange;

import org.projectnexus.model.Entry;

/** An entry read from an import, with the file (or place in a file) it came from, for the report. */
public record ImportCandidate(Entry entry, String source) {
}
