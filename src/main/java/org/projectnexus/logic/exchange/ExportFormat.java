package org.projectnexus.logic.exchange;

import java.util.Locale;

/** What an export writes. */
public enum ExportFormat {
    /** A folder of Markdown files that opens as an Obsidian vault. */
    VAULT,
    /** One Markdown document in the structure of the Project Nexus README. */
    README,
    /** One JSON file holding everything, to restore from. */
    JSON;

    public static ExportFormat parse(String text) {
        return valueOf(text.strip().toUpperCase(Locale.ROOT));
    }
}
