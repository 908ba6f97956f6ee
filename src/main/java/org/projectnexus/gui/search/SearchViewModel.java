package org.projectnexus.gui.search;

import org.projectnexus.gui.concurrency.Running;

import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.projectnexus.gui.concurrency.BackgroundExecutor;
import org.projectnexus.gui.concurrency.LatestOnly;
import org.projectnexus.gui.dialogs.UserMessages;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.model.EntryKind;
import org.projectnexus.model.SearchHit;
import org.projectnexus.model.SearchResults;

/**
 * The search panel: results as the query is typed, narrowed by a kind and a tag chosen among the facets.
 * Only the latest query runs: one typed while another is queued replaces it.
 */
public final class SearchViewModel {

    private static final int SHOWN = 100;

    /** A facet value with how many results have it. */
    public record Facet(String value, String label, int count) {
    }

    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<EntryKind> kind = new SimpleObjectProperty<>();
    private final StringProperty tag = new SimpleStringProperty();
    private final ObservableList<SearchHit> hits = FXCollections.observableArrayList();
    private final ObservableList<Facet> kinds = FXCollections.observableArrayList();
    private final ObservableList<Facet> tags = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper indexing = new ReadOnlyStringWrapper("");
    private List<String> highlights = List.of();
    private final LatestOnly<SearchResults> searching;

    public SearchViewModel(KnowledgeBase knowledgeBase, BackgroundExecutor lane) {
        this.searching = new LatestOnly<>(lane, "search", () -> {
            String full = fullQuery();
            return () -> full.isBlank() ? SearchResults.empty() : knowledgeBase.finding().search(full, SHOWN);
        }, results -> show(results, fullQuery().isBlank() ? "" : describe(results)),
                failure -> show(SearchResults.empty(), UserMessages.of(failure)));
        query.addListener((property, old, text) -> search());
        kind.addListener((property, old, chosen) -> search());
        tag.addListener((property, old, chosen) -> search());
    }

    /** Runs the current query (again), e.g. after the index caught up. */
    public void search() {
        searching.request();
    }

    /** The typed query with the chosen facets added as filters. */
    private String fullQuery() {
        String text = query.get() == null ? "" : query.get().strip();
        return (text + (kind.get() == null ? "" : " kind:" + kind.get().name().toLowerCase())
                + (tag.get() == null ? "" : " tag:" + tag.get())).strip();
    }

    private static String describe(SearchResults results) {
        String found = results.total() == 0 ? "Nothing found"
                : results.total() == 1 ? "1 result"
                : results.hits().size() < results.total()
                ? results.total() + " results, the best " + results.hits().size() + " shown"
                : results.total() + " results";
        return results.complete() ? found : found + " (the index is still being built: some may be missing)";
    }

    private void show(SearchResults results, String message) {
        hits.setAll(results.hits());
        highlights = results.highlights();
        kinds.setAll(results.kinds().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(entry -> new Facet(entry.getKey().name(), entry.getKey().pluralName(), entry.getValue()))
                .toList());
        tags.setAll(results.tags().entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(12).map(entry -> new Facet(entry.getKey(), "#" + entry.getKey(), entry.getValue())).toList());
        summary.set(message);
    }

    /** Says how far the search index's catch-up is, from the work's own message, until it ends. */
    public void indexing(Running catchingUp) {
        if (!catchingUp.isDone()) {
            indexing.bind(catchingUp.messageProperty());
        }
    }

    /** The search index has caught up: a query typed meanwhile is asked again, now over every entry. */
    public void indexingDone() {
        indexing.unbind();
        indexing.set("");
        if (!query.get().isBlank()) {
            search();
        }
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObjectProperty<EntryKind> kindProperty() {
        return kind;
    }

    public StringProperty tagProperty() {
        return tag;
    }

    public ObservableList<SearchHit> hits() {
        return hits;
    }

    public ObservableList<Facet> kinds() {
        return kinds;
    }

    public ObservableList<Facet> tags() {
        return tags;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty indexingProperty() {
        return indexing.getReadOnlyProperty();
    }

    /** The words of the last query, to highlight in the entry opened from it. */
    public List<String> highlights() {
        return highlights;
    }
}
