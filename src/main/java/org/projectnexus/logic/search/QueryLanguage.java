package org.projectnexus.logic.search;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.projectnexus.model.InvalidQueryException;

/**
 * Nexus's query language, turned into a Lucene query. Words must all match; {@code "exact phrase"};
 * {@code prefix*}; {@code -excluded}; {@code a OR b}; filters {@code kind:}, {@code tag:} (nested tags included),
 * {@code status:}, {@code category:}, {@code title:}, {@code created:} and {@code updated:} with
 * {@code >}, {@code >=}, {@code <}, {@code <=} or a day. A word in a field Nexus does not know ({@code http:x})
 * is just text. Title matches weigh most, so they rank first.
 */
public final class QueryLanguage {

    private static final Set<String> FILTERS =
            Set.of("kind", "tag", "status", "category", "title", "created", "updated");

    private final TextQueries text;

    QueryLanguage(Analyzer analyzer) {
        this.text = new TextQueries(analyzer);
    }

    /** A parsed query: the Lucene query, and the words and phrases to highlight in the entries it finds. */
    public record Parsed(Query query, List<String> highlights) {
    }

    public Parsed parse(String input) {
        List<String> highlights = new ArrayList<>();
        List<List<Clause>> groups = new ArrayList<>();
        List<Query> excluded = new ArrayList<>();
        boolean orPending = false;
        for (QueryTokens.Token token : QueryTokens.split(input == null ? "" : input)) {
            if (token.isOr()) {
                orPending = !groups.isEmpty();
                continue;
            }
            Clause clause = clause(token, highlights);
            if (clause == null) {
                continue;
            }
            if (clause.occur == Occur.MUST_NOT) {
                excluded.add(clause.query);
            } else if (orPending) {
                groups.get(groups.size() - 1).add(clause);
            } else {
                groups.add(new ArrayList<>(List.of(clause)));
            }
            orPending = false;
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (List<Clause> group : groups) {
            if (group.size() == 1) {
                query.add(group.get(0).query, group.get(0).occur);
            } else {
                BooleanQuery.Builder either = new BooleanQuery.Builder();
                group.forEach(clause -> either.add(clause.query, Occur.SHOULD));
                query.add(either.build(), Occur.MUST);
            }
        }
        if (groups.isEmpty()) {
            query.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        excluded.forEach(not -> query.add(not, Occur.MUST_NOT));
        return new Parsed(query.build(), List.copyOf(highlights));
    }

    private record Clause(Query query, Occur occur) {
    }

    private Clause clause(QueryTokens.Token token, List<String> highlights) {
        Occur positive = Occur.MUST;
        Query query;
        String field = token.field() == null ? null : token.field().toLowerCase(Locale.ROOT);
        if (field != null && FILTERS.contains(field)) {
            if (!field.equals("title")) {
                positive = Occur.FILTER;
            }
            query = filter(field, token);
        } else {
            String value = token.field() == null ? token.value() : token.field() + ":" + token.value();
            query = token.phrase() ? text.phrase(value, TextQueries.ALL_FIELDS)
                    : token.prefix() ? text.prefix(value, TextQueries.ALL_FIELDS)
                    : text.words(value, TextQueries.ALL_FIELDS);
            if (query != null && !token.negated()) {
                // What the preview marks: whole words (a phrase as a whole), or the beginnings of words for cach*.
                highlights.add(token.prefix() ? value + "*" : value);
            }
        }
        if (query == null) {
            return null;
        }
        return new Clause(query, token.negated() ? Occur.MUST_NOT : positive);
    }

    private Query filter(String field, QueryTokens.Token token) {
        String value = token.value().strip();
        if (value.isEmpty()) {
            return null;
        }
        String lower = value.toLowerCase(Locale.ROOT);
        return switch (field) {
            case "kind" -> new TermQuery(new Term(SearchDocuments.KIND, kind(lower)));
            case "status" -> new TermQuery(new Term(SearchDocuments.STATUS, oneOf(lower, "status", "open", "solved", "verified", "regressed")));
            case "category" -> new TermQuery(new Term(SearchDocuments.CATEGORY,
                    oneOf(lower.replace('-', '_').replace(' ', '_'), "category", "best_practice", "insight")));
            case "tag" -> new TermQuery(new Term(SearchDocuments.TAG, lower.startsWith("#") ? lower.substring(1) : lower));
            case "title" -> token.phrase() ? text.phrase(value, List.of(SearchDocuments.TITLE))
                    : token.prefix() ? text.prefix(value, List.of(SearchDocuments.TITLE))
                    : text.words(value, List.of(SearchDocuments.TITLE));
            default -> dateRange(field, value);
        };
    }

    private static String kind(String value) {
        String singular = value.endsWith("s") ? value.substring(0, value.length() - 1) : value;
        return oneOf(singular, "kind", "note", "challenge", "takeaway");
    }

    private static String oneOf(String value, String field, String... allowed) {
        for (String candidate : allowed) {
            if (candidate.equals(value)) {
                return value;
            }
        }
        throw new InvalidQueryException(field + ": takes " + String.join(", ", allowed).replace('_', '-')
                + ", not \u201c" + value + "\u201d.");
    }

    /** {@code >D}: after day D; {@code >=D}: from D; {@code <D}: before D; {@code <=D}: up to D; {@code D}: on D. */
    private static Query dateRange(String field, String value) {
        String operator = value.startsWith(">=") || value.startsWith("<=") ? value.substring(0, 2)
                : value.startsWith(">") || value.startsWith("<") ? value.substring(0, 1) : "";
        long dayStart = dayStart(field, value.substring(operator.length()));
        long nextDay = dayStart + 86_400_000L;
        String indexed = field.equals("created") ? SearchDocuments.CREATED : SearchDocuments.UPDATED;
        return switch (operator) {
            case ">" -> LongPoint.newRangeQuery(indexed, nextDay, Long.MAX_VALUE);
            case ">=" -> LongPoint.newRangeQuery(indexed, dayStart, Long.MAX_VALUE);
            case "<" -> LongPoint.newRangeQuery(indexed, Long.MIN_VALUE, dayStart - 1);
            case "<=" -> LongPoint.newRangeQuery(indexed, Long.MIN_VALUE, nextDay - 1);
            default -> LongPoint.newRangeQuery(indexed, dayStart, nextDay - 1);
        };
    }

    private static long dayStart(String field, String day) {
        try {
            return LocalDate.parse(day.strip()).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        } catch (DateTimeParseException notADay) {
            throw new InvalidQueryException(field + ": needs a day written like 2026-01-31 (optionally after >, >=, < "
                    + "or <=), not \u201c" + day + "\u201d.");
        }
    }
}
