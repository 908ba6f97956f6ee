package org.projectnexus.gui.editor;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * What the editor asks of attachments (issue 24): keep files and a pasted image for the open entry, each answer the
 * embeds to insert ({@code ![[name]]}), delivered on the FX thread; and names for completion after {@code ![[}.
 */
public interface Attaching {

    /** Attaches files to the open entry; {@code embeds} gets the embeds of those attached. */
    void attachFiles(List<Path> files, Consumer<List<String>> embeds);

    /**
     * Attaches a pasted image, given as its pixels (ARGB, row by row), as a PNG named after the time of pasting;
     * {@code embed} gets its embed.
     */
    void attachPastedImage(int width, int height, int[] argb, Consumer<String> embed);

    /** Attachment names for completion, best first. */
    List<String> completeNames(String query);

    /** None: pasting and dropping files do nothing, completion offers no names (tests of the editor alone). */
    Attaching NONE = new Attaching() {
        @Override
        public void attachFiles(List<Path> files, Consumer<List<String>> embeds) {
        }

        @Override
        public void attachPastedImage(int width, int height, int[] argb, Consumer<String> embed) {
        }

        @Override
        public List<String> completeNames(String query) {
            return List.of();
        }
    };
}
