package org.projectnexus.model;

/** A past challenge or note like the text asked about, with its score (higher is more alike, within one answer). */
public record SimilarEntry(Entry entry, float score) {
}
