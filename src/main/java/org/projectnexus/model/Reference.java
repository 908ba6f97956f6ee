package org.projectnexus.model;

/** An entry that refers to another (by a link, or by naming it), with the line where it does. */
public record Reference(EntrySummary source, int line, String context) {
}
