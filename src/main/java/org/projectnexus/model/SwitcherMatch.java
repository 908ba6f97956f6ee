package org.projectnexus.model;

import java.util.UUID;

/** An entry the quick switcher offers: its title, and the alias that matched when it was not the title. */
public record SwitcherMatch(UUID id, EntryKind kind, String title, String alias) {
}
