package org.projectnexus.cli;

import java.nio.file.Path;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.logic.exchange.ExportFormat;
import org.projectnexus.logic.exchange.LinkStyle;
import org.projectnexus.model.Progress;
import org.projectnexus.model.Entry;
import org.projectnexus.model.NexusException;
import org.projectnexus.model.SafeText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code nexus export}: the knowledge base as an Obsidian vault, a README, a JSON backup or a PDF. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export every entry.",
                "vault: a folder of Markdown files (notes/, challenges/, takeaways/) that opens in Obsidian;",
                "readme: one README.md in the structure of the Project Nexus template, a summary linking to notes/…md;",
                "json: a full backup that 'nexus import' restores with the same ids, times, tags and links.",
                "pdf: one PDF of the README's structure and then every entry's page, or of one entry with --entry.",
                "Nothing is overwritten: the folder must be empty or new, the file must not exist."})
final class ExportCommand extends KnowledgeBaseCommand {

    @Option(names = "--format", required = true, paramLabel = "vault|readme|json|pdf",
            converter = FormatConverter.class, description = "What to write.")
    ExportFormat format;

    @Option(names = "--out", required = true, paramLabel = "PATH",
            description = "The folder (vault) or file (readme, json, pdf) to write.")
    Path out;

    @Option(names = "--links", paramLabel = "wiki|markdown", defaultValue = "wiki", converter = LinksConverter.class,
            description = "Vault links as [[wiki links]] (Obsidian, the default) or relative Markdown links (GitHub).")
    LinkStyle links;

    @Option(names = "--title", paramLabel = "T",
            description = "readme: the hub's title at its top (default: the one remembered by publish).")
    String title;

    @Option(names = "--author", paramLabel = "A", description = "readme: the hub's author (default: the one remembered).")
    String author;

    @Option(names = "--entry", paramLabel = "TITLE", description = "pdf: only this entry, as the preview shows it.")
    String entry;

    @Override
    int run(KnowledgeBase knowledgeBase) {
        if (entry != null) {
            return exportEntry(knowledgeBase);
        }
        Progress progress = TerminalProgress.forTerminal(err());
        var remembered = knowledgeBase.publishing().settings();
        int written = knowledgeBase.exchange().export(format, out, links,
                title != null ? title : remembered.title(), author != null ? author : remembered.author(), progress);
        TerminalProgress.finish(progress);
        out().printf("Exported %d entr%s to %s%n", written, written == 1 ? "y" : "ies", out.toAbsolutePath());
        return 0;
    }

    private int exportEntry(KnowledgeBase knowledgeBase) {
        if (format != ExportFormat.PDF) {
            err().println("--entry exports one entry as a PDF: use it with --format pdf.");
            return 2;
        }
        Entry found = knowledgeBase.entries().findByTitle(entry)
                .orElseThrow(() -> new NexusException("No entry is titled “" + SafeText.forDisplay(entry) + "”."));
        knowledgeBase.exchange().exportPdf(found, out);
        out().printf("Exported “%s” to %s%n", SafeText.forDisplay(found.title()), out.toAbsolutePath());
        return 0;
    }

    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<ExportFormat> {
        @Override
        public ExportFormat convert(String value) {
            try {
                return ExportFormat.parse(value);
            } catch (IllegalArgumentException unknown) {
                throw new picocli.CommandLine.TypeConversionException("'" + value + "' is no format: use vault, readme, json or pdf");
            }
        }
    }

    static final class LinksConverter implements picocli.CommandLine.ITypeConverter<LinkStyle> {
        @Override
        public LinkStyle convert(String value) {
            try {
                return LinkStyle.valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                throw new picocli.CommandLine.TypeConversionException("'" + value + "': use wiki or markdown");
            }
        }
    }
}
