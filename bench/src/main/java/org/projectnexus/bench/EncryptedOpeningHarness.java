package org.projectnexus.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.logic.OpeningOptions;
import org.projectnexus.model.EntryKind;

/**
 * The cost of opening an encrypted knowledge base (issue 28, point 11: at most 1 s): each opening in a fresh JVM, as
 * a command or the window meets it, next to the same knowledge base unencrypted. Three figures: the key derivation
 * alone, the opening ({@code KnowledgeBase.open}, the derivation included), and {@code nexus list} from launch to
 * exit (the password in {@code NEXUS_PASSWORD}, so the key starts deriving before the command line is parsed: ADR
 * 50). Runs take turns between plain and encrypted, tiered and C1 only with the installed command line's other JVM
 * options (its launcher's: {@link #CLI_OPTIONS}). From a class path and this JDK, without the bundle's AOT cache: the
 * installed figure is the smoke test's.
 *
 * <p>{@code java -cp CP org.projectnexus.bench.EncryptedOpeningHarness [ROUNDS]}
 */
public final class EncryptedOpeningHarness {

    private static final String PASSWORD = "correct horse battery staple";
    /** The JIT and GC options of the installed command line's launcher (bundle.xml, nexus-cli.cfg; ADR 32). */
    private static final List<String> CLI_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseParallelGC",
            "-XX:CICompilerCount=1");

    private EncryptedOpeningHarness() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("--open")) {
            openOnce(Path.of(args[1]));
            return;
        }
        if (args.length == 1 && args[0].equals("--derive")) {
            deriveOnce();
            return;
        }
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Path work = Files.createTempDirectory("encrypted-opening");
        Path plain = prepare(work.resolve("plain"), null);
        Path encrypted = prepare(work.resolve("encrypted"), PASSWORD);
        Map<String, List<Long>> times = new TreeMap<>();
        for (int round = 0; round < rounds; round++) {
            for (boolean c1 : new boolean[] {false, true}) {
                String jit = c1 ? " C1 only" : " tiered ";
                times.computeIfAbsent("key derivation alone" + jit, key -> new ArrayList<>()).add(Long.parseLong(
                        run(plain, c1, EncryptedOpeningHarness.class.getName(), "--derive").strip()));
                for (Path home : List.of(plain, encrypted)) {
                    String mode = (home == plain ? "plain    " : "encrypted") + (c1 ? " C1 only" : " tiered ");
                    times.computeIfAbsent(mode + "  open", key -> new ArrayList<>())
                            .add(Long.parseLong(run(home, c1, EncryptedOpeningHarness.class.getName(), "--open",
                                    home.toString()).strip()));
                    long start = System.nanoTime();
                    run(home, c1, "org.projectnexus.Launcher", "--home", home.toString(), "list");
                    times.computeIfAbsent(mode + "  nexus list", key -> new ArrayList<>())
                            .add((System.nanoTime() - start) / 1_000_000);
                }
            }
        }
        System.out.printf("%d rounds, ms (median, min-max):%n", rounds);
        times.forEach((what, ms) -> {
            List<Long> sorted = ms.stream().sorted().toList();
            System.out.printf("  %-32s %5d  (%d-%d)%n", what, sorted.get(sorted.size() / 2), sorted.get(0),
                    sorted.get(sorted.size() - 1));
        });
    }

    /** A knowledge base of 20 notes (a starter-sized one), encrypted when {@code password} is given. */
    private static Path prepare(Path home, String password) {
        try (KnowledgeBase knowledgeBase = KnowledgeBase.open(home, Clock.systemUTC(), OpeningOptions.DEFAULT
                .withPassword(password == null ? null : password.toCharArray()))) {
            for (int i = 0; i < 20; i++) {
                knowledgeBase.entries().add(knowledgeBase.entries().draft(EntryKind.NOTE, "Note " + i)
                        .withText("Note " + i, NoteGenerator.note(2_000, i, false)));
            }
        }
        return home;
    }

    /** In the child JVM: opens the knowledge base once and prints how many milliseconds that took. */
    private static void openOnce(Path home) {
        String password = Files.exists(home.resolve("nexus.key")) ? PASSWORD : null;
        long start = System.nanoTime();
        try (KnowledgeBase knowledgeBase = KnowledgeBase.open(home, Clock.systemUTC(), OpeningOptions.DEFAULT
                .withPassword(password == null ? null : password.toCharArray()).forOneCommand())) {
            long opened = (System.nanoTime() - start) / 1_000_000;
            knowledgeBase.entries().summaries();
            System.out.println(opened);
        }
    }

    /**
     * In the child JVM: one derivation of a file key as an opening does it, alone (the class is the store's own, not
     * public: reached by reflection, as a harness may).
     */
    private static void deriveOnce() throws ReflectiveOperationException {
        var derivation = Class.forName("org.projectnexus.logic.store.KeyDerivation")
                .getDeclaredMethod("pbkdf2", char[].class, byte[].class, int.class);
        derivation.setAccessible(true);
        long start = System.nanoTime();
        derivation.invoke(null, PASSWORD.toCharArray(), new byte[16], 600_000);
        System.out.println((System.nanoTime() - start) / 1_000_000);
    }

    private static String run(Path home, boolean c1, String mainClass, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        if (c1) {
            command.addAll(CLI_OPTIONS);
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        if (Files.exists(home.resolve("nexus.key"))) {
            builder.environment().put("NEXUS_PASSWORD", PASSWORD);
        }
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException(mainClass + " failed on " + home + ": " + out);
        }
        return out;
    }
}
