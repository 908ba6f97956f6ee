package org.projectnexus.bench;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.openjdk.jmh.annotations.*;
import org.openjdk.jmh.infra.Blackhole;

/** commonmark-java with the same GFM extensions as Nexus but none of Nexus's own work: the floor. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(java.util.concurrent.TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 4, time = 2)
@Fork(1)
public class FloorProbe {
    @Param({"51200"})
    public int size;
    private String note;
    private final List<Extension> extensions = List.of(TablesExtension.create(), StrikethroughExtension.create(),
            TaskListItemsExtension.create(), FootnotesExtension.create(), HeadingAnchorExtension.create());
    private final Parser parser = Parser.builder().extensions(extensions).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().extensions(extensions).build();

    @Setup
    public void setUp() {
        note = NoteGenerator.note(size, 42, false);
    }

    @Benchmark
    public void commonmarkWithGfm(Blackhole sink) {
        sink.consume(renderer.render(parser.parse(note)));
    }

    private final List<Extension> lean = List.of(TablesExtension.create(), StrikethroughExtension.create(),
            TaskListItemsExtension.create());
    private final Parser leanParser = Parser.builder().extensions(lean).build();
    private final HtmlRenderer leanRenderer = HtmlRenderer.builder().extensions(lean).build();

    /** Without footnotes and heading anchors, to see what those two cost. */
    @Benchmark
    public void commonmarkWithTablesStrikeTasks(Blackhole sink) {
        sink.consume(leanRenderer.render(leanParser.parse(note)));
    }
}
