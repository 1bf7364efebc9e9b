package vn.chiso766.render.pdf;

import java.util.List;
import java.util.Optional;
import vn.chiso766.model.Kind;

/** The notice's requests: what every kind of unit is asked to do, and where each finds its own scorecard. */
final class NoticeRequests {
    private NoticeRequests() {
    }

    /** The request to every kind of unit of the tables, to act before the next period. */
    static String request(ProvincePeriod pp) {
        List<String> who = pp.tables().stream().map(t -> t.scope().kind() == Kind.AGENCY ? "các sở, ban, ngành"
                : "Ủy ban nhân dân các " + NoticeText.lower(t.scope().kind().label())).toList();
        String next = switch (pp.period().period().span()) {
            case MONTH -> "tháng";
            case QUARTER -> "quý";
            case YEAR -> "năm";
        };
        return "Đề nghị " + (who.isEmpty() ? "các cơ quan, đơn vị" : joined(who)) + " căn cứ kết quả nêu trên và"
                + " các phụ lục kèm theo, rà soát từng chỉ số còn thấp, nhất là các chỉ số mất nhiều điểm, có giải pháp"
                + " khắc phục ngay trong " + next + " tiếp theo; công khai kết quả trên trang thông tin điện tử của"
                + " đơn vị.";
    }

    /**
     * Where each unit finds its own scorecard: the folder of the period's scorecards in the
     * publication (at its address where publication.properties gives one), the file named in the
     * appendices.
     */
    static String cards(ProvincePeriod pp, String address, List<NoticeAppendix> appendices) {
        String folder = pp.inRankOrder().stream().findFirst()
                .map(u -> pp.map().scorecardPdf(pp.period().period(), u.unit().code()))
                .map(path -> path.substring(0, path.lastIndexOf('/') + 1)).orElse("");
        String where = address.isEmpty() ? "trong thư mục " + folder + " của ấn phẩm kết quả Bộ chỉ số"
                : "tại " + address + "/" + folder;
        Optional<NoticeAppendix.Row> example = appendices.stream().flatMap(a -> a.rows().stream()).findFirst();
        return "Phiếu kết quả của từng đơn vị (điểm từng chỉ số, các chỉ số mất nhiều điểm và số cần thêm để đạt"
                + " điểm tối đa) được đăng " + where + "; tên tệp của mỗi đơn vị ghi ở cột \u201cPhiếu kết quả\u201d"
                + " của các phụ lục" + example.map(r -> " (ví dụ " + r.name() + ": " + r.card() + ")").orElse("")
                + ".";
    }

    /** "a, b và c". */
    private static String joined(List<String> parts) {
        return parts.size() == 1 ? parts.get(0) : String.join(", ", parts.subList(0, parts.size() - 1)) + " và "
                + parts.get(parts.size() - 1);
    }
}
