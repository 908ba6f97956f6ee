package org.projectnexus.logic.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.UUID;
import org.projectnexus.model.EntryKind;
import org.projectnexus.model.SwitcherMatch;

/**
 * The quick switcher's catalogue: every entry's title and aliases in memory (folded once), so a key is matched
 * fuzzily with no query to the database (measured: docs/performance.md, "quick switcher"). Recently opened entries
 * rank first. The catalogue is loaded on first use and follows committed changes through {@link #changed}.
 */
public final class QuickSwitcher {

    /** An entry as the switcher knows it. */
    public record Candidate(UUID id, EntryKind kind, String title, List<String> aliases) {
    }

    /** Where the catalogue comes from. */
    public interface Source {
        /** Every entry, most recently updated first. */
        List<Candidate> all();

        /** These entries as they are now (those that no longer exist are left out). */
        List<Candidate> load(Collection<UUID> ids);
    }

    private record Name(Candidate candidate, String alias, String folded, long mask) {
    }

    private final Source source;
    private volatile List<Name> names;

    public QuickSwitcher(Source source) {
        this.source = source;
    }

    /** The best {@code limit} matches for {@code typed}; with nothing typed, the recent entries, then the newest. */
    public List<SwitcherMatch> find(String typed, List<UUID> recent, int limit) {
        List<Name> all = names();
        Map<UUID, Integer> recency = new HashMap<>();
        for (int i = 0; i < recent.size(); i++) {
            recency.putIfAbsent(recent.get(i), recent.size() - i);
        }
        String query = FuzzyMatch.fold(typed.strip()).replace(" ", "");
        long queryMask = FuzzyMatch.mask(query);
        // A candidate's names (title, then aliases) stand together: keep its best, then offer it to the top list.
        PriorityQueue<Scored> top = new PriorityQueue<>(BY_RANK.reversed());
        Candidate current = null;
        Scored groupBest = null;
        int order = 0;
        for (Name name : all) {
            if (name.candidate != current) {
                offer(top, groupBest, limit);
                groupBest = null;
                current = name.candidate;
                order++;
            }
            if ((name.mask & queryMask) != queryMask) {
                continue;
            }
            int score = FuzzyMatch.score(query, name.folded);
            if (score == FuzzyMatch.NO_MATCH) {
                continue;
            }
            score += recency.isEmpty() ? 0 : recency.getOrDefault(name.candidate.id(), 0) * (query.isEmpty() ? 1000 : 60);
            if (groupBest == null || score > groupBest.score) {
                groupBest = new Scored(name, score, order);
            }
        }
        offer(top, groupBest, limit);
        List<Scored> ranked = new ArrayList<>(top);
        ranked.sort(BY_RANK);
        return ranked.stream().map(scored -> new SwitcherMatch(scored.name.candidate.id(),
                scored.name.candidate.kind(), scored.name.candidate.title(), scored.name.alias)).toList();
    }

    private record Scored(Name name, int score, int order) {
    }

    private static void offer(PriorityQueue<Scored> top, Scored scored, int limit) {
        if (scored == null) {
            return;
        }
        if (top.size() < limit) {
            top.add(scored);
        } else if (BY_RANK.compare(scored, top.peek()) < 0) {
            top.poll();
            top.add(scored);
        }
    }

    /** Higher score first; then the newer entry (it came first from the source). */
    private static final Comparator<Scored> BY_RANK =
            Comparator.comparingInt((Scored scored) -> -scored.score).thenComparingInt(scored -> scored.order);

    /** Forgets the catalogue (the database was replaced): it is loaded again on next use. */
    public synchronized void reload() {
        names = null;
    }

    /** Applies committed changes; cheap when the catalogue was never loaded. */
    public void changed(Set<UUID> ids) {
        synchronized (this) {
            if (names == null) {
                return;
            }
            List<Name> kept = new ArrayList<>(names.size() + ids.size());
            List<Name> fresh = names(source.load(ids));
            kept.addAll(fresh);
            for (Name name : names) {
                if (!ids.contains(name.candidate.id())) {
                    kept.add(name);
                }
            }
            names = List.copyOf(kept);
        }
    }

    private List<Name> names() {
        List<Name> loaded = names;
        if (loaded == null) {
            synchronized (this) {
                if (names == null) {
                    names = List.copyOf(names(source.all()));
                }
                loaded = names;
            }
        }
        return loaded;
    }

    private static List<Name> names(List<Candidate> candidates) {
        List<Name> names = new ArrayList<>(candidates.size());
        for (Candidate candidate : candidates) {
            String title = FuzzyMatch.fold(candidate.title());
            names.add(new Name(candidate, null, title, FuzzyMatch.mask(title)));
            for (String alias : candidate.aliases()) {
                String folded = FuzzyMatch.fold(alias);
                names.add(new Name(candidate, alias, folded, FuzzyMatch.mask(folded)));
            }
        }
        return names;
    }
}
