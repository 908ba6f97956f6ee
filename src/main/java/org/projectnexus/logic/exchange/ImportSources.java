package org.projectnexus.logic.exchange;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.projectnexus.logic.NexusException;
import org.projectnexus.logic.markdown.MarkdownParser;
import org.projectnexus.logic.exchange.VaultFolderReader.MarkdownFile;

/**
 * Reads whatever the user gives to import into entries, without touching the knowledge base: a folder (a vault),
 * a JSON backup, a README in the Project Nexus structure, or a single Markdown file. Only after all of it is read
 * does the caller write the entries, in one transaction.
 */
public final class ImportSources {

    private final MarkdownParser parser;

    public ImportSources(MarkdownParser parser) {
        this.parser = parser;
    }

    public List<ImportCandidate> read(Path path, ImportReport report, Progress progress) {
        if (!Files.exists(path)) {
            throw new NexusException(path + " does not exist. Nothing was imported.");
        }
        if (Files.isDirectory(path)) {
            List<MarkdownFile> files = new VaultFolderReader().read(path, report, progress);
            return new MarkdownEntries(parser).entries(files, true, report, progress);
        }
        if (JsonBackup.looksLikeBackup(path)) {
            List<ImportCandidate> entries = new ArrayList<>();
            String name = path.getFileName().toString();
            new JsonBackup().read(path, report, progress, entry -> entries.add(
                    new ImportCandidate(entry, name + " › “" + entry.title() + "”")));
            return entries;
        }
        if (!VaultFolderReader.isMarkdown(path)) {
            throw new NexusException(path + " is neither a folder, a Markdown file (.md) nor a Nexus backup (.json)."
                    + " Nothing was imported.");
        }
        Optional<MarkdownFile> file = VaultFolderReader.readFile(path, report);
        if (file.isEmpty()) {
            return List.of();
        }
        if (ReadmeReader.looksLikeReadme(file.get().text())) {
            return new ReadmeReader().entries(file.get(), report);
        }
        return new MarkdownEntries(parser).entries(file.stream().toList(), false, report, progress);
    }
}
