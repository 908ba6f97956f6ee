package org.projectnexus.logic.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The link rewriting that imports and exports run over every text: which links it meets, and what it leaves. */
class WikiLinkEditorTest {

    @Test
    void meetsEachLinkInProseOnceLeftmostFirstAndRewritesIt() {
        List<String> met = new ArrayList<>();
        String rewritten = WikiLinkEditor.rewrite("[[[Redis]] and [[Kafka#Topics|topics]][[Celery]] but not"
                + " `[[Code]]`, [[ ]], [[a\nb]] or [x](y).\n\n```\n[[Fenced]]\n```\nThen [[Last]]", link -> {
                    met.add(link.target() + "#" + link.heading() + "|" + link.alias());
                    return link.target().equals("Kafka") ? "[[Apache Kafka#Topics|topics]]" : null;
                });

        assertThat(met).containsExactly("Redis#|", "Kafka#Topics|topics", "Celery#|", "Last#|");
        assertThat(rewritten).isEqualTo("[[[Redis]] and [[Apache Kafka#Topics|topics]][[Celery]] but not"
                + " `[[Code]]`, [[ ]], [[a\nb]] or [x](y).\n\n```\n[[Fenced]]\n```\nThen [[Last]]");
    }

    @Test
    void givesBackTheVeryTextWhenNoLinkChanges() {
        String text = "See [[Redis]] and [[Kafka]].";
        assertThat(WikiLinkEditor.rewrite(text, link -> "[[" + link.target() + "]]")).isSameAs(text);
        assertThat(WikiLinkEditor.rewrite(text, link -> null)).isSameAs(text);
    }

    @Test
    void rewritesEveryLinkOfALongText() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 500; i++) {
            text.append("Line ").append(i).append(" links [[Note ").append(i).append("]].\n");
        }
        String rewritten = WikiLinkEditor.rewrite(text.toString(),
                link -> WikiLinkEditor.wikiLink(link.target().toUpperCase(), "", ""));
        assertThat(rewritten).contains("[[NOTE 0]]", "[[NOTE 499]]").doesNotContain("[[Note ");
        assertThat(rewritten.lines()).hasSize(500);
    }
}
