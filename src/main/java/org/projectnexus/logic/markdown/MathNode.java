package org.projectnexus.logic.markdown;

import org.commonmark.node.CustomNode;

/** TeX written as {@code $...$} (inline) or {@code $$...$$} (display); typeset by KaTeX in the preview. */
public final class MathNode extends CustomNode {

    private final String tex;
    private final boolean display;

    public MathNode(String tex, boolean display) {
        this.tex = tex;
        this.display = display;
    }

    public String tex() {
        return tex;
    }

    public boolean display() {
        return display;
    }
}
