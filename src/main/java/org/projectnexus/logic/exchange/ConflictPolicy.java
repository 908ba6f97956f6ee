package org.projectnexus.logic.exchange;

import java.util.Locale;

/** What an import does with an entry whose title an existing entry already has. */
public enum ConflictPolicy {
    /** Keep the existing entry; the imported one is not added. */
    SKIP,
    /** Add the imported entry under a free title ("Redis 2"). */
    RENAME,
    /** Save the imported text over the existing entry; its earlier version stays in the entry's history. */
    OVERWRITE;

    public static ConflictPolicy parse(String text) {
        return valueOf(text.strip().toUpperCase(Locale.ROOT));
    }
}
