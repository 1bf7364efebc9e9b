package vn.chiso766.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import vn.chiso766.render.Timeline;

/**
 * Builds as a user runs them: `build` in a fresh JVM, through scripts/chiso766 unless told
 * otherwise ({@link Launcher}), timed from the outside, JVM start-up included.
 */
final class Rebuilds {
    private static final Pattern RENDERED = Pattern.compile("dựng mới (\\d+), giữ nguyên (\\d+)");

    /**
     * One rebuild: wall time and, where something was written, documents rendered and reused;
     * the build's timeline where one was asked for.
     */
    record Rebuild(long wallNanos, int rendered, int reused, Optional<BuildTimeline> timeline) {
        Rebuild(long wallNanos, int rendered, int reused) {
            this(wallNanos, rendered, reused, Optional.empty());
        }
    }

    private Rebuilds() {
    }

    /** The monthly job from nothing: `build --recent 1` into an empty folder, run by this command. */
    static List<Rebuild> monthly(Path data, Path site, int runs, List<String> command)
            throws IOException, InterruptedException {
        List<Rebuild> builds = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            vn.chiso766.publish.Folders.delete(site);
            builds.add(build(command, data, site, "--recent", "1"));
        }
        return builds;
    }

    /**
     * The monthly job as a user meets it (issue 16): last month's publication is there, the new
     * month's file arrives, `build` runs through the launcher in a fresh JVM. Each run
     * starts from a copy of last month's publication (the copy is not timed).
     */
    static List<Rebuild> newMonth(Path data, Path work, String name, int runs) throws IOException, InterruptedException {
        Job job = newMonth(data, work, name);
        List<Rebuild> rebuilds = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            rebuilds.add(job.run());
        }
        return rebuilds;
    }

    /** The monthly job's starting point: the data without its latest month, published. */
    static Job newMonth(Path data, Path work, String name) throws IOException, InterruptedException {
        String month = latestPeriod(data).getFileName().toString().replace(".csv", "");
        return Job.prepare(data, work, name, List.of("scores/" + month + ".csv", "national/" + month + ".csv",
                "sources/" + month + ".properties"));
    }

    /**
     * A job whose data gains some files (a new month, a new day's snapshot) over the publication of
     * the data without them.
     *
     * @param data the data with the new files; {@code previousSite} is published from it without them
     */
    record Job(Path data, Path previousSite, Path site, Path timeline) {
        static Job prepare(Path data, Path work, String name, List<String> newFiles)
                throws IOException, InterruptedException {
            Path previousData = work.resolve(name + "-du-lieu-truoc");
            copyTree(data, previousData);
            for (String file : newFiles) {
                Files.deleteIfExists(previousData.resolve(file));
            }
            Path previousSite = work.resolve(name + "-an-pham-truoc");
            vn.chiso766.publish.Folders.delete(previousSite);
            build(previousData, previousSite);
            return new Job(data, previousSite, work.resolve(name + "-an-pham-moi"),
                    work.resolve(name + "-dong-thoi-gian.tsv"));
        }

        /** One run from a copy of the previous publication (the copy is not timed). */
        Rebuild run() throws IOException, InterruptedException {
            linkTree(previousSite, site);
            Files.deleteIfExists(timeline);
            Rebuild rebuild = build(Launcher.command(), Optional.of(timeline), data, site);
            return new Rebuild(rebuild.wallNanos(), rebuild.rendered(), rebuild.reused(),
                    Optional.of(BuildTimeline.read(timeline)));
        }
    }

    static List<Rebuild> unchanged(Path data, Path site, int runs) throws IOException, InterruptedException {
        build(data, site); // records the inputs in the manifest; later runs find nothing to do
        List<Rebuild> rebuilds = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            rebuilds.add(build(data, site));
        }
        return rebuilds;
    }

    /** Alternates one agency's on-time count between two values, rebuilding after each change. */
    static List<Rebuild> oneUnitChanged(Path data, Path site, Path work, int runs)
            throws IOException, InterruptedException {
        Path copy = work.resolve("tinh-data-mot-don-vi");
        copyTree(data, copy);
        Path latest = latestPeriod(copy);
        String original = Files.readString(latest, StandardCharsets.UTF_8);
        String changed = changeOneRow(original);
        build(copy, site);
        List<Rebuild> rebuilds = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            Files.writeString(latest, i % 2 == 0 ? changed : original, StandardCharsets.UTF_8);
            rebuilds.add(build(copy, site));
        }
        return rebuilds;
    }

    /** Lowers by one the numerator of the first agency's ON_TIME row. */
    static String changeOneRow(String csv) {
        Matcher m = Pattern.compile("(?m)^([^,\\n]+\\.\\d{2}),ON_TIME,(\\d+),(\\d+),$").matcher(csv);
        if (!m.find() || m.group(2).equals("0")) {
            throw new IllegalStateException("no agency ON_TIME row to change in the sample data");
        }
        String row = m.group(1) + ",ON_TIME," + (Long.parseLong(m.group(2)) - 1) + "," + m.group(3) + ",";
        return csv.substring(0, m.start()) + row + csv.substring(m.end());
    }

    private static Rebuild build(Path data, Path site) throws IOException, InterruptedException {
        return build(Launcher.command(), data, site);
    }

    private static Rebuild build(List<String> chiso766, Path data, Path site, String... arguments)
            throws IOException, InterruptedException {
        return build(chiso766, Optional.empty(), data, site, arguments);
    }

    /** @param timeline where the build writes its timeline (render.Timeline), if wanted */
    private static Rebuild build(List<String> chiso766, Optional<Path> timeline, Path data, Path site,
                                 String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(chiso766);
        command.addAll(List.of("build", "--data", data.toString(), "--out", site.toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Launcher.environment(builder.environment());
        builder.environment().remove(Timeline.VARIABLE);
        timeline.ifPresent(file -> builder.environment().put(Timeline.VARIABLE, file.toString()));
        long start = System.nanoTime();
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        long wall = System.nanoTime() - start;
        if (exit != 0) {
            throw new IOException("rebuild failed (" + exit + "):\n" + output);
        }
        Matcher m = RENDERED.matcher(output);
        return m.find() ? new Rebuild(wall, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)))
                : new Rebuild(wall, 0, -1);
    }

    private static Path latestPeriod(Path data) throws IOException {
        try (Stream<Path> files = Files.list(data.resolve("scores"))) {
            return files.sorted().reduce((a, b) -> b).orElseThrow();
        }
    }

    /**
     * A copy of a publication by hard links (a copy where the file system has none): a build
     * never writes into the files of the publication it replaces, it links or writes new ones.
     * Copying the country's 17,000 files byte by byte took three minutes a run.
     */
    private static void linkTree(Path from, Path to) throws IOException {
        mirror(from, to, (file, target) -> {
            try {
                Files.createLink(target, file);
            } catch (IOException | UnsupportedOperationException e) {
                Files.copy(file, target);
            }
        });
    }

    /** A copy of a data folder, which the runs then change: never linked. */
    private static void copyTree(Path from, Path to) throws IOException {
        mirror(from, to, (file, target) -> Files.copy(file, target));
    }

    private interface FileCopy {
        void copy(Path file, Path target) throws IOException;
    }

    private static void mirror(Path from, Path to, FileCopy copy) throws IOException {
        vn.chiso766.publish.Folders.delete(to);
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    copy.copy(p, target);
                }
            }
        }
    }
}
