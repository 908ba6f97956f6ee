package org.projectnexus.logic.hub;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.model.Entry;
import org.projectnexus.model.SyncReport;

/**
 * Runs in a JVM of its own, to be killed while it pulls (issue 27 point 5): opens a knowledge base that joined a team
 * (its password remembered), saves one edit of one of its own shared entries ({@code SAVE id version token} once the
 * save is done, the token being what the edit appended), then syncs: {@code SYNCING} before, {@code TAKEN n} after each committed transaction of the sync
 * (a pulled page is one), {@code SYNCED pulled} when the sync returned. Arguments: the data folder, a seed, and the
 * titles of its own entries.
 */
public final class PullingWorker {

    private PullingWorker() {
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(args[0]);
        Random random = new Random(Long.parseLong(args[1]));
        List<String> own = List.of(args).subList(2, args.length);
        KnowledgeBase knowledgeBase = KnowledgeBase.open(home, Clock.systemUTC());
        say("READY");
        Entry mine = knowledgeBase.entries().findByTitle(own.get(random.nextInt(own.size()))).orElseThrow();
        String token = "edit-" + UUID.randomUUID();
        Entry saved = knowledgeBase.entries().save(mine.withText(mine.title(), mine.body() + "\n" + token));
        say("SAVE " + saved.id() + " " + saved.version() + " " + token);
        knowledgeBase.onChange(event -> say("TAKEN " + (event.reset() ? -1 : event.changes().size())));
        say("SYNCING");
        SyncReport report = knowledgeBase.teamHub().sync(null).get(0);
        say("SYNCED " + report.pulled());
        knowledgeBase.close();
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
