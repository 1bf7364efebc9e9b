package vn.chiso766.render.data;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import vn.chiso766.model.Band;
import vn.chiso766.model.Group;
import vn.chiso766.model.Period;
import vn.chiso766.render.Document;
import vn.chiso766.render.Fingerprint;
import vn.chiso766.score.GroupScore;
import vn.chiso766.score.Movement;
import vn.chiso766.score.PeriodResult;
import vn.chiso766.score.Results;
import vn.chiso766.score.ScopeStats;
import vn.chiso766.score.UnitResult;

/**
 * The open-data files of a period, ket-qua.csv and ket-qua.json, with exactly the fields of
 * the data contract. Units in ranking order, table by table.
 */
public final class OpenData {
    public static final String CSV = "ket-qua.csv";
    public static final String JSON = "ket-qua.json";
    /** The portal's national list of provinces, ranked (periods that have one). */
    public static final String NATIONAL_CSV = "xep-hang-tinh.csv";
    public static final String NATIONAL_JSON = "xep-hang-tinh.json";
    private static final ObjectMapper JSON_MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private OpenData() {
    }

    /**
     * The period's files, and where it has snapshots each snapshot's own in
     * {@code <period>/<YYYY-MM-DD>/} (see {@link #snapshotFolder}).
     */
    public static List<Document> documents(Results results, PeriodResult period, List<Group> groups) {
        String folder = period.period() + "/";
        List<Document> documents = new ArrayList<>(unitFiles(folder, results, period, groups));
        period.national().ifPresent(ranking -> documents.addAll(List.of(
                Document.of(folder + NATIONAL_CSV, out -> writeCsv(NationalRecords.of(ranking, groups), out)),
                Document.of(folder + NATIONAL_JSON, out -> writeJson(NationalRecords.of(ranking, groups), out)))));
        for (PeriodResult snapshot : results.snapshots(period.period())) {
            documents.addAll(unitFiles(snapshotFolder(snapshot.period()) + "/", results, snapshot, groups));
        }
        return documents;
    }

    /** A snapshot's folder in the publication, "2026/2026-10-05". */
    public static String snapshotFolder(Period snapshot) {
        return snapshot.plain() + "/" + snapshot.snapshot();
    }

    /**
     * The unit files, fingerprinted by their records: where a folder's data are unchanged (a snapshot's
     * on a new day), the files are reused without being prepared.
     */
    private static List<Document> unitFiles(String folder, Results results, PeriodResult period, List<Group> groups) {
        return List.of(unitFile(folder + CSV, results, period, groups, OpenData::writeCsv),
                unitFile(folder + JSON, results, period, groups, OpenData::writeJson));
    }

    private interface Records {
        void write(List<Map<String, Object>> records, OutputStream out) throws IOException;
    }

    private static Document unitFile(String path, Results results, PeriodResult period, List<Group> groups,
                                     Records writer) {
        return Document.planned(path, () -> {
            List<Map<String, Object>> records = records(results, period, groups);
            return new Document.Prepared(Optional.of(Fingerprint.of(List.of(), records)),
                    out -> writer.write(records, out));
        });
    }

    /**
     * One ordered map per unit, field name → value (String, BigDecimal, Integer or null); with the
     * snapshot fields only where the period has snapshots.
     */
    static List<Map<String, Object>> records(Results results, PeriodResult period, List<Group> groups) {
        boolean snapshots = !results.snapshots(period.period()).isEmpty();
        Optional<PeriodResult> before = results.previousSnapshot(period.period());
        List<Map<String, Object>> records = new ArrayList<>();
        for (ScopeStats scope : period.scopes()) {
            for (UnitResult unit : scope.ranking()) {
                Map<String, Object> record = record(unit, groups);
                if (snapshots) {
                    Movement movement = Movement.since(unit, before);
                    record.put("snapshot", Optional.ofNullable(period.period().snapshot()).map(Object::toString).orElse(null));
                    record.put("delta_total_snapshot", movement.deltaTotal().map(OpenData::two).orElse(null));
                    record.put("delta_rank_snapshot", movement.deltaRank().orElse(null));
                }
                records.add(record);
            }
        }
        return records;
    }

    private static Map<String, Object> record(UnitResult unit, List<Group> groups) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("unit_code", unit.unit().code());
        r.put("unit_name", unit.unit().name());
        r.put("kind", unit.unit().kind().name());
        for (Group group : groups) {
            r.put(group.code(), unit.card().group(group.code()).flatMap(GroupScore::points).map(OpenData::two).orElse(null));
        }
        r.put("total", unit.card().total().map(OpenData::two).orElse(null));
        r.put("band", unit.card().band().map(Band::name).orElse(null));
        r.put("rank", unit.standing().rank().orElse(null));
        r.put("rank_all", unit.standing().rankAll().orElse(null));
        r.put("delta_total", unit.standing().deltaTotal().map(OpenData::two).orElse(null));
        r.put("delta_rank", unit.standing().deltaRank().orElse(null));
        return r;
    }

    static BigDecimal two(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    static void writeCsv(List<Map<String, Object>> records, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        if (records.isEmpty()) {
            writer.flush();
            return;
        }
        List<String> header = List.copyOf(records.get(0).keySet());
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get();
        CSVPrinter printer = new CSVPrinter(writer, format);
        for (Map<String, Object> record : records) {
            List<String> cells = new ArrayList<>();
            for (Object value : record.values()) {
                cells.add(cell(value));
            }
            printer.printRecord(cells);
        }
        printer.flush();
    }

    /** A CSV cell; text that a spreadsheet would run as a formula is defused with a leading '. */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal number) {
            return number.toPlainString();
        }
        if (value instanceof Number number) {
            return number.toString();
        }
        String text = value.toString();
        return Optional.of(text).filter(t -> !t.isEmpty() && "=+-@\t\r".indexOf(t.charAt(0)) >= 0)
                .map(t -> "'" + t).orElse(text);
    }

    static void writeJson(List<Map<String, Object>> records, OutputStream out) throws IOException {
        JSON_MAPPER.writer().without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .writeValue(out, records);
    }
}
