package vn.chiso766.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.chiso766.Trees;

/** `import` from the command line: a folder of saved answers, then `build`; a bad file changes nothing. */
class ImportCommandTest {
    static final Path ANSWERS = Path.of("src/test/resources/fixtures/portal/phu-tho-2026-08");

    @TempDir
    Path work;

    @Test
    void aFolderOfSavedAnswersBecomesAPublication() {
        Path data = work.resolve("du-lieu");
        Cli imported = Cli.run("import", "--period", "2026-08", "--data", data.toString(), ANSWERS.toString());
        assertEquals(0, imported.exit(), imported.err());
        assertTrue(imported.out().contains("Đã nhận ra 7 câu trả lời:"), imported.out());
        assertTrue(imported.out().contains("Thêm đơn vị vào units.csv: H44.07 Sở Công Thương (sở, ban, ngành)"));
        assertTrue(imported.out().contains("service-results (danh sách đơn vị của tỉnh), tỉnh H44"), imported.out());
        Cli built = Cli.run("build", "--data", data.toString(), "--out", work.resolve("site").toString());
        assertEquals(0, built.exit(), built.err());
        assertTrue(Files.isRegularFile(work.resolve("site/2026-08/ket-qua.csv")));
    }

    @Test
    void anAnswerItCannotRecogniseIsRefusedAndNothingWritten() throws Exception {
        Path answers = Files.createDirectories(work.resolve("tra-loi"));
        try (var files = Files.list(ANSWERS)) {
            for (Path file : files.toList()) {
                Files.copy(file, answers.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.writeString(answers.resolve("khac.json"), "{\"code\":\"OK\",\"data\":{\"rows\":[]}}");
        Path data = Files.createDirectories(work.resolve("du-lieu"));
        Files.writeString(data.resolve("units.csv"), "code,name,kind,parent\nH44,UBND tỉnh Phú Thọ,PROVINCE,\n");
        var before = Trees.snapshot(data);
        Cli cli = Cli.run("import", "--period", "2026-08", "--data", data.toString(), answers.toString());
        assertEquals(1, cli.exit());
        assertTrue(cli.err().contains("khac.json: không nhận ra đây là câu trả lời của endpoint nào"), cli.err());
        assertTrue(cli.err().startsWith("Không nhập được số liệu kỳ 2026-08 (thư mục dữ liệu không thay đổi):"));
        assertTrue(Trees.same(before, Trees.snapshot(data)));
    }

    @Test
    void aMalformedPeriodIsAUsageError() {
        Cli cli = Cli.run("import", "--period", "10/2026", ANSWERS.toString());
        assertEquals(2, cli.exit());
        assertTrue(cli.err().contains("--period phải là một tháng (YYYY-MM, ví dụ 2026-10), một quý"), cli.err());
    }

    @Test
    void answersOfAGivenDayBecomeThatDaysSnapshotOfTheYear() throws Exception {
        Path data = work.resolve("du-lieu");
        Cli cli = Cli.run("import", "--period", "2026", "--date", "2026-10-10", "--data", data.toString(),
                ANSWERS.toString());
        assertEquals(0, cli.exit(), cli.err());
        assertTrue(Files.isRegularFile(data.resolve("scores/2026/2026-10-10.csv")));
        assertTrue(Files.isRegularFile(data.resolve("sources/2026/2026-10-10.properties")));
        assertTrue(Files.notExists(data.resolve("scores/2026.csv")));
        assertTrue(cli.out().contains("Kỳ 2026 (ảnh chụp ngày 10/10/2026): số liệu mới của 4 đơn vị."), cli.out());
    }

    @Test
    void aDayOutsideThePeriodIsAUsageError() {
        Cli cli = Cli.run("import", "--period", "2026-08", "--date", "2026-07-31", ANSWERS.toString());
        assertEquals(2, cli.exit());
        assertTrue(cli.err().contains("Ngày 31/07/2026 không thuộc kỳ 2026-08 (tháng 08/2026, từ 01/08/2026)"),
                cli.err());
    }
}
