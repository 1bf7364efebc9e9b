package vn.chiso766.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.chiso766.TestData;
import vn.chiso766.model.Release;

class CommandsTest {
    @TempDir
    Path tmp;

    @Test
    void validateOfGoodDataPrintsFindingsAndExitsZero() {
        Cli cli = Cli.run("validate", "--data", TestData.GIA_LAI.toString());
        assertEquals(0, cli.exit(), cli.err());
        assertTrue(cli.out().contains("vượt mức tối đa"), cli.out());
        assertTrue(cli.out().contains("Kỳ 2026-10: 15 đơn vị"), cli.out());
    }

    @Test
    void brokenDataPrintsEveryErrorExitsOneAndLeavesThePublicationByteForByte() throws IOException {
        Path site = tmp.resolve("site");
        assertEquals(0, Cli.run("build", "--data", TestData.GIA_LAI.toString(), "--out", site.toString()).exit());
        Map<String, byte[]> before = snapshot(site);
        Path data = tmp.resolve("data");
        TestData.in(data).units("code,name,kind,parent\nP,UBND tỉnh Mẫu,PROVINCE,\nS1,Sở Y tế,AGENCY,P\n")
                .period("2026-09", "unit_code,indicator,numerator,denominator,score\nS1,ON_TIME,x,2,\nS2,CLGQ,,,1\n");
        for (String command : new String[] {"validate", "build"}) {
            Cli cli = command.equals("build")
                    ? Cli.run("build", "--data", data.toString(), "--out", site.toString())
                    : Cli.run("validate", "--data", data.toString());
            assertEquals(1, cli.exit());
            assertTrue(cli.err().contains("2026-09.csv, dòng 2, cột 3 (numerator)"), cli.err());
            assertTrue(cli.err().contains("2026-09.csv, dòng 3, cột 1 (unit_code)"), cli.err());
            assertTrue(cli.err().contains("2 lỗi"), cli.err());
        }
        Map<String, byte[]> after = snapshot(site);
        assertEquals(before.keySet(), after.keySet());
        before.forEach((file, bytes) -> assertTrue(java.util.Arrays.equals(bytes, after.get(file)), file));
        try (Stream<Path> siblings = Files.list(tmp).filter(p -> !p.toString().endsWith(".lock"))) {
            assertEquals(2, siblings.count(), "no staging folder left beside the publication");
        }
    }

    @Test
    void buildRefusesToReplaceAFolderItDidNotCreate() throws IOException {
        Path mine = Files.createDirectories(tmp.resolve("tai-lieu"));
        Files.writeString(mine.resolve("bao-cao.docx"), "của tôi");
        Cli cli = Cli.run("build", "--data", TestData.GIA_LAI.toString(), "--out", mine.toString());
        assertEquals(3, cli.exit());
        assertTrue(cli.err().contains("không ghi đè"), cli.err());
        assertEquals("của tôi", Files.readString(mine.resolve("bao-cao.docx")));
    }

    @Test
    void helpIsInVietnameseAndListsTheCommands() {
        Cli cli = Cli.run("--help");
        assertEquals(0, cli.exit());
        assertTrue(cli.out().contains("build"));
        assertTrue(cli.out().contains("validate"));
        assertTrue(cli.out().contains("Xuất bản kết quả Bộ chỉ số 766"));
    }

    @Test
    void everyHelpIsVietnamese_noneOfPicocliEnglishLeft() {
        for (String[] args : new String[][] {{"--help"}, {"help", "help"}, {"build", "--help"}, {"fetch", "-h"},
            {"import", "--help"}, {"validate", "--help"}, {"generate", "--help"}, {"bench", "--help"}}) {
            Cli cli = Cli.run(args);
            assertEquals(0, cli.exit(), String.join(" ", args));
            assertTrue(cli.out().startsWith("Cách dùng: chiso766") || cli.out().startsWith("In hướng dẫn"), cli.out());
            for (String english : new String[] {"Usage", "Show ", "Print ", "Display ", "Commands:", "Options:",
                "help message", "and exit"}) {
                assertFalse(cli.out().contains(english), String.join(" ", args) + ": " + english + "\n" + cli.out());
            }
        }
    }

    @Test
    void versionNamesTheReleaseAndTheCommitItWasBuiltFrom_onEveryCommand() {
        Release release = Release.CURRENT;
        for (String[] args : new String[][] {{"--version"}, {"-V"}, {"build", "--version"}, {"fetch", "-V"}}) {
            Cli cli = Cli.run(args);
            assertEquals(0, cli.exit());
            String[] lines = cli.out().split("\n");
            assertEquals("chiso766 " + release.version(), lines[0], cli.out());
            assertTrue(lines[1].equals("Mã nguồn: " + VersionText.source(release)), cli.out());
            assertTrue(lines[2].startsWith("Java: " + System.getProperty("java.version")), cli.out());
        }
        assertEquals("không rõ (bản dựng từ mã nguồn không nằm trong kho git)",
                VersionText.source(new Release("1.0.0", "", false)));
        assertEquals("commit " + "a".repeat(40) + ", có thay đổi chưa commit",
                VersionText.source(new Release("1.0.0", "a".repeat(40), true)));
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertEquals(2, Cli.run("build", "--nope").exit());
    }

    static Map<String, byte[]> snapshot(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        assertFalse(files.isEmpty());
        return files;
    }
}
