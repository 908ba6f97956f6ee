package org.projectnexus.logic.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.projectnexus.model.Tag;
import org.projectnexus.model.TagRules;

/**
 * Front-matter tags obey the rule of inline tags (issue 28, point 9): {@code "><script>} was stored as a tag
 * because {@code tags:} only refused spaces.
 */
class FrontMatterTagsTest {

    private final MarkdownParser parser = new MarkdownParser();

    @Test
    void aFrontMatterTagThatIsNoInlineTagIsNotATag() {
        ParsedMarkdown parsed = parser.parse("---\ntags: ['\"><script>', good, 'c++', '#nested/ok', 'bad tag!']\n---\n"
                + "Body #inline\n");
        assertThat(parsed.tags()).containsExactly(new Tag("good"), new Tag("nested/ok"), new Tag("inline"));
        FrontMatter front = FrontMatter.split("---\ntags: ['\"><script>', good]\n---\n", FrontMatter.yamlMapper());
        assertThat(front.invalidTags()).containsExactly("\"><script>");
    }

    /** The rule and the inline parser agree: a name is valid exactly when "#name" written alone is that tag. */
    @Test
    void theRuleIsTheInlineParsersRule() {
        for (String name : List.of("rest", "caching/redis", "c++", "a/", "caf\u00e9", "ma\u0301", "\"><script>",
                "bad tag!", "2024", "-dash", "a//b", "\u65e5\u672c", "x.y", "emoji\uD83D\uDE00", "under_score")) {
            boolean wholeTag = parser.parse("#" + name + "\n").tags().stream().map(Tag::name).toList()
                    .equals(List.of(name.toLowerCase(java.util.Locale.ROOT)));
            assertThat(TagRules.isValid(name)).as(name).isEqualTo(wholeTag);
        }
    }
}
