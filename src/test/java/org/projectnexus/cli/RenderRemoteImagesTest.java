package org.projectnexus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 28, point 13: {@code nexus render} fetches no remote image unless told to. */
class RenderRemoteImagesTest {

    @TempDir
    Path home;

    private final StringWriter out = new StringWriter();

    private int render(String... options) {
        out.getBuffer().setLength(0);
        String[] args = new String[options.length + 4];
        args[0] = "--home";
        args[1] = home.toString();
        args[2] = "render";
        args[3] = "-";
        System.arraycopy(options, 0, args, 4, options.length);
        return NexusCli.create((path, startupReport) -> { },
                new ByteArrayInputStream("Hi ![pixel](https://tracker.example/p.gif)".getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(out, true), new PrintWriter(new StringWriter(), true)).execute(args);
    }

    @Test
    void aRenderedPageBlocksRemoteImagesUnlessToldToLoadThem() {
        assertThat(render()).isZero();
        assertThat(out.toString()).contains("img-src data:;").contains("class=\"remote-image\"")
                .doesNotContain("<img src=\"https://tracker.example");
        assertThat(render("--remote-images", "never")).isZero();
        assertThat(out.toString()).doesNotContain("<img src=\"https://tracker.example");
        assertThat(render("--remote-images", "always")).isZero();
        assertThat(out.toString()).contains("img-src data: https: http:;")
                .contains("<img src=\"https://tracker.example/p.gif\"");
        assertThat(render("--remote-images", "sometimes")).isEqualTo(2);
    }
}
