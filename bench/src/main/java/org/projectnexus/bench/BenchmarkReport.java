package org.projectnexus.bench;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/** Runs the Markdown pipeline benchmark and prints its throughput in MB/s next to the target. */
public final class BenchmarkReport {

    private static final double TARGET_MB_PER_S = 25.0;

    private BenchmarkReport() {
    }

    public static void main(String[] args) throws Exception {
        Options options = new OptionsBuilder().include(MarkdownPipelineBenchmark.class.getSimpleName()).build();
        Collection<RunResult> results = new Runner(options).run();
        System.out.printf("%n%-16s %-6s %-12s %10s %10s %8s %10s%n", "what", "note", "inline HTML", "bytes", "ms/op",
                "MB/s", "target");
        for (RunResult result : results) {
            int size = Integer.parseInt(result.getParams().getParam("size"));
            boolean html = Boolean.parseBoolean(result.getParams().getParam("inlineHtml"));
            int bytes = NoteGenerator.note(size, 42, html).getBytes(StandardCharsets.UTF_8).length;
            double msPerOp = result.getPrimaryResult().getScore();
            double mbPerS = bytes / 1_000_000.0 / (msPerOp / 1000.0);
            String what = result.getParams().getBenchmark().replaceAll(".*\\.", "");
            System.out.printf("%-16s %-6s %-12s %10d %10.3f %8.1f %10s%n", what, size >= 1_000_000 ? "1 MB" : "50 KB",
                    html ? "yes" : "no", bytes, msPerOp, mbPerS,
                    !what.equals("pipeline") ? "(reference)" : mbPerS >= TARGET_MB_PER_S ? ">= 25 ok" : "MISSED");
        }
    }
}
