package org.projectnexus.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** What a tag holds, the same for inline tags, front matter and the command line (issue 28, point 9). */
class TagRulesTest {

    @Test
    void tagsAreLettersDigitsUnderscoresAndDashesInLevels() {
        for (String valid : new String[] {"rest", "#rest", "caching/redis", "C_sharp", "-dash", "v2024", "caf\u00e9",
                "\u65e5\u672c", "a/b/c", "ma\u0301"}) {
            assertThat(TagRules.isValid(valid)).as(valid).isTrue();
        }
        for (String invalid : new String[] {"", "#", "bad tag!", "\"><script>", "c++", "a/", "/a", "a//b", "##a", "a b", "2024", "12-3", "_",
                "tag.with.dots", "emoji\uD83D\uDE00", "zero\u200Bwidth"}) {
            assertThat(TagRules.isValid(invalid)).as(invalid).isFalse();
        }
    }

    @Test
    void checkSaysWhatATagMayHold() {
        assertThat(TagRules.check(" #Caching/Redis ")).isEqualTo(new Tag("caching/redis"));
        assertThatThrownBy(() -> TagRules.check("bad tag!")).isInstanceOf(NexusException.class)
                .hasMessage("“bad tag!” cannot be a tag: a tag holds letters, digits, _ and -, with / between levels,"
                        + " and is not a number alone (for example caching/redis).");
    }
}
