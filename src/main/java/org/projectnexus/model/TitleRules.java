package org.projectnexus.model;

/** What makes a title usable: links find entries by title, so a title must be writable inside {@code [[...]]}. */
public final class TitleRules {

    public static final int MAX_LENGTH = 200;

    private TitleRules() {
    }

    /** @return the title, trimmed; throws a {@link NexusException} with the reason when it cannot be used */
    public static String check(String title) {
        String trimmed = title == null ? "" : title.strip();
        if (trimmed.isEmpty()) {
            throw new NexusException("An entry needs a title.");
        }
        if (trimmed.length() > MAX_LENGTH) {
            throw new NexusException("A title can have at most " + MAX_LENGTH + " characters; this one has "
                    + trimmed.length() + ".");
        }
        for (char c : trimmed.toCharArray()) {
            if (c == '[' || c == ']' || c == '|' || c == '#' || Character.isISOControl(c)) {
                throw new NexusException("A title cannot contain [ ] | # or line breaks, because [[links]]"
                        + " to it would break: “" + SafeText.forDisplay(trimmed) + "”.");
            }
        }
        return trimmed;
    }
}
