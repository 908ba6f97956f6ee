package org.projectnexus.reliability;

import java.nio.file.Path;
import java.time.Clock;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.logic.OpeningOptions;

/**
 * A Nexus that opens the knowledge base in {@code args[0]}, which an earlier version wrote, and so updates it: says
 * UPDATING when the update starts and OPEN when done, then waits to be killed ({@link SchemaUpdateKillTest}).
 */
public final class UpdatingWorker {

    private UpdatingWorker() {
    }

    public static void main(String[] args) throws Exception {
        try (KnowledgeBase knowledgeBase = KnowledgeBase.open(Path.of(args[0]), Clock.systemUTC(),
                OpeningOptions.DEFAULT.beforeUpdate(() -> {
                    System.out.println("UPDATING");
                    System.out.flush();
                }))) {
            System.out.println("OPEN");
            System.out.flush();
            System.in.read(); // nothing comes: the test kills this process, or its end closes the pipe
        }
    }
}
