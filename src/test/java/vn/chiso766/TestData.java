package vn.chiso766;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes small data folders for tests. */
public final class TestData {
    /** Real published figures (15 units, 2 periods), kept in the repository so a fresh clone tests alone. */
    public static final Path GIA_LAI = Path.of("src", "test", "resources", "fixtures", "gia-lai-2026");
    /** Gia Lai with the portal's national lists, provenance and quality notes. */
    public static final Path GIA_LAI_NATIONAL = Path.of("src", "test", "resources", "fixtures", "gia-lai-2026-national");

    private final Path dir;

    private TestData(Path dir) {
        this.dir = dir;
    }

    public static TestData in(Path dir) {
        return new TestData(dir);
    }

    /** A province P with agencies A1..An, in units.csv. */
    public TestData units(String csv) {
        return file("units.csv", csv);
    }

    public TestData period(String period, String csv) {
        return file("scores/" + period + ".csv", csv);
    }

    public TestData file(String relative, String text) {
        return bytes(relative, text.getBytes(StandardCharsets.UTF_8));
    }

    public TestData bytes(String relative, byte[] content) {
        try {
            Path path = dir.resolve(relative);
            Files.createDirectories(path.getParent());
            Files.write(path, content);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path dir() {
        return dir;
    }

    /** Two provinces with their agencies: national data, one period. */
    public static Path national(Path dir) {
        TestData.in(dir).file("units.csv", """
                code,name,kind,parent
                A,UBND tỉnh An,PROVINCE,
                A.1,Sở Tư pháp,AGENCY,A
                A.2,Sở Y tế,AGENCY,A
                B,UBND tỉnh Bình,PROVINCE,
                B.1,Sở Tư pháp,AGENCY,B
                B.2,Sở Nội vụ,AGENCY,B
                """);
        TestData.in(dir).file("scores/2026-10.csv", """
                unit_code,CKMB,TDGQ,CLGQ,TTTT,MDSH,MDHL
                A,12,16,7,6,10,17
                A.1,11,17,6,3,5,17
                A.2,12,18,7,6,11,16
                B,14,18,9,7,12,15
                B.1,10,12,5,4,8,14
                B.2,15,19,10,8,18,17
                """);
        return dir;
    }

    /** Copies a data folder without one month's files (scores, national list, sources): last month's data. */
    public static Path withoutMonth(Path from, Path to, String month) {
        try (java.util.stream.Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!p.getFileName().toString().startsWith(month + ".")) {
                    Files.copy(p, target);
                }
            }
            return to;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
    /** The days Gia Lai's two months become in {@link #snapshots}: 2026-09 → 2026-10-01, 2026-10 → 2026-10-08. */
    public static final java.util.Map<String, String> SNAPSHOT_DAYS = java.util.Map.of("2026-09", "2026-10-01", "2026-10", "2026-10-08");

    /**
     * Gia Lai's two months (with their national lists) as two daily snapshots of the year 2026:
     * scores/2026/2026-10-01.csv and 2026-10-08.csv, national/2026/ likewise, and units.csv.
     */
    public static Path snapshots(Path to) {
        try {
            Files.createDirectories(to);
            Files.copy(GIA_LAI_NATIONAL.resolve("units.csv"), to.resolve("units.csv"));
            for (String folder : java.util.List.of("scores", "national")) {
                Files.createDirectories(to.resolve(folder).resolve("2026"));
                for (var day : SNAPSHOT_DAYS.entrySet()) {
                    Files.copy(GIA_LAI_NATIONAL.resolve(folder).resolve(day.getKey() + ".csv"),
                            to.resolve(folder).resolve("2026").resolve(day.getValue() + ".csv"));
                }
            }
            return to;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the portal published for each unit on the day a snapshot of {@link #snapshots} stands for. */
    public static java.util.Map<String, org.apache.commons.csv.CSVRecord> portalOn(java.time.LocalDate day) {
        String month = SNAPSHOT_DAYS.entrySet().stream().filter(e -> e.getValue().equals(day.toString()))
                .findFirst().orElseThrow().getKey();
        java.util.Map<String, org.apache.commons.csv.CSVRecord> rows = new java.util.LinkedHashMap<>();
        try (java.io.Reader in = Files.newBufferedReader(GIA_LAI.resolve("portal-results-" + month + ".csv"),
                StandardCharsets.UTF_8)) {
            for (var r : org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(in)) {
                rows.put(r.get("unit_code"), r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
