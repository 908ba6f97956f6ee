package org.projectnexus.logic.exchange;

/**
 * An import whose first look is taken ({@link ImportSources#prepare}): what it will read, and the report that
 * already notes the files the look found wanting. Its entries are read when the knowledge base imports it.
 */
public record PreparedImport(ImportSources.Reading reading, ImportReport report) {
}
