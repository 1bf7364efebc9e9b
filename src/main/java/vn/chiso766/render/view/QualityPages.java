package vn.chiso766.render.view;

import java.util.ArrayList;
import java.util.List;
import vn.chiso766.model.Period;
import vn.chiso766.model.PeriodNames;
import vn.chiso766.render.Format;
import vn.chiso766.score.Finding;
import vn.chiso766.score.PeriodResult;

/** Builds a period's data-quality page from the core's findings. */
public final class QualityPages {
    private QualityPages() {
    }

    public static QualityPage of(SiteMap map, PeriodResult period) {
        Period p = period.period();
        String path = map.quality(p);
        List<QualityPage.Section> sections = new ArrayList<>();
        for (Finding.Type type : Finding.Type.values()) {
            List<QualityPage.Item> items = period.findings().stream().filter(f -> f.type() == type)
                    .map(f -> item(map, period, f)).toList();
            if (!items.isEmpty()) {
                sections.add(new QualityPage.Section(title(type), explanation(type), Format.count(items.size()), items));
            }
        }
        Frame frame = Frames.of(map, path, "Chất lượng dữ liệu · " + PeriodNames.title(p), p,
                List.of(Frames.home(), Frames.period(map, p)));
        return new QualityPage(frame, PeriodNames.title(p), Format.count(period.findings().size()), sections);
    }

    private static QualityPage.Item item(SiteMap map, PeriodResult period, Finding f) {
        String name = period.unit(f.unitCode()).map(u -> u.unit().name()).orElse(f.unitCode());
        // The file's name only: the folder it was read from is the publisher's machine, not the reader's business.
        String source = f.source().map(s -> "tệp " + java.nio.file.Path.of(s.file()).getFileName() + ", dòng "
                + Format.count(s.line())).orElse("");
        return new QualityPage.Item(new Link(map.scorecard(period.period(), f.unitCode()), name), f.message(), source);
    }

    public static String title(Finding.Type type) {
        return switch (type) {
            case NO_DATA -> "Đơn vị không có số liệu";
            case INCOMPLETE -> "Thiếu số liệu một nhóm tiêu chí";
            case MISSING_INDICATOR -> "Thiếu chỉ số thành phần";
            case ABOVE_MAXIMUM -> "Điểm vượt mức tối đa";
            case GROUP_MISMATCH -> "Điểm nhóm khác tổng điểm các chỉ số";
            case RULE_MISMATCH -> "Điểm chỉ số khác điểm tính theo công thức";
            case PORTAL_NOTE -> "Ghi chú chất lượng dữ liệu của Cổng Dịch vụ công quốc gia";
            case NATIONAL_MISMATCH -> "Tổng điểm của tỉnh khác danh sách toàn quốc";
        };
    }

    static String explanation(Finding.Type type) {
        return switch (type) {
            case NO_DATA -> "Tệp số liệu của kỳ không có dòng nào cho các đơn vị này. Đơn vị được ghi"
                    + " \"chưa có dữ liệu\" và không xếp hạng.";
            case INCOMPLETE -> "Có số liệu nhưng một nhóm tiêu chí không có điểm, nên chưa có tổng điểm và không xếp hạng.";
            case MISSING_INDICATOR -> "Điểm nhóm chỉ cộng các chỉ số có số liệu; chỉ số thiếu không được tính điểm.";
            case ABOVE_MAXIMUM -> "Số liệu đã công bố cao hơn điểm tối đa. Số liệu được giữ nguyên như đã công bố.";
            case GROUP_MISMATCH -> "Điểm nhóm đã công bố khác tổng điểm các chỉ số thành phần. Điểm nhóm đã công bố được dùng.";
            case RULE_MISMATCH -> "Điểm chỉ số đã công bố khác quá 0,01 điểm so với điểm tính theo công thức của danh mục từ"
                    + " cùng tử số và mẫu số. Điểm đã công bố được dùng.";
            case PORTAL_NOTE -> "Cổng Dịch vụ công quốc gia tự ghi chú về chất lượng số liệu của các chỉ số này (ví dụ mẫu số"
                    + " đang là số tạm). Số liệu được giữ nguyên như Cổng đã công bố.";
            case NATIONAL_MISMATCH -> "Tổng điểm tính từ số liệu của tỉnh khác tổng điểm của tỉnh trong danh sách toàn quốc"
                    + " cùng kỳ: hai tệp có thể được lấy ở hai kỳ hoặc hai thời điểm khác nhau (Cổng điều chỉnh số liệu"
                    + " các tháng đã qua). Hãy lấy lại cả hai cùng lúc.";
        };
    }
}
