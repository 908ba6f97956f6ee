package org.projectnexus.model;

import java.time.Instant;

/**
 * Which version of an entry is stored: its version number and its last update. A publish compares both with what
 * it made its page from (a restored backup can bring back a number with other text, never with the same instant).
 */
public record EntryVersion(long number, Instant updated) {
}
