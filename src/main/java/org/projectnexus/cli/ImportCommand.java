package org.projectnexus.cli;

import java.nio.file.Path;
import org.projectnexus.logic.Exchange;
import org.projectnexus.logic.ImportLookAhead;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.logic.exchange.ConflictPolicy;
import org.projectnexus.logic.exchange.ImportReport;
import org.projectnexus.model.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code nexus import}: a folder or vault of Markdown, one Markdown file, a README, or a JSON backup. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import Markdown files, an Obsidian vault, a README or a JSON backup.",
                "PATH is a folder of Markdown files or an Obsidian vault, a Markdown file, a README in the",
                "Project Nexus structure, or a JSON backup made by 'nexus export --format json'.",
                "All or nothing: if the import fails, the knowledge base is left as it was.",
                "Prints a report: one line for each file that needed attention (file: reason (what was done))."})
final class ImportCommand extends KnowledgeBaseCommand {

    @Parameters(index = "0", paramLabel = "PATH", description = "The folder or file to import.")
    Path source;

    @Option(names = "--on-conflict", paramLabel = "skip|rename|overwrite", defaultValue = "rename",
            converter = PolicyConverter.class,
            description = "When an entry with the same title exists: skip the imported one, import it under a free"
                    + " title (the default), or overwrite the existing one (its earlier text stays in its history).")
    ConflictPolicy onConflict;

    private Progress progress;
    private ImportLookAhead look;

    /** Restoring a backup into a new knowledge base must not meet the starter entries first. */
    @Override
    boolean addsStarterContent() {
        return false;
    }

    /** The first look at the source (every file of a folder read once), taken while the knowledge base opens. */
    @Override
    void startWhileOpening() {
        progress = TerminalProgress.forTerminal(err());
        look = ImportLookAhead.start(source, progress);
    }

    @Override
    int run(KnowledgeBase knowledgeBase) {
        if (progress == null) {
            progress = TerminalProgress.forTerminal(err());
        }
        Exchange exchange = knowledgeBase.exchange();
        ImportReport report = exchange.importFrom(look != null ? look.take() : exchange.prepare(source, progress),
                onConflict, progress);
        TerminalProgress.finish(progress);
        for (ImportReport.Line line : report.lines()) {
            out().println(line);
        }
        out().println(report.summary());
        return 0;
    }

    static final class PolicyConverter implements picocli.CommandLine.ITypeConverter<ConflictPolicy> {
        @Override
        public ConflictPolicy convert(String value) {
            try {
                return ConflictPolicy.parse(value);
            } catch (IllegalArgumentException unknown) {
                throw new picocli.CommandLine.TypeConversionException("'" + value + "': use skip, rename or overwrite");
            }
        }
    }
}
