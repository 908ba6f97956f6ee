package org.projectnexus.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The dashboard's first paint (issue 26: at most 300 ms at 10,000 entries), as the user meets it: the whole app is
 * started on a knowledge base of N entries ({@link DashboardHarness} seeds it), and Tools ▸ Dashboard… is clicked;
 * timed from the click until the dashboard's charts hold the figures and the frame that draws them was rendered
 * (see {@link DashboardOpening}). Each first opening needs a fresh JVM, so each run is a process of its own:
 * <ul>
 *   <li>after an idle moment: the click comes {@code idle} ms (default 2,500) after the main window's first frame, the
 *       time a user takes to look at the window before reaching for a menu;</li>
 *   <li>right after start: the click comes as soon as the first frame is out (nothing prepared yet);</li>
 *   <li>opened again: in the idle runs, the dashboard is closed and opened four more times.</li>
 * </ul>
 * The first process on a folder also builds its search index; it is run first and not counted. Usage:
 * {@code DashboardPaintHarness [size] [runs] [idle ms]}; {@code -Dnexus.bench.debug=true} shows the runs' timelines.
 */
public final class DashboardPaintHarness {

    private static final boolean DEBUG = Boolean.getBoolean("nexus.bench.debug");

    private DashboardPaintHarness() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--child")) {
            DashboardOpening.main(args[1], Integer.parseInt(args[2]), Long.parseLong(args[3]));
            return;
        }
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        long idle = args.length > 2 ? Long.parseLong(args[2]) : 2_500;
        Path home = DashboardHarness.seeded(size, new SearchCorpus(5));
        System.out.printf("knowledge base %s; not counted, the first start (search index): %s%n", home,
                child("idle", size, idle).first);
        List<Double> idleFirst = new ArrayList<>();
        List<Double> startFirst = new ArrayList<>();
        List<Double> again = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            Outcome idled = child("idle", size, idle);
            idleFirst.add(idled.first);
            again.addAll(idled.again);
            startFirst.add(child("start", size, idle).first);
        }
        report(size, "first opening, " + idle + " ms after the first frame", idleFirst);
        report(size, "first opening, right after the first frame", startFirst);
        report(size, "opened again (closed 1 s before)", again);
    }

    private static void report(int size, String what, List<Double> millis) {
        List<Double> sorted = new ArrayList<>(millis);
        sorted.sort(Double::compare);
        System.out.printf("%-8d dashboard %-46s p50 %7.1f ms, p95 %7.1f ms, max %7.1f ms (%d runs) %s%n", size, what,
                sorted.get(sorted.size() / 2), sorted.get((int) Math.min(sorted.size() - 1, sorted.size() * 0.95)),
                sorted.get(sorted.size() - 1), sorted.size(), millis);
    }

    private record Outcome(double first, List<Double> again) {
    }

    /** One first opening in a JVM of its own, started like this one. */
    private static Outcome child(String mode, int size, long idle) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path")));
        if (DEBUG) {
            command.add("-Dnexus.bench.debug=true");
        }
        command.addAll(List.of(DashboardPaintHarness.class.getName(), "--child", mode, Integer.toString(size),
                Long.toString(idle)));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        double first = Double.NaN;
        List<Double> again = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("RESULT first ")) {
                    first = Double.parseDouble(line.substring("RESULT first ".length()));
                } else if (line.startsWith("RESULT again ")) {
                    again.add(Double.parseDouble(line.substring("RESULT again ".length())));
                } else if (DEBUG || line.startsWith("TIMELINE")) {
                    System.out.println("  [" + mode + "] " + line);
                }
            }
        }
        int exit = process.waitFor();
        if (exit != 0 || Double.isNaN(first)) {
            throw new IllegalStateException("The " + mode + " run ended with " + exit + " and no figure");
        }
        return new Outcome(first, again);
    }
}
