package org.projectnexus.logic.search;

import java.nio.file.Path;
import java.time.Clock;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.model.Entry;
import org.projectnexus.model.EntryKind;

/**
 * Run in a separate JVM by {@link SearchConsistencyTest}: adds entries to the knowledge base in {@code args[0]},
 * edits and deletes some, says "ready", and waits to be killed (so the search index never commits on close).
 */
public final class SearchCrashChild {

    private SearchCrashChild() {
    }

    public static void main(String[] args) throws InterruptedException {
        KnowledgeBase knowledgeBase = KnowledgeBase.open(Path.of(args[0]), Clock.systemUTC());
        int count = Integer.parseInt(args[1]);
        for (int i = 0; i < count; i++) {
            String title = "Crash note " + i;
            Entry added = knowledgeBase.entries().add(knowledgeBase.entries().draft(EntryKind.NOTE, title)
                    .withText(title, "Written before the crash: marker" + i));
            if (i % 3 == 0) {
                knowledgeBase.entries().save(added.withText(title, "Edited before the crash: edited" + i));
            }
            if (i % 5 == 0) {
                knowledgeBase.entries().delete(added.id());
            }
        }
        System.out.println("ready");
        System.out.flush();
        Thread.sleep(60_000);
    }
}
