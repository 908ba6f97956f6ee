package org.projectnexus.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.logic.TeamHub;
import org.projectnexus.model.HubMembership;
import org.projectnexus.model.HubStatus;
import org.projectnexus.model.NexusException;
import org.projectnexus.model.SafeText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code nexus hub init|invite|join|remove URL --team TEAM [--member NAME]} and {@code nexus hub status [--json]}:
 * setting up a team hub on PostgreSQL, joining it, and where this knowledge base stands with it (issue 27).
 */
@Command(name = "hub", mixinStandardHelpOptions = true,
        description = {"Set up a team hub on PostgreSQL, join one, or see where this knowledge base stands with it.",
                "  init URL --team TEAM                 (admin) the hub's tables, once, and a team; again to add a team",
                "  invite URL --team TEAM --member NAME (admin) a member's role; prints the password, last line alone",
                "  remove URL --team TEAM --member NAME (admin) takes a member out of the team, at once",
                "  join URL --team TEAM --member NAME   this knowledge base joins (password: NEXUS_HUB_PASSWORD or asked)",
                "  status [--json]                      team, server, pending changes, last sync, conflicts",
                "URL: postgresql://[user@]host:port/database[?sslmode=require] (the JDBC form too). An admin's password"
                        + " comes from NEXUS_HUB_PASSWORD when the server asks for one."})
final class HubCommand extends KnowledgeBaseCommand {

    @Parameters(index = "0", paramLabel = "ACTION", description = "init, invite, remove, join or status")
    String action;

    @Parameters(index = "1", arity = "0..1", paramLabel = "URL", description = "The hub's PostgreSQL address.")
    String url;

    @Option(names = "--team", paramLabel = "TEAM", description = "The team's name.")
    String team;

    @Option(names = "--member", paramLabel = "NAME", description = "The member's name (their PostgreSQL role).")
    String member;

    @Option(names = "--no-remember", description = "join: do not remember the password (it is then asked at each sync).")
    boolean noRemember;

    @Option(names = "--json", description = "status: as JSON.")
    boolean json;

    @Override
    int run(KnowledgeBase knowledgeBase) {
        TeamHub hub = knowledgeBase.teamHub();
        switch (action) {
            case "init" -> {
                boolean added = hub.init(needUrl(), needTeam(), adminPassword());
                out().println(added ? "The hub at " + shown() + " has the team “" + team + "” now."
                        : "The hub at " + shown() + " is up to date; it had the team “" + team + "” already.");
            }
            case "invite" -> {
                String password = hub.invite(needUrl(), needTeam(), needMember(), adminPassword());
                out().println("“" + member + "” is a member of “" + team + "”. Their password, shown only this once"
                        + " (pass it on privately):");
                out().println(password);
            }
            case "remove" -> {
                boolean removed = hub.remove(needUrl(), needTeam(), needMember(), adminPassword());
                out().println(removed ? "“" + member + "” is no longer a member of “" + team + "”."
                        : "“" + member + "” was not a member of “" + team + "”.");
            }
            case "join" -> {
                char[] password = parent.input().hubPassword("Password of " + needMember() + " on the hub: ", err(), true);
                HubMembership joined = hub.join(needUrl(), needTeam(), member, password, !noRemember);
                out().println("This knowledge base joined the team “" + joined.team() + "” at " + joined.url()
                        + " as “" + joined.member() + "”" + (joined.passwordRemembered()
                        ? " (password remembered in this knowledge base)." : ".")
                        + " Share entries with: nexus share TITLE");
            }
            case "status" -> status(hub.status());
            default -> throw new NexusException("“" + SafeText.forDisplay(action) + "” is not a hub action: init,"
                    + " invite, remove, join or status.");
        }
        return 0;
    }

    private void status(List<HubStatus> teams) {
        if (json) {
            List<Map<String, Object>> rows = teams.stream().map(status -> {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("team", status.team());
                row.put("server", status.url());
                row.put("member", status.member());
                row.put("shared", status.sharedEntries());
                row.put("pending", status.pending());
                row.put("conflicts", status.conflicts());
                row.put("lastSync", status.lastSync() == null ? null : status.lastSync().toString());
                return row;
            }).toList();
            out().println(EntryJson.write(rows));
            return;
        }
        if (teams.isEmpty()) {
            out().println("This knowledge base has joined no team: nexus hub join URL --team TEAM --member NAME");
        }
        for (HubStatus status : teams) {
            out().println("Team “" + status.team() + "” at " + status.url() + " as “" + status.member() + "”: "
                    + status.sharedEntries() + " shared, " + status.pending() + " pending, " + status.conflicts()
                    + " conflicts, last sync " + (status.lastSync() == null ? "never" : status.lastSync()) + ".");
        }
    }

    /** An admin's password when the server asks for one: NEXUS_HUB_PASSWORD, or one written in the URL, or none. */
    private char[] adminPassword() {
        return parent.input().hubPassword("", err(), false);
    }

    private String shown() {
        return SafeText.forDisplay(url.replaceAll("//([^/@:]*):[^/@]*@", "//$1@"));
    }

    private String needUrl() {
        if (url == null) {
            throw new NexusException("Which hub? nexus hub " + action + " postgresql://host:5432/database ...");
        }
        return url;
    }

    private String needTeam() {
        if (team == null) {
            throw new NexusException("Which team? Add --team TEAM.");
        }
        return team;
    }

    private String needMember() {
        if (member == null) {
            throw new NexusException("Which member? Add --member NAME.");
        }
        return member;
    }
}
