package org.projectnexus.logic.markdown;

/** Answers whether a {@code [[link]]} target names an existing entry, so the preview can mark broken links. */
@FunctionalInterface
public interface LinkTargets {

    /** @param titleKey the lower-cased title the link points at */
    boolean exists(String titleKey);

    static LinkTargets none() {
        return titleKey -> false;
    }
}
