package vn.chiso766.portal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.chiso766.load.CsvTable;
import vn.chiso766.load.DataFiles;
import vn.chiso766.load.DataFolder;
import vn.chiso766.load.LoadException;
import vn.chiso766.model.Catalogue;
import vn.chiso766.model.Period;

/**
 * Portal answers → the data folder: units.csv and the period's scores/, national/ and sources/ files
 * (its plain files, or a dated snapshot's: {@link PeriodPaths}), and fetch's raw answers. All or
 * nothing: the answers are recognised, joined and written to files in memory, the files are checked by the loader, and only then moved
 * into the folder; a failed import leaves the folder as it was.
 */
public final class Importer {
    private final ImportRequest request;
    private final Catalogue catalogue;
    private final List<String> recognised = new ArrayList<>();
    private final List<String> changes = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    private Importer(ImportRequest request, Catalogue catalogue) {
        this.request = request;
        this.catalogue = catalogue;
    }

    public static ImportReport run(ImportRequest request) throws ImportException {
        try {
            return new Importer(request, DataFiles.catalogue(request.data())).importAll();
        } catch (LoadException e) {
            throw new ImportException(e.problems().stream().map(Object::toString).toList());
        }
    }

    private ImportReport importAll() throws ImportException, LoadException {
        List<Reply> answers = recognise();
        Replies replies = Replies.of(answers);
        answers.forEach(r -> recognised.add(r.describe() + (r.endpoint() == Endpoint.NATIONAL ? ""
                : ", tỉnh " + replies.province(r))));
        Period period = request.period();
        Path data = request.data();
        UnitsCsv units = UnitsCsv.of(unitsTable(data.resolve("units.csv")));
        List<ScoreRow> rows = new ArrayList<>();
        List<String> imported = new ArrayList<>();
        Figures figures = new Figures(catalogue, warnings);
        Map<String, String> codesById = units.codesById();
        for (ProvinceReplies province : replies.provinces().values()) {
            Join.Result joined = new Join(province, codesById, figures, warnings)
                    .run(ProvinceNames.name(province, replies), ProvinceNames.id(province, replies));
            units.put(joined.province());
            joined.units().forEach(units::put);
            joined.units().forEach(u -> imported.add(u.code()));
            rows.addAll(joined.rows());
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        if (!replies.provinces().isEmpty()) {
            files.put("units.csv", units.bytes());
            files.put(PeriodPaths.of(DataFolder.SCORES, period, ".csv"), ScoresCsv.write(rows, catalogue));
        }
        List<String> errors = new ArrayList<>();
        replies.national().ifPresent(n -> files.put(PeriodPaths.of(DataFolder.NATIONAL, period, ".csv"),
                NationalCsv.write(n, errors)));
        if (!errors.isEmpty()) {
            throw new ImportException(errors);
        }
        files.put(PeriodPaths.of(DataFolder.SOURCES, period, ".properties"), SourcesFile.write(request.retrieval()));
        files.putAll(request.raw());
        Verify.loads(data, files, period);
        report(units, replies, imported, rows, data, period);
        commit(data, files);
        return new ImportReport(recognised, changes, warnings);
    }

    private List<Reply> recognise() throws ImportException {
        Recogniser recogniser = new Recogniser(catalogue);
        List<Reply> replies = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (Answer answer : request.answers()) {
            try {
                var root = Json.parse(answer);
                if (Json.isRequestLog(root)) {
                    continue;
                }
                var data = Json.data(answer, root);
                Reply reply = Reply.of(answer.origin(), recogniser.recognise(answer.origin(), data), data);
                replies.add(reply);
            } catch (ImportException e) {
                errors.addAll(e.messages());
            }
        }
        if (!errors.isEmpty()) {
            throw new ImportException(errors);
        }
        return replies;
    }

    private static Optional<CsvTable> unitsTable(Path file) throws LoadException, ImportException {
        Optional<CsvTable> table = DataFiles.table(file);
        if (table.isPresent() && !table.get().header().containsAll(List.of("code", "name", "kind", "parent"))) {
            throw new ImportException(file + ", dòng 1: thiếu một trong các cột code,name,kind,parent. Hãy sửa"
                    + " units.csv trước khi nhập.");
        }
        return table;
    }

    private void report(UnitsCsv units, Replies replies, List<String> imported, List<ScoreRow> rows, Path data,
                        Period period) throws LoadException {
        units.added().forEach(u -> changes.add("Thêm đơn vị vào units.csv: " + u));
        units.vanished(replies.provinces().keySet(), imported).forEach(u -> warnings.add("Đơn vị " + u
                + " có trong units.csv nhưng không có trong số liệu của Cổng kỳ " + PeriodPaths.label(period)
                + "; vẫn giữ trong units.csv."));
        if (!replies.provinces().isEmpty()) {
            changes.addAll(Revisions.of(DataFiles.table(data.resolve(PeriodPaths.of(DataFolder.SCORES, period, ".csv"))),
                    rows, catalogue, period));
        }
    }

    private void commit(Path data, Map<String, byte[]> files) throws ImportException {
        try {
            List<String> written = Commit.write(data, files, Raw.stale(data, request.raw().keySet()));
            changes.add(written.isEmpty() ? "Không có tệp nào thay đổi." : "Đã ghi: " + String.join(", ", written));
        } catch (IOException e) {
            throw new ImportException(data + ": không ghi được (" + e + "). Thư mục dữ liệu vẫn như trước khi nhập.");
        }
    }
}
