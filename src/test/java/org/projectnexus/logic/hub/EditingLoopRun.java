package org.projectnexus.logic.hub;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The editing loop outside Maven, for its figures in docs/reliability.md:
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) org.projectnexus.logic.hub.EditingLoopRun 200 SEED}.
 * Exit code 1 when the loop's checks fail.
 */
public final class EditingLoopRun {

    private EditingLoopRun() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 2027;
        Path homes = Files.createTempDirectory("nexus-loop-");
        try (TestHubServer server = TestHubServer.start();
             HubPair pair = new HubPair(homes, server.adminUrl(), server.url(), "loop", server.member("ann"),
                     server.member("bob"))) {
            EditingLoop.Figures figures = new EditingLoop(pair, server).run(rounds, seed);
            HubFaultsTest.assertNoHalfAppliedChanges(server, pair.team);
            System.out.println(figures);
        } catch (AssertionError failed) {
            System.out.println("FAILED: " + failed.getMessage());
            System.exit(1);
        }
        System.exit(0);
    }
}
