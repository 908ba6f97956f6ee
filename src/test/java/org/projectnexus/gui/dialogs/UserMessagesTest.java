package org.projectnexus.gui.dialogs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.projectnexus.model.DuplicateTitleException;
import org.projectnexus.model.NexusException;

class UserMessagesTest {

    @Test
    void theWindowShowsNamesInMessagesEscapedAndShortened() {
        assertThat(UserMessages.of(new NexusException("Could not read evil\u001b]0;owned\u0007.md.")))
                .isEqualTo("Could not read evil\\e]0;owned\\x07.md.");
        String message = UserMessages.of(new DuplicateTitleException("T".repeat(10_000_000) + "\u001b[2J"));
        assertThat(message).hasSizeLessThan(500).contains("T…T").doesNotContain("\u001b");
    }
}
