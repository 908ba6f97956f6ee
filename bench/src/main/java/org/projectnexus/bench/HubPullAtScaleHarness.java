package org.projectnexus.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.logic.store.hub.HubAddress;
import org.projectnexus.logic.store.hub.HubSession;
import org.projectnexus.logic.store.hub.HubSession.Outgoing;
import org.projectnexus.logic.store.hub.HubSession.PushOutcome;
import org.projectnexus.model.EntryFields;
import org.projectnexus.model.EntryKind;
import org.projectnexus.model.ServerEntry;
import org.projectnexus.model.SyncReport;

/**
 * "A hub of 20 members and 100,000 entries keeps pull p95 under 200 ms" (issue 27). The hub (the PostgreSQL at
 * 127.0.0.1:5432, a database of the run's own) is filled through the real push path: each of 20 members sends their
 * share of the entries with {@link HubSession#pushAll}, 500 changes a transaction, as a client's first sync does.
 * Member 0's knowledge base then joins and takes them all in (its first sync, timed). Then, each round, 3 random
 * teammates push 1–3 edits each of random entries, and member 0 pulls them:
 * <ul>
 *   <li>"sync": {@code TeamHub.sync}, what the window or {@code nexus sync} runs: a connection opened and checked,
 *   pull, push (nothing), pull again, taken into the local store of 100,000 entries, cursor saved;</li>
 *   <li>"pull query": {@link HubSession#pull} from a cursor on an open connection, the server's part alone;</li>
 *   <li>"opening": a member's connection opened, checked (server version, hub generation, membership) and closed, as
 *   each sync does first.</li>
 * </ul>
 * Usage: {@code HubPullAtScaleHarness [entries, default 100000] [members, default 20] [rounds, default 120]}.
 */
public final class HubPullAtScaleHarness {

    private static final String TEAM = "scale";

    private HubPullAtScaleHarness() {
    }

    public static void main(String[] args) throws Exception {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int memberCount = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 120;
        int warmUp = 10;
        Path homes = Files.createTempDirectory("nexus-hub-scale-");
        try (BenchHub hub = new BenchHub();
             KnowledgeBase first = KnowledgeBase.open(homes.resolve("member0"), Clock.systemUTC())) {
            first.teamHub().init(hub.adminUrl(), TEAM, null);
            List<String> roles = new ArrayList<>();
            List<HubSession> sessions = new ArrayList<>();
            HubAddress address = HubAddress.parse(hub.url());
            String firstPassword = null;
            for (int m = 0; m < memberCount; m++) {
                String role = hub.member("m" + m);
                String password = first.teamHub().invite(hub.adminUrl(), TEAM, role, null);
                roles.add(role);
                if (m == 0) {
                    firstPassword = password;
                }
                sessions.add(HubSession.open(address, TEAM, role, password.toCharArray()));
            }
            long fillStart = System.nanoTime();
            List<UUID> ids = new ArrayList<>();
            Map<UUID, Long> versions = new HashMap<>();
            for (int i = 0; i < size; i++) {
                ids.add(UUID.randomUUID());
            }
            int perMember = (size + memberCount - 1) / memberCount;
            for (int m = 0; m < memberCount; m++) {
                for (int from = m * perMember; from < Math.min(size, (m + 1) * perMember); from += 500) {
                    List<Outgoing> batch = new ArrayList<>();
                    for (int i = from; i < Math.min(Math.min(size, (m + 1) * perMember), from + 500); i++) {
                        batch.add(new Outgoing(UUID.randomUUID(), ids.get(i), "UPSERT", 0, fields(i, 0)));
                    }
                    record(versions, batch, sessions.get(m).pushAll(batch));
                }
            }
            hub.execute("ANALYZE nexus_hub.entry; ANALYZE nexus_hub.change");
            System.out.printf("hub filled: %d entries by %d members through pushAll in %.1f s%n", size, memberCount,
                    (System.nanoTime() - fillStart) / 1e9);

            long joinStart = System.nanoTime();
            first.teamHub().join(hub.url(), TEAM, roles.get(0), firstPassword.toCharArray(), true);
            SyncReport firstSync = first.teamHub().sync(null).get(0);
            System.out.printf("member 0's first sync: %d entries taken in, %.1f s%n", firstSync.pulled(),
                    (System.nanoTime() - joinStart) / 1e9);

            Random random = new Random(27);
            List<Long> syncs = new ArrayList<>();
            List<Long> pulls = new ArrayList<>();
            List<Long> opens = new ArrayList<>();
            long cursor = sessions.get(0).pull(0, Integer.MAX_VALUE).stream().mapToLong(ServerEntry::seq).max()
                    .orElse(0);
            int changes = 0;
            for (int round = 0; round < warmUp + rounds; round++) {
                for (int t = 0; t < 3; t++) {
                    int m = 1 + random.nextInt(memberCount - 1);
                    List<Outgoing> edits = new ArrayList<>();
                    for (int e = 0, n = 1 + random.nextInt(3); e < n; e++) {
                        int i = random.nextInt(size);
                        if (edits.stream().noneMatch(edit -> edit.entryId().equals(ids.get(i)))) {
                            edits.add(new Outgoing(UUID.randomUUID(), ids.get(i), "UPSERT", versions.get(ids.get(i)),
                                    fields(i, round + 1)));
                        }
                    }
                    changes += edits.size();
                    record(versions, edits, sessions.get(m).pushAll(edits));
                }
                long opening = System.nanoTime();
                HubSession.open(address, TEAM, roles.get(0), firstPassword.toCharArray()).close();
                long start = System.nanoTime();
                List<ServerEntry> page = sessions.get(0).pull(cursor, 1000);
                long pulled = System.nanoTime();
                cursor = page.isEmpty() ? cursor : page.get(page.size() - 1).seq();
                SyncReport report = first.teamHub().sync(null).get(0);
                long synced = System.nanoTime();
                if (report.pulled() == 0 || page.isEmpty()) {
                    throw new IllegalStateException("round " + round + " pulled nothing");
                }
                if (round >= warmUp) {
                    pulls.add(pulled - start);
                    opens.add(start - opening);
                    syncs.add(synced - pulled);
                }
            }
            System.out.printf("%d rounds, %d teammates' changes in all (3 teammates a round, 1-3 each)%n", rounds,
                    changes);
            System.out.println("member 0's sync (TeamHub.sync, 100,000 entries local): " + BenchHub.percentiles(syncs));
            System.out.println("pull query on an open connection (HubSession.pull): " + BenchHub.percentiles(pulls));
            System.out.println("of a sync, opening its connection (HubSession.open, checks, close): "
                    + BenchHub.percentiles(opens));
            sessions.forEach(HubSession::close);
        }
    }

    private static void record(Map<UUID, Long> versions, List<Outgoing> sent, List<PushOutcome> outcomes) {
        for (int i = 0; i < sent.size(); i++) {
            if (!outcomes.get(i).applied()) {
                throw new IllegalStateException("a push was refused: " + outcomes.get(i));
            }
            versions.put(sent.get(i).entryId(), outcomes.get(i).version());
        }
    }

    private static EntryFields fields(int i, int round) {
        return new EntryFields(EntryKind.NOTE, String.format("Entry %06d", i), "Entry " + i + ", version " + round
                + ".\n\nWhat the team learned about it, in a paragraph of a few sentences. " + "Some detail. ".repeat(
                5 + i % 20), null, null, null, null);
    }
}
