package org.projectnexus.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.logic.TeamHub;
import org.projectnexus.model.HubMembership;
import org.projectnexus.model.SyncReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code nexus sync [--json]}: pushes this knowledge base's team changes and pulls its teammates', now. */
@Command(name = "sync", mixinStandardHelpOptions = true,
        description = "Send this knowledge base's changes to its team hubs and take in the teammates'; prints counts,"
                + " conflicts and notices.")
final class SyncCommand extends KnowledgeBaseCommand {

    @Option(names = "--json", description = "As JSON.")
    boolean json;

    @Override
    int run(KnowledgeBase knowledgeBase) {
        TeamHub hub = knowledgeBase.teamHub();
        List<HubMembership> teams = hub.memberships();
        if (teams.isEmpty()) {
            err().println("nexus: this knowledge base has joined no team: nexus hub join URL --team TEAM --member NAME");
            return 1;
        }
        boolean needsPassword = teams.stream().anyMatch(team -> !team.passwordRemembered());
        char[] password = needsPassword ? parent.input().hubPassword("Password on the hub: ", err(), true) : null;
        List<SyncReport> reports = hub.sync(password);
        if (json) {
            out().println(EntryJson.write(reports.stream().map(report -> {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("team", report.team());
                row.put("pushed", report.pushed());
                row.put("pulled", report.pulled());
                row.put("merged", report.merged());
                row.put("conflicts", report.conflicts());
                row.put("notices", report.notices());
                return row;
            }).toList()));
            return 0;
        }
        for (SyncReport report : reports) {
            out().println("Team “" + report.team() + "”: " + report.pushed() + " sent, " + report.pulled() + " received, "
                    + report.merged() + " merged, " + report.conflicts() + " conflicts.");
            report.notices().forEach(notice -> out().println("  " + notice));
        }
        return 0;
    }
}
