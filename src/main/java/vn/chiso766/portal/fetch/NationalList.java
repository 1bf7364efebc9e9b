package vn.chiso766.portal.fetch;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import vn.chiso766.model.Period;

/** The provinces of the national service-results answer: how a province code becomes its root id. */
final class NationalList {
    private NationalList() {
    }

    static List<Province> provinces(Pages national, Period period) throws FetchException {
        List<Province> provinces = new ArrayList<>();
        for (Received page : national.received()) {
            for (JsonNode row : page.json().path("data").path("evaluation")) {
                String code = row.path("departmentCode").asText("");
                String id = row.path("departmentId").asText("");
                if (!code.isEmpty() && !id.isEmpty()) {
                    provinces.add(new Province(code, id, row.path("departmentName").asText(code)));
                }
            }
        }
        if (provinces.isEmpty()) {
            throw new FetchException("Danh sách toàn quốc của Cổng DVC quốc gia cho kỳ " + period
                    + " không có tỉnh nào (data.evaluation rỗng hoặc thiếu departmentCode, departmentId):"
                    + " có thể Cổng chưa công bố số liệu kỳ này; hãy thử lại sau.");
        }
        return provinces;
    }

    static Province find(List<Province> provinces, String code, Period period) throws FetchException {
        String wanted = code.strip().toUpperCase(Locale.ROOT);
        for (Province province : provinces) {
            if (province.code().equalsIgnoreCase(wanted)) {
                return province;
            }
        }
        throw new FetchException("Mã tỉnh \"" + code + "\" không có trong danh sách toàn quốc của Cổng DVC quốc gia"
                + " kỳ " + period + ". Các mã có: " + provinces.stream().sorted(Comparator.comparing(Province::code))
                        .map(p -> p.code() + " (" + p.name() + ")").collect(Collectors.joining(", "))
                + ". Hoặc dùng --province all để lấy cả nước.");
    }
}
