package org.projectnexus.cli;

import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.logic.markdown.RemoteImages;
import org.projectnexus.model.SafeText;
import org.projectnexus.model.NexusException;
import org.projectnexus.model.Entry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code nexus render TITLE|-}: the preview of an entry, or of Markdown from standard input, as one HTML page. */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = {"Print the preview of an entry as a self-contained HTML page.",
                "With - instead of a title, render Markdown read from standard input; its [[links]] resolve"
                        + " against the knowledge base."})
final class RenderCommand extends KnowledgeBaseCommand {

    @Parameters(paramLabel = "TITLE|-", description = "The entry's title (case does not matter), or - for stdin.")
    String title;

    @Option(names = "--dark", description = "Use the dark theme.")
    boolean dark;

    @Option(names = "--remote-images", paramLabel = "always|ask|never", defaultValue = "ask",
            converter = RemoteImagesConverter.class,
            description = {"Whether the page may fetch images from the web when it is opened (they tell their server"
                    + " when and from where it was read). always: yes; ask (the default, as in the window) and never:",
                    "no, a placeholder stands in each one's place (a page has no one to ask)."})
    RemoteImages remoteImages;

    @Override
    int run(KnowledgeBase knowledgeBase) {
        if (title.equals("-")) {
            out().print(knowledgeBase.rendering().markdownPage(readInput(), dark, remoteImages));
        } else {
            Entry entry = knowledgeBase.entries().findByTitle(title)
                    .orElseThrow(() -> new NexusException("No entry is titled “" + SafeText.forDisplay(title) + "”."));
            out().print(knowledgeBase.rendering().page(entry, dark, remoteImages));
        }
        out().flush();
        return 0;
    }

    static final class RemoteImagesConverter implements picocli.CommandLine.ITypeConverter<RemoteImages> {
        @Override
        public RemoteImages convert(String value) {
            return RemoteImages.parse(value).orElseThrow(() -> new picocli.CommandLine.TypeConversionException(
                    "'" + value + "': use always, ask or never"));
        }
    }

    private String readInput() {
        return parent.input().remainingText();
    }
}
