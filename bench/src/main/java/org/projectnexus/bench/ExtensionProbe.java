package org.projectnexus.bench;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.openjdk.jmh.annotations.*;
import org.openjdk.jmh.infra.Blackhole;

/** commonmark-java with one extension at a time, parse and render timed apart: which extension costs what. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(java.util.concurrent.TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 4, time = 2)
@Fork(1)
public class ExtensionProbe {
    @Param({"1048576"})
    public int size;
    @Param({"none", "tables", "strikethrough", "tasks", "footnotes", "anchors", "all"})
    public String extension;
    private String note;
    private Parser parser;
    private HtmlRenderer renderer;
    private Node parsed;

    @Setup
    public void setUp() {
        note = NoteGenerator.note(size, 42, false);
        List<Extension> extensions = switch (extension) {
            case "none" -> List.of();
            case "tables" -> List.of(TablesExtension.create());
            case "strikethrough" -> List.of(StrikethroughExtension.create());
            case "tasks" -> List.of(TaskListItemsExtension.create());
            case "footnotes" -> List.of(FootnotesExtension.create());
            case "anchors" -> List.of(HeadingAnchorExtension.create());
            default -> List.of(TablesExtension.create(), StrikethroughExtension.create(),
                    TaskListItemsExtension.create(), FootnotesExtension.create(), HeadingAnchorExtension.create());
        };
        parser = Parser.builder().extensions(extensions).build();
        renderer = HtmlRenderer.builder().extensions(extensions).build();
        parsed = parser.parse(note);
    }

    @Benchmark
    public void parse(Blackhole sink) {
        sink.consume(parser.parse(note));
    }

    @Benchmark
    public void render(Blackhole sink) {
        sink.consume(renderer.render(parsed));
    }
}
