package org.projectnexus.logic.exchange;

/** How links between entries are written in an exported vault. */
public enum LinkStyle {
    /** {@code [[Title]]}: the folder opens as an Obsidian vault with every link working. */
    WIKI,
    /** {@code [Title](../notes/Title.md)}: relative Markdown links, so the export renders on GitHub. */
    MARKDOWN
}
