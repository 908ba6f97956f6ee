package org.projectnexus.cli;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.model.SafeText;
import org.projectnexus.model.SearchHit;
import org.projectnexus.model.SearchResults;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code nexus search QUERY}: the window's search, with the same query language and ranking. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Search every entry with the window's query language, best match first.",
                "Words must all match; \"exact phrase\"; prefix*; -excluded; a OR b;",
                "filters kind:challenge tag:backend status:open category:insight title:word",
                "created:>2026-01-01 updated:<=2026-03-31. Case and accents do not matter.",
                "Exits with 0 when something is found, 1 when nothing is."})
final class SearchCommand extends KnowledgeBaseCommand {

    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "The query (several words are joined).")
    List<String> words;

    @Option(names = "--limit", defaultValue = "20", description = "At most this many results (default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "Print the results as JSON.")
    boolean json;

    record HitJson(String id, String kind, String title, String updated, float score, String snippet) {
    }

    record ResultsJson(int total, List<HitJson> hits, Map<String, Integer> kinds, Map<String, Integer> tags) {
    }

    @Override
    int run(KnowledgeBase knowledgeBase) {
        int fixed = knowledgeBase.finding().synchronizeSearch((done, total) -> {
            if (System.console() != null && (done % 1000 == 0 || done.equals(total))) {
                err().printf("\rUpdating the search index: %d/%d", done, total);
                err().flush();
            }
        });
        if (fixed > 0 && System.console() != null) {
            err().println();
        }
        SearchResults results = knowledgeBase.finding().search(String.join(" ", words), Math.max(1, limit));
        if (json) {
            out().println(EntryJson.write(new ResultsJson(results.total(), results.hits().stream()
                    .map(hit -> new HitJson(hit.id().toString(), hit.kind().name().toLowerCase(), hit.title(),
                            hit.updated().toString(), hit.score(), hit.snippet("**", "**"))).toList(),
                    results.kinds().entrySet().stream().collect(Collectors.toMap(
                            kind -> kind.getKey().name().toLowerCase(), Map.Entry::getValue)),
                    results.tags())));
        } else {
            for (SearchHit hit : results.hits()) {
                out().printf("%s  (%s)%n", SafeText.forDisplay(hit.title()), hit.kind().name().toLowerCase());
                String snippet = SafeText.forDisplay(hit.snippet("[", "]").strip(), Integer.MAX_VALUE);
                if (!snippet.isEmpty()) {
                    out().println("    " + snippet);
                }
            }
            if (results.total() == 0) {
                out().println("No entries match “" + SafeText.forDisplay(String.join(" ", words)) + "”.");
            } else {
                out().printf("%d of %d result%s.%n", results.hits().size(), results.total(),
                        results.total() == 1 ? "" : "s");
            }
        }
        return results.total() > 0 ? 0 : 1;
    }
}
