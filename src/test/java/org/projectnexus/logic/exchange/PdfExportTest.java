package org.projectnexus.logic.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.logic.starter.StarterContent;
import org.projectnexus.model.Entry;
import org.projectnexus.model.EntryKind;
import org.projectnexus.model.ExchangeCancelledException;
import org.projectnexus.model.NexusException;
import org.projectnexus.model.Progress;

/** PDF export (issue 25, point 9; ADR 42): real knowledge bases, the PDF read back with PDFBox. */
public class PdfExportTest {

    @TempDir
    Path temp;

    @Test
    void anEntryPdfHoldsItsTitleBodyCodeAndMath() throws IOException {
        try (KnowledgeBase knowledgeBase = KnowledgeBase.open(temp.resolve("home"), Clock.systemUTC())) {
            Entry entry = note(knowledgeBase, "Caching with Redis", "Eviction keeps the **hottest** keys. See [[Nowhere]].\n\n```java\nint ttl = 300;\n```\n\n"
                            + "$$E = mc^2$$\n\n```mermaid\ngraph TD; A-->B\n```\n\n| col | umn |\n|---|---|\n| één | ✓ |\n");
            Path pdf = temp.resolve("entry.pdf");
            knowledgeBase.exchange().exportPdf(entry, pdf);
            String text = text(pdf);
            assertThat(text).contains("Caching with Redis", "Eviction keeps the hottest keys", "int ttl = 300;",
                    "E = mc^2", "graph TD; A-->B", "één");
            try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                assertThat(document.getNumberOfPages()).isEqualTo(1);
            }
        }
    }

    @Test
    void theHubPdfHasTheReadmeSectionsInOrderThenEveryEntrysPage() throws IOException {
        try (KnowledgeBase knowledgeBase = KnowledgeBase.open(temp.resolve("home"), Clock.systemUTC())) {
            knowledgeBase.exchange().addStarterContentIfNew(new StarterContent());
            int entries = knowledgeBase.entries().summaries().size();
            Path pdf = temp.resolve("hub.pdf");
            int written = knowledgeBase.exchange().export(ExportFormat.PDF, pdf, LinkStyle.WIKI, "My Hub", "Ada",
                    Progress.none());
            assertThat(written).isEqualTo(entries);
            String text = text(pdf);
            int at = text.indexOf("My Hub");
            for (String section : StarterReadmeTest.SECTIONS) {
                int next = text.indexOf(section, at);
                assertThat(next).as(section).isGreaterThan(at);
                at = next;
            }
            // After the README, each entry's page: the note about Redis has its own page with its title as a heading.
            assertThat(text.indexOf("Redis", at)).isGreaterThan(at);
            try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                assertThat(document.getNumberOfPages()).isGreaterThan(entries);
                // The README's links lead to the entries' pages inside the PDF, not to files.
                long inside = java.util.stream.StreamSupport.stream(document.getPages().spliterator(), false).flatMap(page -> annotations(page).stream())
                        .filter(PDAnnotationLink.class::isInstance).map(PDAnnotationLink.class::cast)
                        .filter(link -> link.getAction() == null || link.getAction() instanceof
                                org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo)
                        .count();
                assertThat(inside).isGreaterThanOrEqualTo(entries / 2);
            }
        }
    }

    @Test
    void hostileContentIsNeitherRunNorFetched() throws IOException {
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
        try (KnowledgeBase knowledgeBase = KnowledgeBase.open(temp.resolve("home"), Clock.systemUTC())) {
            String address = "http://127.0.0.1:" + server.getAddress().getPort();
            Entry entry = note(knowledgeBase, "Hostile", "Plain words.\n\n<script>document.body.innerHTML = 'REPLACED'</script>\n\n"
                            + "<img src=\"" + address + "/tracker.png\">\n\n![remote](" + address + "/image.png)\n\n"
                            + "<iframe src=\"" + address + "/frame\"></iframe>\n\n"
                            + "<link rel=\"stylesheet\" href=\"" + address + "/style.css\">\n\n"
                            + "<a href=\"javascript:alert(1)\">click</a> <div onclick=\"x()\">div</div>\n");
            Path pdf = temp.resolve("hostile.pdf");
            knowledgeBase.exchange().exportPdf(entry, pdf);
            // Nothing ran: the page still says what it said (the sanitizer leaves at most a script's text, inert).
            assertThat(text(pdf)).contains("Plain words.", "click", "div");
            assertThat(requests).hasValue(0);
            try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                var catalog = document.getDocumentCatalog();
                assertThat(catalog.getOpenAction()).isNull();
                assertThat(catalog.getNames() == null || catalog.getNames().getJavaScript() == null).isTrue();
                assertThat(annotations(document.getPage(0))).noneMatch(annotation -> annotation instanceof
                        PDAnnotationLink link && link.getAction() instanceof
                        org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript);
            }
        } finally {
            server.stop(0);
        }
    }

    @Test
    void anExistingFileIsNeverOverwrittenAndACancelledExportLeavesNoFile() throws IOException {
        try (KnowledgeBase knowledgeBase = KnowledgeBase.open(temp.resolve("home"), Clock.systemUTC())) {
            knowledgeBase.exchange().addStarterContentIfNew(new StarterContent());
            Path mine = Files.writeString(temp.resolve("mine.pdf"), "my own file");
            assertThatThrownBy(() -> knowledgeBase.exchange().export(ExportFormat.PDF, mine, LinkStyle.WIKI,
                    Progress.none())).isInstanceOf(NexusException.class).hasMessageContaining("exists already");
            Entry any = knowledgeBase.entries().find(knowledgeBase.entries().summaries().get(0).id()).orElseThrow();
            assertThatThrownBy(() -> knowledgeBase.exchange().exportPdf(any, mine))
                    .isInstanceOf(NexusException.class).hasMessageContaining("exists already");
            assertThat(Files.readString(mine)).isEqualTo("my own file");

            Path cancelled = temp.resolve("cancelled.pdf");
            Progress cancelling = new Progress() {
                @Override
                public void update(String phase, long done, long total) {
                }

                @Override
                public boolean isCancelled() {
                    return true;
                }
            };
            assertThatThrownBy(() -> knowledgeBase.exchange().export(ExportFormat.PDF, cancelled, LinkStyle.WIKI,
                    cancelling)).isInstanceOf(ExchangeCancelledException.class);
            assertThat(cancelled).doesNotExist();
            assertThatThrownBy(() -> knowledgeBase.exchange().exportPdf(any, temp.resolve("no/such/folder/x.pdf")))
                    .isInstanceOf(NexusException.class).hasMessageContaining("could not be written");
        }
    }

    private static List<org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation> annotations(
            org.apache.pdfbox.pdmodel.PDPage page) {
        try {
            return page.getAnnotations();
        } catch (IOException failure) {
            throw new java.io.UncheckedIOException(failure);
        }
    }

    private static Entry note(KnowledgeBase knowledgeBase, String title, String body) {
        return knowledgeBase.entries().add(knowledgeBase.entries().draft(EntryKind.NOTE, title).withText(title, body));
    }

    public static String text(Path pdf) throws IOException {
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF-".getBytes());
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document).replaceAll("[ \\t]+", " ");
        }
    }
}
