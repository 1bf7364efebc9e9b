package vn.chiso766.portal;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;

/** sources/{period}[/{date}].properties: where the period's (or snapshot's) figures came from and when. */
final class SourcesFile {
    private SourcesFile() {
    }

    static byte[] write(Retrieval retrieval) {
        StringBuilder out = new StringBuilder("# Nguồn số liệu của kỳ, do chiso766 ghi khi nhập; ấn phẩm nêu nguồn này.\n");
        if (retrieval.isPortal()) {
            out.append("source=portal\nportal=").append(escape(retrieval.portal())).append('\n');
        } else {
            out.append("source=files\nfiles=").append(escape(String.join(", ", retrieval.files()))).append('\n');
        }
        out.append("retrieved_at=").append(retrieval.at().withNano(0).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
                .append('\n');
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Properties syntax: a backslash escapes, and a leading space would be dropped. */
    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\n", " ").replace("\r", " ");
    }
}
