package org.projectnexus.bench;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.projectnexus.logic.markdown.HtmlSanitizer;
import org.projectnexus.logic.markdown.LinkTargets;
import org.projectnexus.logic.markdown.MarkdownParser;
import org.projectnexus.logic.markdown.MarkdownRenderer;
import org.projectnexus.logic.markdown.ParsedMarkdown;
import org.projectnexus.model.WikiLink;

/**
 * The whole Markdown pipeline on one note: parse (CommonMark + GFM + footnotes + math), extract tags and
 * links, render HTML with link resolution, sanitize (the notes contain inline HTML, so the sanitizer runs).
 * Throughput in MB/s = note size / time per operation; {@link BenchmarkReport} prints it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MarkdownPipelineBenchmark {

    @Param({"51200", "1048576"})
    public int size;

    /** With a little raw HTML in the note (the sanitizer runs over the page) or without (it has nothing to do). */
    @Param({"false", "true"})
    public boolean inlineHtml;

    private String note;
    private final MarkdownParser parser = new MarkdownParser();
    private final MarkdownRenderer renderer = new MarkdownRenderer(new HtmlSanitizer());
    private LinkTargets targets;

    @Setup
    public void setUp() {
        note = NoteGenerator.note(size, 42, inlineHtml);
        Set<String> titles = new HashSet<>();
        for (String title : new String[] {"REST APIs", "Redis", "RabbitMQ", "Celery", "System Design"}) {
            titles.add(WikiLink.titleKey(title));
        }
        targets = titles::contains;
    }

    /** commonmark-java alone, core syntax, for reference. */
    @Benchmark
    public void commonmarkOnly(Blackhole sink) {
        sink.consume(plainRenderer.render(plainParser.parse(note)));
    }

    private final org.commonmark.parser.Parser plainParser = org.commonmark.parser.Parser.builder().build();
    private final org.commonmark.renderer.html.HtmlRenderer plainRenderer =
            org.commonmark.renderer.html.HtmlRenderer.builder().build();

    @Benchmark
    public void pipeline(Blackhole sink) {
        ParsedMarkdown parsed = parser.parse(note);
        sink.consume(parsed.tags());
        sink.consume(parsed.links());
        sink.consume(renderer.render(parsed, targets));
    }

    public int noteBytes() {
        return note.getBytes(StandardCharsets.UTF_8).length;
    }
}
