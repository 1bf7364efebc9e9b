package vn.chiso766.render.html;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import vn.chiso766.TestData;
import vn.chiso766.load.DataFolder;
import vn.chiso766.load.LoadException;
import vn.chiso766.publish.Publisher;
import vn.chiso766.render.Publication;
import vn.chiso766.score.Results;
import vn.chiso766.score.Scorer;

/** Data folders for the website's tests, and the sites built from them. */
final class TestSites {
    static final String HOSTILE = "<script>alert(1)</script> & \"X\"";

    private TestSites() {
    }

    /** The real Gia Lai data (the shared fixture beside the project). */
    static Path giaLai() {
        return TestData.GIA_LAI;
    }

    /** Gia Lai with the portal's national lists, provenance and quality notes. */
    static Path giaLaiNational() {
        return TestData.GIA_LAI_NATIONAL;
    }

    /**
     * One province: three agencies (one named to break markup), three communes (one without any
     * data in the second period), two periods.
     */
    static Path province(Path dir) throws IOException {
        TestData.in(dir).file("units.csv", """
                code,name,kind,parent
                P1,UBND tỉnh Thử Nghiệm,PROVINCE,
                P1.01,Sở Tư pháp,AGENCY,P1
                P1.02,"<script>alert(1)</script> & \"\"X\"\"",AGENCY,P1
                P1.03,Sở Y tế,AGENCY,P1
                P1.101,UBND xã Ia Grai,COMMUNE,P1
                P1.102,UBND phường Pleiku,COMMUNE,P1
                P1.103,UBND đặc khu Thử,COMMUNE,P1
                """);
        TestData.in(dir).file("scores/2026-09.csv", """
                unit_code,CKMB,TDGQ,CLGQ,TTTT,MDSH,MDHL
                P1,12,16,7,6,10,17
                P1.01,11.79,17.35,6.64,3.15,5.35,17.78
                P1.02,11.79,19.52,3.71,0,12.52,18.28
                P1.03,11.79,17.57,6.94,6.07,10.68,17.85
                P1.101,15,18,9,5,12,16
                P1.102,14,18,10,7,15,17
                P1.103,10,12,4,2,6,12
                """);
        TestData.in(dir).file("scores/2026-10.csv", """
                unit_code,CKMB,TDGQ,CLGQ,TTTT,MDSH,MDHL
                P1,12.5,16.5,7,6.5,10,17
                P1.01,11.79,17.35,6.64,3.15,5.35,17.78
                P1.02,11.79,19.97,6.72,8.61,14.18,18
                P1.03,11.79,16.41,6.57,7.16,9.31,
                P1.101,16,18.5,9,5,12,16
                P1.102,13,17,10,7,15,17
                """);
        return dir;
    }

    /** Two provinces with their agencies: national data, one period. */
    static Path national(Path dir) throws IOException {
        return TestData.national(dir);
    }

    static Results score(Path data) throws LoadException {
        return Scorer.score(DataFolder.load(data));
    }

    /** Builds and publishes the whole site of a data folder into out. */
    static Path build(Path data, Path out) throws IOException, LoadException {
        return build(data, out, Integer.MAX_VALUE);
    }

    /** Builds with pages and PDFs for the latest {@code recent} periods only. */
    static Path build(Path data, Path out, int recent) throws IOException, LoadException {
        new Publisher(out).publish(Publication.documents(score(data), recent));
        return out;
    }

    static List<Path> pages(Path site) throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
    }
}
