package vn.chiso766.render.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.chiso766.model.Group;
import vn.chiso766.render.Format;
import vn.chiso766.score.ScopeStats;

/**
 * What the monthly notice of one province shows: the official header, the body written from
 * the figures, the ranking tables, recipients and signature, then the appendix's heading and
 * the list of its units; their scorecards are appended from their own PDFs ({@link NoticeAppendix}).
 */
public record NoticeView(String title, String subject, String parentBody, List<String> issuingBody,
                         String numberLine, String dateLine, String subtitle, List<Section> sections,
                         List<String> groupNames, List<String> recipients, List<String> signer, String signerName,
                         String appendixNote, List<AppendixUnit> appendix, List<Bookmark> bookmarks) {

    /**
     * A numbered part of the body.
     *
     * @param ranking the ranking table of a kind of unit, empty for other sections
     */
    public record Section(String anchor, String heading, List<String> paragraphs, List<RankingRow> ranking) {
    }

    /** A unit of the appendix, in rank order: its name and the path of its scorecard PDF. */
    public record AppendixUnit(String name, String kind, String pdf) {
    }

    public static NoticeView of(ProvincePeriod pp, NoticeSettings settings) {
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
        TargetText.section(pp).ifPresent(sections::add);
        sections.add(new Section("diem-nghen", "Các chỉ số mất nhiều điểm (điểm nghẽn)",
                NoticeText.bottlenecks(pp, label), List.of()));
        sections.add(new Section("ke-hoach", "Đơn vị cần tập trung khắc phục", PlanText.paragraphs(pp), List.of()));
        List<AppendixUnit> appendix = pp.inRankOrder().stream().map(pp::page)
                .map(page -> new AppendixUnit(page.unit(), page.kind(), page.pdf().href())).toList();
        String subtitle = "Kết quả đánh giá Bộ chỉ số phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành"
                + " chính, dịch vụ công " + month;
        return new NoticeView("Thông báo kết quả Bộ chỉ số 766 " + month + " — " + pp.name(), subtitle,
                settings.parentBody(), settings.issuingBody(), settings.numberLine(), settings.dateLine(), subtitle,
                sections, groups.stream().map(Group::name).toList(), recipients(settings), settings.signer(),
                settings.signerName(), "Kèm theo Thông báo " + settings.numberLine().replace("Số: ", "số ")
                        + " " + settings.dateLine().substring(settings.dateLine().indexOf("ngày")),
                appendix, bookmarks(sections));
    }

    /** What the notice's own pages print (the appended scorecards have their own fingerprints). */
    static List<Object> printed(NoticeView view) {
        return List.of(view.title(), view.parentBody(), view.issuingBody(), view.numberLine(), view.dateLine(),
                view.subtitle(), view.sections(), view.groupNames(), view.recipients(), view.signer(),
                view.signerName(), view.appendixNote(), view.appendix());
    }

    /** "- …;" lines, the last one "- Lưu: VT, …." as the standard writes them. */
    private static List<String> recipients(NoticeSettings settings) {
        List<String> lines = new ArrayList<>();
        settings.recipients().forEach(r -> lines.add("- " + r.replaceAll("[;.,]+$", "") + ";"));
        lines.add("- Lưu: " + settings.archive().replaceAll("[;.]+$", "") + ".");
        return lines;
    }

    /** The outline of the notice's own pages; the units are added under the appendix's entry when appended. */
    private static List<Bookmark> bookmarks(List<Section> sections) {
        List<Bookmark> body = new ArrayList<>();
        for (int i = 0; i < sections.size(); i++) {
            body.add(Bookmark.of((i + 1) + ". " + sections.get(i).heading(), sections.get(i).anchor()));
        }
        body.add(Bookmark.of("Nơi nhận và chữ ký", "ky"));
        return List.of(new Bookmark("Thông báo", "thong-bao", body), Bookmark.of(NoticeAppendix.TITLE, "phu-luc"));
    }
}
