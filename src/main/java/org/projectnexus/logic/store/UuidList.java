package org.projectnexus.logic.store;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A list of ids written into an {@code IN (...)} as constants ({@code CAST('…' AS UUID)}, standard SQL) rather
 * than as 500 parameters: H2 checks a row against a constant list through a hash set, but against parameters one
 * by one, which made reading many entries by id (an export, a search-index rebuild) slow (ADR 14). Safe to write
 * into SQL: a {@link UUID}'s text is only hex digits and dashes.
 */
final class UuidList {

    private UuidList() {
    }

    static String constants(List<UUID> ids) {
        return ids.stream().map(id -> "CAST('" + id + "' AS UUID)").collect(Collectors.joining(", "));
    }
}
