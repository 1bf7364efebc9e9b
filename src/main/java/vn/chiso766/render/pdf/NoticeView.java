package vn.chiso766.render.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.chiso766.model.Group;
import vn.chiso766.render.Format;
import vn.chiso766.render.Slugs;
import vn.chiso766.render.view.ScorecardPage;
import vn.chiso766.score.ScopeStats;
import vn.chiso766.score.UnitResult;

/**
 * What the monthly notice of one province shows: the official header, the body written from
 * the figures, the ranking tables, recipients and signature, then every unit's scorecard.
 */
public record NoticeView(String title, String subject, String parentBody, List<String> issuingBody,
                         String numberLine, String dateLine, String subtitle, List<Section> sections,
                         List<String> groupNames, List<String> recipients, List<String> signer, String signerName,
                         String appendixNote, List<ScorecardPage> appendix, List<String> anchors,
                         List<Bookmark> bookmarks) {

    /**
     * A numbered part of the body.
     *
     * @param ranking the ranking table of a kind of unit, empty for other sections
     */
    public record Section(String anchor, String heading, List<String> paragraphs, List<RankingRow> ranking) {
    }

    static NoticeView of(ProvincePeriod pp, NoticeSettings settings, Slugs slugs) {
        String label = NoticeSettings.provinceLabel(pp.name());
        String month = Format.month(pp.period().period());
        List<Group> groups = pp.catalogue().groups();
        List<Section> sections = new ArrayList<>();
        sections.add(new Section("tinh", "Kết quả chung của " + label, NoticeText.province(pp, label), List.of()));
        for (ScopeStats table : pp.tables()) {
            sections.add(new Section("xep-hang-" + table.scope().kind().name().toLowerCase(Locale.ROOT),
                    "Kết quả của các " + NoticeText.lower(table.scope().kind().label()), NoticeText.table(pp, table),
                    RankingRow.of(table.ranking(), groups)));
        }
        sections.add(new Section("diem-nghen", "Các chỉ số mất nhiều điểm (điểm nghẽn)",
                NoticeText.bottlenecks(pp, label), List.of()));
        List<UnitResult> units = pp.inRankOrder();
        List<ScorecardPage> appendix = units.stream().map(pp::page).toList();
        List<String> anchors = units.stream().map(u -> "dv-" + slugs.of(u.unit().code())).toList();
        String subtitle = "Kết quả đánh giá Bộ chỉ số phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành"
                + " chính, dịch vụ công " + month;
        return new NoticeView("Thông báo kết quả Bộ chỉ số 766 " + month + " — " + pp.name(), subtitle,
                settings.parentBody(), settings.issuingBody(), settings.numberLine(), settings.dateLine(), subtitle,
                sections, groups.stream().map(Group::name).toList(), recipients(settings), settings.signer(),
                settings.signerName(), "Kèm theo Thông báo " + settings.numberLine().replace("Số: ", "số ")
                        + " " + settings.dateLine().substring(settings.dateLine().indexOf("ngày")),
                appendix, anchors, bookmarks(sections, appendix, anchors));
    }

    /** What the notice prints: everything but the appendix pages' links and navigation. */
    static List<Object> printed(NoticeView view) {
        return List.of(view.title(), view.parentBody(), view.issuingBody(), view.numberLine(), view.dateLine(),
                view.subtitle(), view.sections(), view.groupNames(), view.recipients(), view.signer(),
                view.signerName(), view.appendixNote(), view.appendix().stream().map(PdfDocuments::printed).toList(),
                view.anchors());
    }

    /** "- …;" lines, the last one "- Lưu: VT, …." as the standard writes them. */
    private static List<String> recipients(NoticeSettings settings) {
        List<String> lines = new ArrayList<>();
        settings.recipients().forEach(r -> lines.add("- " + r.replaceAll("[;.,]+$", "") + ";"));
        lines.add("- Lưu: " + settings.archive().replaceAll("[;.]+$", "") + ".");
        return lines;
    }

    private static List<Bookmark> bookmarks(List<Section> sections, List<ScorecardPage> appendix, List<String> anchors) {
        List<Bookmark> body = new ArrayList<>();
        for (int i = 0; i < sections.size(); i++) {
            body.add(Bookmark.of((i + 1) + ". " + sections.get(i).heading(), sections.get(i).anchor()));
        }
        body.add(Bookmark.of("Nơi nhận và chữ ký", "ky"));
        List<Bookmark> units = new ArrayList<>();
        for (int i = 0; i < appendix.size(); i++) {
            units.add(Bookmark.of(appendix.get(i).unit(), anchors.get(i)));
        }
        return List.of(new Bookmark("Thông báo", "thong-bao", body),
                new Bookmark("Phụ lục: kết quả chi tiết của từng đơn vị", "phu-luc", units));
    }
}
