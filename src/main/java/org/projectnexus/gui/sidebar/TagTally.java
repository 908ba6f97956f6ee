package org.projectnexus.gui.sidebar;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.projectnexus.model.ChangeEvent;
import org.projectnexus.model.Tag;

/**
 * How many entries carry each tag: exactly ({@link #inUse}, for completion) and with the tags nested under it
 * ({@link #totals}, for the tree, where a parent counts each entry once however many of its children it carries).
 * Built once from every entry's tags, then kept up to date from change events without asking the database.
 */
final class TagTally {

    private final Map<String, Integer> exact = new HashMap<>();
    private final Map<String, Integer> totals = new HashMap<>();

    /** The tally of these entries' tags (one collection per entry). */
    static TagTally of(Collection<List<Tag>> tagsOfEachEntry) {
        TagTally tally = new TagTally();
        tagsOfEachEntry.forEach(tags -> tally.add(tags, 1));
        return tally;
    }

    /** Follows one committed change: the changed entries' tags before leave the counts, their tags after join. */
    void apply(ChangeEvent event) {
        for (ChangeEvent.Change change : event.changes()) {
            add(change.tagsBefore(), -1);
            add(change.tagsAfter(), 1);
        }
    }

    /** Tags in use, in alphabetical order. */
    List<String> inUse() {
        return exact.keySet().stream().sorted().toList();
    }

    /** Each tag and each parent of a nested tag, with the number of entries carrying it or a tag under it. */
    Map<String, Integer> totals() {
        return new TreeMap<>(totals);
    }

    private void add(List<Tag> tags, int delta) {
        Set<String> prefixes = new LinkedHashSet<>();
        Set<String> names = new LinkedHashSet<>();
        for (Tag tag : tags) {
            names.add(tag.name());
            int slash = -1;
            do {
                slash = tag.name().indexOf('/', slash + 1);
                prefixes.add(slash < 0 ? tag.name() : tag.name().substring(0, slash));
            } while (slash >= 0);
        }
        names.forEach(name -> count(exact, name, delta));
        prefixes.forEach(prefix -> count(totals, prefix, delta));
    }

    private static void count(Map<String, Integer> counts, String key, int delta) {
        int now = counts.getOrDefault(key, 0) + delta;
        if (now > 0) {
            counts.put(key, now);
        } else {
            counts.remove(key);
        }
    }
}
