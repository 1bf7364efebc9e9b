package vn.chiso766.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes the data folder's CSV files: UTF-8 without BOM, comma, LF, quoted only where needed. */
final class Csv {
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();

    private Csv() {
    }

    static byte[] write(List<String> header, List<List<String>> rows) {
        StringBuilder out = new StringBuilder(rows.size() * 48);
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            printer.printRecord(header);
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A number as the portal gave it ("11.79", "0", "138744"); empty for no data. */
    static String number(Optional<BigDecimal> value) {
        return value.map(v -> v.scale() > 0 ? v.stripTrailingZeros() : v).map(BigDecimal::toPlainString).orElse("");
    }
}
