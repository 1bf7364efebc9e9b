package vn.chiso766.portal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** national/{period}.csv: every province of the national list with its six group scores, as the portal lists them. */
final class NationalCsv {
    static final List<String> GROUPS = List.of("CKMB", "TDGQ", "CLGQ", "TTTT", "MDSH", "MDHL");
    static final List<String> HEADER = List.of("province_code", "province_name", "department_id", "CKMB", "TDGQ",
            "CLGQ", "TTTT", "MDSH", "MDHL", "total", "delta_total");

    private NationalCsv() {
    }

    static byte[] write(Reply national, List<String> errors) {
        List<List<String>> lines = new ArrayList<>();
        int i = 0;
        for (JsonNode row : national.rows()) {
            String code = Json.text(row, "departmentCode");
            if (code.isEmpty()) {
                errors.add(national.origin() + ", $.data.evaluation[" + i + "]: tỉnh \"" + Json.text(row,
                        "departmentName") + "\" không có departmentCode. Hãy lưu lại danh sách toàn quốc.");
            }
            List<String> line = new ArrayList<>(List.of(code, Json.text(row, "departmentName"),
                    Json.text(row, "departmentId")));
            for (String group : GROUPS) {
                line.add(Csv.number(Json.number(row.path("groupScores"), group)));
            }
            line.add(Csv.number(Json.number(row, "totalScore")));
            line.add(Csv.number(Json.number(row, "scoreDelta")));
            lines.add(line);
            i++;
        }
        return Csv.write(HEADER, lines);
    }
}
