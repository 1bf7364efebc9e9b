package vn.chiso766.render.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import vn.chiso766.TestData;
import vn.chiso766.load.DataFolder;
import vn.chiso766.model.Dataset;
import vn.chiso766.model.PeriodData;
import vn.chiso766.render.Document;
import vn.chiso766.score.Results;
import vn.chiso766.score.Scorer;

/** The Gia Lai fixture (real data) with a publication settings file, targets and responsibilities, scored. */
public final class PdfFixture {
    public static final String SIGNER = "Trần Văn Thử";
    static final String SETTINGS = """
            # Test settings: a made-up signer and number; issuing body and place derived from the data.
            so.2026-10=57
            ngay_ban_hanh=5
            ky.ho_ten=%s
            noi_nhan.1=Văn phòng Chính phủ (Cục Kiểm soát thủ tục hành chính)
            noi_nhan.2=Các sở, ban, ngành tỉnh
            luu=VT, KSTT
            """.formatted(SIGNER);

    /** Targets of the fixture: one met by the unit row's unit, one missed by it (H21.16: 157/181 = 86,74%). */
    static final String TARGETS = """
            scope,indicator,target,source
            *,TOTAL,72,Kế hoạch số 45/KH-UBND ngày 15/01/2026
            AGENCY,ON_TIME,"80,5",Kế hoạch số 45/KH-UBND ngày 15/01/2026
            H21.16,ON_TIME,90,Văn bản số 124/UBND-TH
            """;
    static final String RESPONSIBILITIES = """
            indicator,lead,support
            PUBLISH_ON_TIME,Văn phòng UBND tỉnh,H21.16
            """;

    private PdfFixture() {
    }

    public static Results results(Path folder) throws Exception {
        Path data = folder.resolve("data");
        Files.createDirectories(data.resolve("scores"));
        for (String file : List.of("units.csv", "scores/2026-09.csv", "scores/2026-10.csv")) {
            Files.copy(TestData.GIA_LAI.resolve(file), data.resolve(file));
        }
        Files.writeString(data.resolve("publication.properties"), SETTINGS, StandardCharsets.UTF_8);
        Files.writeString(data.resolve("targets.csv"), TARGETS, StandardCharsets.UTF_8);
        Files.writeString(data.resolve("responsibilities.csv"), RESPONSIBILITIES, StandardCharsets.UTF_8);
        return Scorer.score(DataFolder.load(data));
    }

    /** The fixture with its latest period as figures the portal showed on 10/10/2026: provisional. */
    public static Results provisional(Path folder) throws Exception {
        Dataset data = results(folder).dataset();
        List<PeriodData> periods = data.periods().stream().map(p -> p.period().toString().equals("2026-10")
                ? new PeriodData(p.period().at(LocalDate.of(2026, 10, 10)), p.file(), p.observations()) : p).toList();
        return Scorer.score(new Dataset(data.units(), data.catalogue(), periods, data.settings(), data.nationals(),
                data.provenances()));
    }

    public static Document document(List<Document> documents, String path) {
        return documents.stream().filter(d -> d.path().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("no document " + path));
    }

    /** The bytes of a document, as publish writes them. */
    public static byte[] bytes(List<Document> documents, String path) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            document(documents, path).prepare().body().writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
