package org.projectnexus.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.projectnexus.logic.Attachments.AttachmentUse;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.model.Attachment;
import org.projectnexus.model.Entry;
import org.projectnexus.model.NexusException;
import org.projectnexus.model.SafeText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code nexus attachments [TITLE] [--json]}: the files kept in the knowledge base, and their upkeep. */
@Command(name = "attachments", mixinStandardHelpOptions = true,
        description = {"List the files kept in the knowledge base (all, or those an entry uses): name, size, type"
                + " and the entries that use them; \"unused\" when no entry's text does (a revision or the trash may"
                + " still keep them)."})
final class AttachmentsCommand extends KnowledgeBaseCommand {

    private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(b|k|kb|m|mb|g|gb)?");

    @Parameters(index = "0", arity = "0..1", paramLabel = "TITLE", description = "Only the files this entry uses.")
    String title;

    @Option(names = "--json", description = "Print the list as JSON.")
    boolean json;

    @Option(names = "--limit", paramLabel = "SIZE",
            description = "Set the largest file that may be attached (e.g. 200MB, 1.5GB; the default is 100MB).")
    String limit;

    @Option(names = "--remove", paramLabel = "NAME", description = "Remove an attachment (its embeds show as missing).")
    String remove;

    @Option(names = "--collect", description = "Remove every attachment that no entry, revision or trashed entry uses.")
    boolean collect;

    @Override
    int run(KnowledgeBase knowledgeBase) {
        if (limit != null) {
            knowledgeBase.attachments().setLimit(bytes(limit));
            out().println("Files up to " + Attachment.readableSize(knowledgeBase.attachments().limit())
                    + " may be attached.");
            return 0;
        }
        if (remove != null) {
            if (!knowledgeBase.attachments().remove(remove)) {
                throw new NexusException("There is no attachment named “" + SafeText.forDisplay(remove) + "”.");
            }
            out().println("Removed " + SafeText.forTerminal(remove) + ".");
            return 0;
        }
        if (collect) {
            List<String> removed = knowledgeBase.attachments().collectUnused();
            out().println("Removed " + removed.size() + " unused attachment" + (removed.size() == 1 ? "." : "s."));
            return 0;
        }
        List<AttachmentUse> shown = knowledgeBase.attachments().listWithUses();
        if (title != null) {
            Entry entry = knowledgeBase.entries().findByTitle(title)
                    .orElseThrow(() -> new NexusException("No entry is titled “" + SafeText.forDisplay(title) + "”."));
            shown = shown.stream().filter(use -> use.entries().stream().anyMatch(user -> user.id().equals(entry.id())))
                    .toList();
        }
        if (json) {
            out().println(EntryJson.write(shown.stream().map(AttachmentsCommand::asJson).toList()));
        } else {
            for (AttachmentUse use : shown) {
                Attachment attachment = use.attachment();
                out().println(SafeText.forTerminal(attachment.name()) + "\t" + Attachment.readableSize(attachment.size())
                        + "\t" + attachment.mediaType() + "\t" + (use.unused() ? "unused" : String.join(", ",
                        use.entries().stream().map(user -> SafeText.forTerminal(user.title())).toList())));
            }
        }
        out().flush();
        return 0;
    }

    private static Map<String, Object> asJson(AttachmentUse use) {
        Attachment attachment = use.attachment();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", attachment.name());
        json.put("mediaType", attachment.mediaType());
        json.put("size", attachment.size());
        json.put("sha256", attachment.sha256());
        json.put("created", attachment.created().toString());
        json.put("updated", attachment.updated().toString());
        json.put("entries", use.entries().stream().map(user -> user.title()).toList());
        json.put("unused", use.unused());
        return json;
    }

    /** {@code 200MB}, {@code 1.5 GB}, {@code 500k}, {@code 1048576}: a size in bytes. */
    static long bytes(String size) {
        Matcher match = SIZE.matcher(size.strip().toLowerCase(Locale.ROOT));
        if (!match.matches()) {
            throw new NexusException("“" + SafeText.forDisplay(size) + "” is not a size: write it as 200MB, 1.5GB"
                    + " or a number of bytes.");
        }
        double number = Double.parseDouble(match.group(1));
        String unit = match.group(2) == null ? "b" : match.group(2).substring(0, 1);
        long factor = switch (unit) {
            case "k" -> 1024L;
            case "m" -> 1024L * 1024;
            case "g" -> 1024L * 1024 * 1024;
            default -> 1L;
        };
        return (long) (number * factor);
    }
}
