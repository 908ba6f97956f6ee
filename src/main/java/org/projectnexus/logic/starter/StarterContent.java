package org.projectnexus.logic.starter;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.projectnexus.logic.markdown.FrontMatter;
import org.projectnexus.model.Challenge;
import org.projectnexus.model.ChallengeStatus;
import org.projectnexus.model.Entry;
import org.projectnexus.model.EntryKind;
import org.projectnexus.model.EntryMeta;
import org.projectnexus.model.Note;
import org.projectnexus.model.Takeaway;
import org.projectnexus.model.TakeawayCategory;

/**
 * The starter knowledge base shipped inside the app (from {@code assets/starter}): Markdown files with
 * front matter, listed in {@code index.txt} because a jar cannot be listed like a folder.
 */
public final class StarterContent {

    private final ObjectMapper yaml = FrontMatter.yamlMapper();

    /** The starter entries, in the order of the index; earlier entries count as more recently updated. */
    public List<Entry> entries(Instant now) {
        List<String> files = read("index.txt").lines().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Instant when = now.minusSeconds(i);
            entries.add(toEntry(files.get(i), FrontMatter.split(read(files.get(i)), yaml), when));
        }
        return entries;
    }

    private static Entry toEntry(String file, FrontMatter source, Instant when) {
        if (source.error().isPresent()) {
            throw new IllegalStateException("Starter file " + file + ": " + source.error().get());
        }
        EntryMeta meta = new EntryMeta(java.util.UUID.randomUUID(), when, when, 0);
        String title = source.text("title").orElseThrow(() -> new IllegalStateException(file + " has no title"));
        String body = source.body().strip() + "\n";
        EntryKind kind = source.text("kind").flatMap(EntryKind::parse).orElse(EntryKind.NOTE);
        return switch (kind) {
            case NOTE -> new Note(meta, title, body);
            case CHALLENGE -> new Challenge(meta, title, body,
                    source.text("problem").orElse("").strip(), source.text("solution").orElse("").strip(),
                    source.text("status").flatMap(ChallengeStatus::parse).orElse(ChallengeStatus.OPEN));
            case TAKEAWAY -> new Takeaway(meta, title, body,
                    source.text("category").flatMap(TakeawayCategory::parse).orElse(TakeawayCategory.INSIGHT));
        };
    }

    private static String read(String name) {
        try (InputStream in = StarterContent.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Starter content " + name + " is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
