package org.projectnexus.logic.exchange;

import org.projectnexus.model.Progress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.projectnexus.model.Entry;
import org.projectnexus.model.EntryKind;
import org.projectnexus.model.IndexedEntry;
import org.projectnexus.model.Tag;
import org.projectnexus.model.Takeaway;
import org.projectnexus.model.TakeawayCategory;
import org.projectnexus.model.WikiLink;

/**
 * Where every entry goes in the README, worked out from a first read of the knowledge base that keeps no text:
 * ids, titles, aliases, kinds and the tags that choose a section. The entries' text is read again, a page at a
 * time, while the README is written (ADR 14).
 */
final class ReadmeOutline {

    /** One entry, without its text. */
    record Item(UUID id, Instant created, EntryKind kind, String title, List<String> aliases, String readmeSection,
                boolean technology, String conceptGroup, TakeawayCategory category) {

        static Item of(IndexedEntry indexed) {
            Entry entry = indexed.entry();
            List<String> tags = indexed.tags().stream().map(Tag::name).toList();
            return new Item(entry.id(), entry.meta().created(), entry.kind(), entry.title(), indexed.aliases(),
                    tags.stream().filter(name -> name.startsWith("readme/")).findFirst().orElse(null),
                    tags.stream().anyMatch(name -> name.equals("technology") || name.startsWith("technology/")),
                    tags.stream().findFirst().orElse("other"),
                    entry instanceof Takeaway takeaway ? takeaway.category() : null);
        }
    }

    /** Every entry, oldest first. */
    final List<Item> entries;
    /** The anchor of each title and alias key: the slug of the first (oldest) entry with that name. */
    final Map<String, String> anchors = new HashMap<>();
    /** Entries tagged {@code readme/...}, by that tag, in the order the tags first appear. */
    final Map<String, List<Item>> sections = new LinkedHashMap<>();
    final List<Item> technologies = new ArrayList<>();
    /** Other notes, by their first tag, in tag order. */
    final Map<String, List<Item>> concepts = new TreeMap<>();
    final List<Item> challenges = new ArrayList<>();
    final List<Item> takeaways = new ArrayList<>();

    ReadmeOutline(List<Item> items) {
        entries = items.stream().sorted(Comparator.comparing(Item::created).thenComparing(Item::id)).toList();
        for (Item item : entries) {
            anchors.putIfAbsent(WikiLink.titleKey(item.title()), ReadmeExporter.slug(item.title()));
            item.aliases().forEach(alias -> anchors.putIfAbsent(WikiLink.titleKey(alias), ReadmeExporter.slug(item.title())));
        }
        for (Item item : entries) {
            if (item.readmeSection() != null) {
                sections.computeIfAbsent(item.readmeSection(), key -> new ArrayList<>()).add(item);
            } else if (item.kind() == EntryKind.CHALLENGE) {
                challenges.add(item);
            } else if (item.kind() == EntryKind.TAKEAWAY) {
                takeaways.add(item);
            } else if (item.technology()) {
                technologies.add(item);
            } else {
                concepts.computeIfAbsent(item.conceptGroup(), key -> new ArrayList<>()).add(item);
            }
        }
        takeaways.sort(Comparator.comparing(Item::category));
    }

    /** The outline of every entry of {@code source}, read a page at a time. */
    static ReadmeOutline of(ExportSource source, Progress progress) throws java.io.IOException {
        List<org.projectnexus.model.EntrySummary> ordered = source.ordered();
        List<Item> items = new ArrayList<>(ordered.size());
        source.forEachInPages(ordered, indexed -> {
            progress.checkCancelled();
            items.add(Item.of(indexed));
            progress.update("Reading entries", items.size(), ordered.size());
        });
        return new ReadmeOutline(items);
    }

    long count(EntryKind kind) {
        return entries.stream().filter(item -> item.kind() == kind).count();
    }
}
