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
}
