package org.projectnexus.logic.exchange;

import java.util.Locale;

/** What an export writes. */
public enum ExportFormat {
    /** A folder of Markdown files that opens as an Obsidian vault. */
    VAULT,
    /** One Markdown document in the structure of the Project Nexus README. */
    README,
    /** One JSON file holding everything, to restore from. */
    JSON,
    /** One PDF: the README's structure, then every entry on pages of its own (ADR 42). */
    PDF;

    public static ExportFormat parse(String text) {
        return valueOf(text.strip().toUpperCase(Locale.ROOT));
    }
}
