package org.projectnexus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.projectnexus.cli.NexusCli;
import org.projectnexus.logic.store.PrivateFiles;

/**
 * What the command line's AOT cache is trained on (ADRs 32, 47): a few commands, run in the training process before
 * the command it was started with, when the system property {@value #PROPERTY} names a scratch folder. The cache then
 * holds the command line's classes (picocli and the commands, a new database's migrations, imports and exports),
 * which every command otherwise loads from the jars, and links, again. The bundle's build and the package's
 * {@code postinst} run it; the window's cache is trained on the window alone.
 */
final class AotTraining {

    static final String PROPERTY = "nexus.aot.training";

    private AotTraining() {
    }

    /**
     * Runs the commands in {@code scratch}: the starter set listed, searched and exported, then imported back; and a
     * second starter set encrypted and listed, for the classes of an encrypted opening (issue 28's 1 s).
     */
    static void runCommands(Path scratch) {
        String starter = scratch.resolve("starter").toString();
        String vault = scratch.resolve("vault").toString();
        String backup = scratch.resolve("backup.json").toString();
        run("--home", starter, "list");
        run("--home", starter, "search", "celery");
        run("--home", starter, "export", "--format", "vault", "--out", vault);
        run("--home", starter, "export", "--format", "json", "--out", backup);
        run("--home", starter, "export", "--format", "readme", "--out", scratch.resolve("README.md").toString());
        run("--home", scratch.resolve("from-vault").toString(), "import", vault);
        run("--home", scratch.resolve("from-backup").toString(), "import", backup);
        String encrypted = scratch.resolve("encrypted").toString();
        String passwordFile = scratch.resolve("password.txt").toString();
        try {
            // Private, as the command line asks of a password file (else it warns on standard error).
            Files.writeString(PrivateFiles.createFile(Path.of(passwordFile)), "correct horse battery staple\n");
        } catch (IOException unwritable) {
            throw new UncheckedIOException(unwritable);
        }
        run("--home", encrypted, "list");
        run("--home", encrypted, "--password-file", passwordFile, "encrypt");
        run("--home", encrypted, "--password-file", passwordFile, "list");
        publish(scratch, scratch.resolve("publishing").toString());
    }

    /**
     * A starter set of its own ({@code home}) published to a repository with a local remote, then a new entry added
     * and published again: JGit's classes, a fetch and a push come from the cache rather than the jars when a user's
     * {@code nexus publish} runs (issue 23's 1 s for a one-entry change).
     */
    private static void publish(Path scratch, String home) {
        Path remote = scratch.resolve("published.git");
        try {
            org.eclipse.jgit.api.Git.init().setBare(true).setInitialBranch("main").setDirectory(remote.toFile())
                    .call().close();
        } catch (org.eclipse.jgit.api.errors.GitAPIException refused) {
            throw new IllegalStateException("The training's remote could not be made", refused);
        }
        String repository = scratch.resolve("published").toString();
        run("--home", home, "publish", "--repo", repository, "--remote", remote.toString(), "--yes");
        java.io.InputStream stdin = System.in;
        System.setIn(new java.io.ByteArrayInputStream("Learned while training the cache. #training\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        try {
            run("--home", home, "add", "--kind", "takeaway", "--title", "A training takeaway");
        } finally {
            System.setIn(stdin);
        }
        run("--home", home, "publish", "--yes");
    }

    private static void run(String... args) {
        int exitCode = NexusCli.run((home, startupReport) -> {
            throw new IllegalStateException("A training command asked for the window");
        }, args);
        if (exitCode != 0) {
            throw new IllegalStateException("The training command " + Arrays.toString(args) + " failed (" + exitCode + ")");
        }
    }
}
