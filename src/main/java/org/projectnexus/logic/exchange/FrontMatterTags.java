package org.projectnexus.logic.exchange;

import org.projectnexus.logic.markdown.FrontMatter;

/**
 * Reports the items of a front matter's {@code tags:} that break the rule of inline tags: the index leaves them out
 * ({@link FrontMatter#tags}), and an import says so. Called where the front matter is read anyway.
 */
final class FrontMatterTags {

    private FrontMatterTags() {
    }

    static void reportInvalid(FrontMatter front, String source, ImportReport report) {
        if (front.error().isPresent()) {
            return;
        }
        for (String tag : front.invalidTags()) {
            report.note(source, "its front-matter tag “" + tag + "” holds characters a tag cannot have (letters,"
                    + " digits, _ and -, with / between levels)", "imported; that tag is ignored");
        }
    }
}
