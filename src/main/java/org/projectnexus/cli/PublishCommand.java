package org.projectnexus.cli;

import java.nio.file.Path;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.logic.publish.PublishPlan;
import org.projectnexus.logic.publish.PublishRequest;
import org.projectnexus.logic.publish.PublishResult;
import org.projectnexus.logic.publish.PublishSecrets;
import org.projectnexus.model.EntrySummary;
import org.projectnexus.model.Progress;
import org.projectnexus.model.SafeText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code nexus publish}: the README and a page per entry, committed in a Git repository Nexus owns and pushed to
 * its remote. Entries that would be published for the first time are listed and need a yes: asked on a terminal,
 * or {@code --yes}; otherwise they are held back, the rest is published and the exit code is 1.
 */
@Command(name = "publish", mixinStandardHelpOptions = true,
        description = {"Publish the hub to a Git repository: README.md, notes/, challenges/, takeaways/.",
                "Commits only when something changed; pushes to the remote (remembered for the next publish).",
                "Entries tagged #private are never published. A token for an https remote comes from",
                "NEXUS_GIT_TOKEN or is asked for, and is never stored. Over SSH, the keys in ~/.ssh and the",
                "ssh-agent are used; a key's passphrase comes from NEXUS_SSH_PASSPHRASE or is asked for."})
final class PublishCommand extends KnowledgeBaseCommand {

    static final String TOKEN_VARIABLE = "NEXUS_GIT_TOKEN";
    static final String PASSPHRASE_VARIABLE = "NEXUS_SSH_PASSPHRASE";

    @Option(names = "--repo", paramLabel = "DIR",
            description = "The Git working copy Nexus owns, made on first use (default: the last one).")
    Path repository;

    @Option(names = "--remote", paramLabel = "URL",
            description = "Where to push: a path, file://, ssh://, git@host:path or https:// (default: the last one).")
    String remote;

    @Option(names = "--branch", paramLabel = "NAME", description = "The branch to publish (default: main).")
    String branch;

    @Option(names = "--message", paramLabel = "TEXT", description = "The commit message (the counts follow it).")
    String message;

    @Option(names = "--title", paramLabel = "T", description = "The hub's title at the top of the README (remembered).")
    String title;

    @Option(names = "--author", paramLabel = "A", description = "The hub's author, in the README and the commit (remembered).")
    String author;

    @Option(names = "--yes", description = "Agree to publish entries that were never published before.")
    boolean yes;

    @Override
    int run(KnowledgeBase knowledgeBase) {
        PublishRequest request = new PublishRequest(repository, remote, branch, message, title, author, null);
        PublishPlan plan = knowledgeBase.publishing().plan(request);
        boolean agreed = !plan.needsConsent() || yes || (parent.input().isTerminal() && ask(plan));
        if (!agreed && !plan.unpublished().isEmpty()) {
            err().printf("nexus: %d entr%s never published before %s held back: run on a terminal to be asked, or"
                            + " add --yes.%n", plan.unpublished().size(), plan.unpublished().size() == 1 ? "y" : "ies",
                    plan.unpublished().size() == 1 ? "was" : "were");
            list(plan);
        }
        Progress progress = TerminalProgress.forTerminal(err());
        PublishResult result = knowledgeBase.publishing().publish(plan, agreed,
                PublishSecrets.of(this::token, this::passphrase), progress);
        TerminalProgress.finish(progress);
        out().println(result.summary());
        if (result.problem() != null) {
            err().println("nexus: " + result.problem());
        }
        return result.succeeded() ? 0 : 1;
    }

    private boolean ask(PublishPlan plan) {
        err().printf("Publishing makes entries public. %s%d entr%s will be published for the first time to %s:%n",
                plan.first() ? "This is the first publish there. " : "", plan.unpublished().size(),
                plan.unpublished().size() == 1 ? "y" : "ies", plan.request().repository());
        list(plan);
        if (plan.privateEntries() > 0) {
            err().printf("%d entr%s tagged #private stay%s out.%n", plan.privateEntries(),
                    plan.privateEntries() == 1 ? "y" : "ies", plan.privateEntries() == 1 ? "s" : "");
        }
        if (!parent.input().confirm("Publish them?", err())) {
            return false;
        }
        return !(plan.first() && plan.encrypted()) || parent.input().confirm("This knowledge base is encrypted;"
                + " its published entries will be readable by anyone with the repository. Publish anyway?", err());
    }

    private void list(PublishPlan plan) {
        int shown = 0;
        for (EntrySummary entry : plan.unpublished()) {
            if (shown++ == 40) {
                err().printf("  … and %d more%n", plan.unpublished().size() - 40);
                break;
            }
            err().printf("  %-9s %s%n", entry.kind().displayName(), entry.title());
        }
        err().flush();
    }

    /** The token for an https remote: the environment's, else asked on the terminal; never written anywhere. */
    private char[] token() {
        String fromEnvironment = System.getenv(TOKEN_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return fromEnvironment.strip().toCharArray();
        }
        return parent.input().isTerminal() ? parent.input().password("Token for the remote (not stored): ", err()) : null;
    }

    /** The passphrase of an SSH key the ssh-agent has not unlocked: the environment's, else asked on the terminal. */
    private char[] passphrase(String keyFile) {
        String fromEnvironment = System.getenv(PASSPHRASE_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return fromEnvironment.toCharArray();
        }
        return parent.input().isTerminal()
                ? parent.input().password("Passphrase for the SSH key " + SafeText.forDisplay(keyFile) + ": ", err())
                : null;
    }
}
