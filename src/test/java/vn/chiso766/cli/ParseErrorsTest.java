package vn.chiso766.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ParseErrorsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "build --nope                  | Không có tùy chọn '--nope' trong lệnh build.",
        "build extra                   | Không hiểu tham số 'extra' trong lệnh build.",
        "build --dat x                 | Có phải ý bạn là: --data?",
        "fetch                         | Thiếu các tùy chọn bắt buộc '--province=MÃ', '--period=KỲ'.",
        "build --recent abc            | Giá trị 'abc' không hợp lệ cho '--recent=N'.",
        "build --out a --out b         | Tùy chọn '--out=THƯ_MỤC' chỉ được cho một lần.",
        "generate --out x --provinces 0 | số tỉnh phải từ 1 đến 99"})
    void aMistypedCommandIsToldInVietnameseWithItsUsage(String args, String message) {
        Cli cli = Cli.run(args.trim().split("\\s+"));
        assertEquals(2, cli.exit());
        assertTrue(cli.err().contains(message), cli.err());
        assertTrue(cli.err().contains("Cách dùng: chiso766 " + args.trim().split(" ")[0]), cli.err());
        for (String english : new String[] {"Unknown option", "Missing required", "Unmatched", "Invalid value",
            "should be specified only once", "Did you mean"}) {
            assertFalse(cli.err().contains(english), cli.err());
        }
    }
}
