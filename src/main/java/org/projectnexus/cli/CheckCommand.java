package org.projectnexus.cli;

import java.util.List;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.model.SafeText;
import org.projectnexus.model.Finding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code nexus check}: the link-integrity check; exit code 1 when it finds problems. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Check links: dangling links, missing headings, ambiguous targets, orphans, empty entries.",
                "Exits with 1 when anything is found, 0 when the knowledge base is clean."})
final class CheckCommand extends KnowledgeBaseCommand {

    @Option(names = "--json", description = "Print the findings as JSON.")
    boolean json;

    record FindingJson(String problem, String entryId, String entry, int line, String message, String fix) {
    }

    @Override
    int run(KnowledgeBase knowledgeBase) {
        List<Finding> findings = knowledgeBase.connections().check();
        if (json) {
            out().println(EntryJson.write(findings.stream().map(finding -> new FindingJson(
                    finding.problem().name().toLowerCase().replace('_', '-'), finding.entryId().toString(),
                    finding.entryTitle(), finding.line(), finding.message(), finding.fix())).toList()));
        } else if (findings.isEmpty()) {
            out().println("No problems found.");
        } else {
            for (Finding finding : findings) {
                out().printf("%s%s: %s%s%n", SafeText.forDisplay(finding.entryTitle()),
                        finding.line() > 0 ? ":" + finding.line() : "", SafeText.forDisplay(finding.message(), 1000),
                        finding.fix().isEmpty() ? "" : " (" + SafeText.forDisplay(finding.fix(), 1000) + ")");
            }
            out().printf("%d problem%s found.%n", findings.size(), findings.size() == 1 ? "" : "s");
        }
        return findings.isEmpty() ? 0 : 1;
    }
}
