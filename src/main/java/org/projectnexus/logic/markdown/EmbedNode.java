package org.projectnexus.logic.markdown;

import org.commonmark.node.CustomNode;

/**
 * An {@code ![[name.png]]} embed of an attachment inside the parsed Markdown tree. {@code shown} is what follows
 * {@code |}: a width ({@code 300}, {@code 300x200}) as in Obsidian, else the image's alternative text.
 */
public final class EmbedNode extends CustomNode {

    private final String target;
    private final String shown;

    public EmbedNode(String target, String shown) {
        this.target = target;
        this.shown = shown;
    }

    /** The file's name as written, perhaps with a folder ({@code Attachments/a.png}). */
    public String target() {
        return target;
    }

    public String shown() {
        return shown;
    }
}
