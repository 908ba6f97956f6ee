package org.projectnexus.logic.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainTextTest {

    @Test
    void keepsWhatAReaderSeesAndDropsTheSyntax() {
        String markdown = """
                ---
                aliases: [Cache]
                ---
                ## Moving parts

                - **Broker**: see [[Message Queues]] and [[Redis#Streams|the streams]].
                - [ ] Read [the docs](https://docs.celeryq.dev) `shared_task`
                > quoted <b>bold</b>

                | Kind | Example |
                | --- | :---: |
                | Note | REST |
                ```python
                def send_mail(): pass
                ```
                """;
        String plain = PlainText.of(markdown);
        assertThat(plain).doesNotContain("aliases", "##", "**", "[[", "]]", "](", "| ---", "`", "<b>", "```", "> ")
                .contains("Moving parts", "Broker", "Message Queues", "the streams", "Read the docs", "shared_task",
                        "quoted  bold", "Kind", "Example", "Note", "REST", "def send_mail(): pass")
                .doesNotContain("Redis");
        assertThat(plain.lines().count()).isGreaterThan(8);
    }

    @Test
    void snakeCaseAndSingleStarsStayAsTheyAre() {
        assertThat(PlainText.of("use max_retries * 2")).isEqualTo("use max_retries * 2");
    }
}
