package org.projectnexus.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.logic.TeamHub;
import org.projectnexus.model.Entry;
import org.projectnexus.model.EntryKind;

/**
 * "A single saved edit reaches a teammate's window within 1 s (p95) while both are online" (issue 27). Ann's and
 * Bob's knowledge bases are joined to a real hub (the PostgreSQL at 127.0.0.1:5432, a database of the run's own) and
 * share 20 entries. Each does what a window does: Ann's syncs when she saved (her change event; no debounce here),
 * Bob's watches the hub ({@link TeamHub#watch}, LISTEN/NOTIFY) and syncs when a teammate pushed. Ann saves an edit
 * of a random shared entry; measured: from her save's commit (the save returned) to the edit committed in Bob's
 * local store (his change event carrying it). Samples one after another, 50–250 ms apart.
 * Usage: {@code HubLiveEditHarness [samples, default 120] [warm-up, default 10]}.
 */
public final class HubLiveEditHarness {

    private HubLiveEditHarness() {
    }

    public static void main(String[] args) throws Exception {
        int samples = args.length > 0 ? Integer.parseInt(args[0]) : 120;
        int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Path homes = Files.createTempDirectory("nexus-hub-live-");
        ExecutorService annSender = Executors.newSingleThreadExecutor();
        AtomicBoolean running = new AtomicBoolean(true);
        try (BenchHub hub = new BenchHub();
             KnowledgeBase ann = KnowledgeBase.open(homes.resolve("ann"), Clock.systemUTC());
             KnowledgeBase bob = KnowledgeBase.open(homes.resolve("bob"), Clock.systemUTC())) {
            String annRole = hub.member("ann");
            String bobRole = hub.member("bob");
            ann.teamHub().init(hub.adminUrl(), "live", null);
            ann.teamHub().join(hub.url(), "live", annRole, ann.teamHub().invite(hub.adminUrl(), "live", annRole, null)
                    .toCharArray(), true);
            bob.teamHub().join(hub.url(), "live", bobRole, ann.teamHub().invite(hub.adminUrl(), "live", bobRole, null)
                    .toCharArray(), true);
            List<UUID> shared = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                String title = "Live " + i;
                shared.add(ann.entries().add(ann.entries().draft(EntryKind.NOTE, title).withText(title,
                        "A shared note.\n\nIts second paragraph.")).id());
                ann.teamHub().share(title, "live");
            }
            ann.teamHub().sync(null);
            bob.teamHub().sync(null);

            // Ann's window: a committed change of hers goes out at once (on its own thread, as the window's would).
            ann.onChange(event -> annSender.submit(() -> ann.teamHub().sync(null)));
            // Bob's window: the watch says when a teammate pushed; then it syncs. What it takes in is seen in the
            // change events of his store.
            AtomicReference<String> awaited = new AtomicReference<>();
            AtomicLong arrivedAt = new AtomicLong();
            Object arrived = new Object();
            bob.onChange(event -> {
                String token = awaited.get();
                if (token != null && event.ids().stream().anyMatch(id -> bob.entries().find(id)
                        .map(Entry::body).orElse("").contains(token))) {
                    synchronized (arrived) {
                        arrivedAt.set(System.nanoTime());
                        arrived.notifyAll();
                    }
                }
            });
            Thread bobWatcher = new Thread(() -> {
                try (TeamHub.HubWatch watch = bob.teamHub().watch("live", null)) {
                    while (running.get()) {
                        if (watch.awaitPush(500)) {
                            bob.teamHub().sync(null);
                        }
                    }
                }
            }, "bob-watch");
            bobWatcher.start();
            Thread.sleep(500);

            Random random = new Random(27);
            List<Long> latencies = new ArrayList<>();
            for (int sample = 0; sample < warmUp + samples; sample++) {
                UUID id = shared.get(random.nextInt(shared.size()));
                String token = "edit " + sample + " " + UUID.randomUUID();
                Entry entry = ann.entries().find(id).orElseThrow();
                awaited.set(token);
                arrivedAt.set(0);
                Entry saved = ann.entries().save(entry.withText(entry.title(), entry.body() + "\n" + token));
                long committed = System.nanoTime();
                synchronized (arrived) {
                    long deadline = committed + TimeUnit.SECONDS.toNanos(30);
                    while (arrivedAt.get() == 0 && System.nanoTime() < deadline) {
                        arrived.wait(100);
                    }
                }
                if (arrivedAt.get() == 0) {
                    throw new IllegalStateException("edit " + sample + " of " + saved.title() + " never reached Bob");
                }
                if (sample >= warmUp) {
                    latencies.add(arrivedAt.get() - committed);
                }
                Thread.sleep(50 + random.nextInt(200));
            }
            System.out.println("save committed at Ann's -> in Bob's store (watch + sync): "
                    + BenchHub.percentiles(latencies));
            running.set(false);
            bobWatcher.join(5_000);
        } finally {
            running.set(false);
            annSender.shutdown();
            annSender.awaitTermination(30, TimeUnit.SECONDS);
        }
    }
}
