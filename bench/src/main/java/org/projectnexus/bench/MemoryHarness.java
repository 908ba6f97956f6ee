package org.projectnexus.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The window's resident memory as the system counts it (issue 25, point 14; ADR 43): starts the app as installed
 * (an app image's or the package's {@code bin/nexus}, with its launcher's JVM options) on a data folder, on the
 * display in {@code DISPLAY}, and reads {@code VmRSS} from {@code /proc/PID/status} of its process (and of any child)
 * once a second, then closes it.
 *
 * <p>Usage: {@code MemoryHarness LAUNCHER HOME [SECONDS] [--import CLI_LAUNCHER FOLDER] [--jcmd JCMD]}.
 * <ul>
 *   <li>{@code --import}: first imports FOLDER (a vault) into HOME with the command line (the window cannot be
 *       open meanwhile: one writer, ADR 4), then starts the window, which takes the import into its search index in
 *       the background: the import's memory is the window's from then on. The harness prints how long the window
 *       took to come back under 350 MB after the catch-up.</li>
 *   <li>{@code --jcmd}: at the end, the JVM's own account: {@code GC.heap_info} and, if the launcher was started with
 *       {@code -XX:NativeMemoryTracking=summary} (e.g. through {@code JAVA_TOOL_OPTIONS}), {@code VM.native_memory}.</li>
 * </ul>
 * Prints the resident memory at 10, 20, 30, 45, 60, 90 and 120 s (as far as SECONDS goes), its peak, and the last
 * reading.
 */
public final class MemoryHarness {

    private MemoryHarness() {
    }

    public static void main(String[] args) throws Exception {
        Path launcher = Path.of(args[0]);
        Path home = Path.of(args[1]);
        int seconds = args.length > 2 && !args[2].startsWith("--") ? Integer.parseInt(args[2]) : 60;
        String cli = null;
        Path importFolder = null;
        String jcmd = null;
        for (int i = 2; i < args.length; i++) {
            if (args[i].equals("--import")) {
                cli = args[++i];
                importFolder = Path.of(args[++i]);
            } else if (args[i].equals("--jcmd")) {
                jcmd = args[++i];
            }
        }
        if (cli != null) {
            long start = System.nanoTime();
            Process importing = new ProcessBuilder(cli, "--home=" + home, "import", importFolder.toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            int exit = importing.waitFor();
            System.out.printf("command-line import of %s: exit %d, %d ms%n", importFolder, exit,
                    (System.nanoTime() - start) / 1_000_000);
        }
        Process window = new ProcessBuilder(launcher.toString(), "--home=" + home)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        long started = System.nanoTime();
        Map<Integer, Long> marks = new TreeMap<>();
        List<Integer> wanted = List.of(10, 20, 30, 45, 60, 90, 120, 180);
        long peak = 0;
        long last = 0;
        int lastOver = -1;
        for (int second = 1; second <= seconds && window.isAlive(); second++) {
            long due = started + second * 1_000_000_000L;
            Thread.sleep(Math.max(0, (due - System.nanoTime()) / 1_000_000));
            last = residentKb(window.toHandle());
            peak = Math.max(peak, last);
            if (last > 350 * 1024) {
                lastOver = second;
            }
            if (wanted.contains(second)) {
                marks.put(second, last);
            }
        }
        System.out.printf("%s on %s%n", launcher, home);
        marks.forEach((second, kb) -> System.out.printf("  at %3d s: %6.1f MB resident%n", second, kb / 1024.0));
        System.out.printf("  peak %.1f MB, last %.1f MB; last second over 350 MB: %s%n", peak / 1024.0, last / 1024.0,
                lastOver < 0 ? "never" : lastOver + " s");
        if (jcmd != null && window.isAlive()) {
            long pid = javaPid(window.toHandle());
            run(jcmd, pid, "GC.heap_info");
            run(jcmd, pid, "VM.native_memory", "summary");
        }
        window.destroy();
        window.waitFor();
    }

    /** The resident memory of the process and its descendants (a launcher may start the JVM as a child). */
    static long residentKb(ProcessHandle process) throws IOException {
        long kb = statusKb(process.pid(), "VmRSS:");
        for (ProcessHandle child : process.descendants().toList()) {
            kb += statusKb(child.pid(), "VmRSS:");
        }
        return kb;
    }

    private static long javaPid(ProcessHandle process) {
        List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
        all.add(0, process);
        long best = process.pid();
        long most = 0;
        for (ProcessHandle handle : all) {
            try {
                long kb = statusKb(handle.pid(), "VmRSS:");
                if (kb > most) {
                    most = kb;
                    best = handle.pid();
                }
            } catch (IOException gone) {
                // ended meanwhile
            }
        }
        return best;
    }

    static long statusKb(long pid, String field) throws IOException {
        Path status = Path.of("/proc", Long.toString(pid), "status");
        if (!Files.exists(status)) {
            return 0;
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith(field)) {
                return Long.parseLong(line.substring(field.length()).strip().split("\\s+")[0]);
            }
        }
        return 0;
    }

    private static void run(String jcmd, long pid, String... command) throws Exception {
        List<String> line = new ArrayList<>(List.of(jcmd, Long.toString(pid)));
        line.addAll(List.of(command));
        Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
        System.out.println(new String(process.getInputStream().readAllBytes()));
        process.waitFor();
    }
}
