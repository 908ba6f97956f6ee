package org.projectnexus.logic.markdown;

import org.commonmark.node.CustomNode;
import org.projectnexus.model.Tag;

/** A {@code #tag} inside the parsed Markdown tree. */
public final class TagNode extends CustomNode {

    private final Tag tag;
    private final String written;

    public TagNode(Tag tag, String written) {
        this.tag = tag;
        this.written = written;
    }

    public Tag tag() {
        return tag;
    }

    /** The tag as the author typed it, case kept, without the hash. */
    public String written() {
        return written;
    }
}
