package vn.chiso766.render.office;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.chiso766.model.Release;

/** Writes a {@link WorkbookView} as an .xlsx file with reproducible bytes. */
final class WorkbookWriter {
    private static final int ROWS_IN_MEMORY = 200;
    private WorkbookWriter() {
    }

    static void write(WorkbookView view, OutputStream out) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        // Streamed: a national workbook has half a million cells, which POI's in-memory model would hold at once.
        SXSSFWorkbook workbook = new SXSSFWorkbook(new XSSFWorkbook(), ROWS_IN_MEMORY);
        try {
            Styles styles = new Styles(workbook.getXSSFWorkbook());
            SummarySheet.write(workbook, styles, view.summary());
            if (view.nationalList() != null) {
                RankingSheet.write(workbook, styles, view.nationalList());
            }
            view.rankings().forEach(t -> RankingSheet.write(workbook, styles, t));
            view.groups().forEach(t -> GroupSheet.write(workbook, styles, t));
            NotesSheet.write(workbook, styles, view.notes());
            if (view.targets() != null) {
                TargetsSheet.write(workbook, styles, view.targets());
            }
            properties(workbook.getXSSFWorkbook().getProperties(), view);
            workbook.write(bytes);
        } finally {
            workbook.dispose(); // its temporary files
            workbook.close();
        }
        StableZip.copy(bytes.toByteArray(), OfficeDates.local(view.date()), out);
    }

    private static void properties(POIXMLProperties properties, WorkbookView view) {
        POIXMLProperties.CoreProperties core = properties.getCoreProperties();
        core.setTitle(view.title());
        core.setSubjectProperty("Kết quả Bộ chỉ số 766 kỳ " + view.period());
        core.setCreator(Release.CURRENT.name());
        core.setDescription(view.source());
        core.setKeywords("Bộ chỉ số 766; " + view.period());
        core.setCreated(Optional.of(OfficeDates.instant(view.date())));
        core.setModified(Optional.of(OfficeDates.instant(view.date())));
        properties.getExtendedProperties().getUnderlyingProperties().setApplication("chiso766");
        properties.getCustomProperties().addProperty("Kỳ", view.period());
        properties.getCustomProperties().addProperty("Nguồn", view.source());
    }
}
