package vn.chiso766.render.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.chiso766.model.Group;
import vn.chiso766.model.Period;
import vn.chiso766.model.PeriodNames;
import vn.chiso766.score.ScopeStats;
import vn.chiso766.score.UnitResult;

/**
 * What the notice of one province shows: a letter of a few pages (the official header, the body
 * written from the figures with the leading and lagging units of each kind, the requests,
 * recipients and signature), then one appendix per kind of unit with every unit's result.
 * Each unit's scorecard is its own PDF; the notice says where to find it.
 *
 * @param provisional the line under the title for provisional figures, empty for final ones
 * @param moved       whether the period has a previous one (the tables' change columns)
 */
public record NoticeView(String title, String subject, String parentBody, List<String> issuingBody,
                         String numberLine, String dateLine, String subtitle, String provisional,
                         List<Section> sections, List<String> groupNames, boolean moved, List<String> recipients,
                         List<String> signer, String signerName, String appendixNote,
                         List<NoticeAppendix> appendices, List<Bookmark> bookmarks) {
    /** Units a kind's short table lists from the top and from the bottom. */
    static final int ENDS = 5;

    /**
     * A numbered part of the body.
     *
     * @param caption  what the short table shows, empty for sections without one
     * @param best     the short table's first rows: the leading units (or all of them, where few)
     * @param weakest  its rows after a gap: the lowest units, in rank order; empty where all are in {@code best}
     */
    public record Section(String anchor, String heading, List<String> paragraphs, String caption,
                          List<NoticeAppendix.Row> best, List<NoticeAppendix.Row> weakest) {
        static Section text(String anchor, String heading, List<String> paragraphs) {
            return new Section(anchor, heading, paragraphs, "", List.of(), List.of());
        }
    }

    public static NoticeView of(ProvincePeriod pp, NoticeSettings settings) {
        String label = NoticeSettings.provinceLabel(pp.name());
        Period period = pp.period().period();
        List<Group> groups = pp.catalogue().groups();
        List<NoticeAppendix> appendices = NoticeAppendix.of(pp, PeriodNames.month(period));
        List<Section> sections = new ArrayList<>();
        sections.add(Section.text("tinh", "Kết quả chung của " + label, NoticeText.province(pp, label)));
        int appendix = 0;
        for (ScopeStats table : pp.tables()) {
            String where = table.ranking().isEmpty() ? "" : appendices.get(appendix++).number();
            sections.add(kind(pp, table, where));
        }
        TargetText.section(pp).ifPresent(sections::add);
        sections.add(Section.text("diem-nghen", "Các chỉ số mất nhiều điểm (điểm nghẽn)",
                NoticeText.bottlenecks(pp, label)));
        sections.add(Section.text("ke-hoach", "Đơn vị cần tập trung khắc phục", PlanText.paragraphs(pp)));
        sections.add(Section.text("de-nghi", "Đề nghị", List.of(NoticeRequests.request(pp),
                NoticeRequests.cards(pp, settings.address(), appendices))));
        String subtitle = "Kết quả đánh giá Bộ chỉ số phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành"
                + " chính, dịch vụ công " + PeriodNames.formal(period);
        return new NoticeView("Thông báo kết quả Bộ chỉ số 766 " + PeriodNames.title(period) + " — " + pp.name(), subtitle,
                settings.parentBody(), settings.issuingBody(), settings.numberLine(), settings.dateLine(), subtitle,
                PeriodNames.provisional(period), sections, groups.stream().map(Group::name).toList(),
                pp.previous().isPresent(), recipients(settings), settings.signer(), settings.signerName(),
                "Kèm theo Thông báo " + settings.numberLine().replace("Số: ", "số ") + " "
                        + settings.dateLine().substring(settings.dateLine().indexOf("ngày")),
                appendices, bookmarks(sections, appendices));
    }

    /** A kind's paragraphs, its leading and lowest units, and where the appendix lists them all. */
    private static Section kind(ProvincePeriod pp, ScopeStats table, String appendix) {
        List<Group> groups = pp.catalogue().groups();
        List<String> paragraphs = new ArrayList<>(NoticeText.table(pp, table));
        String kind = NoticeText.lower(table.scope().kind().label());
        if (!appendix.isEmpty()) {
            paragraphs.add("Chi tiết kết quả của từng đơn vị tại Phụ lục " + appendix + " kèm theo.");
        }
        List<UnitResult> ranked = table.ranked();
        boolean all = ranked.size() <= 2 * ENDS;
        List<UnitResult> best = all ? ranked : ranked.subList(0, ENDS);
        List<UnitResult> weakest = all ? List.of() : ranked.subList(ranked.size() - ENDS, ranked.size());
        String caption = ranked.isEmpty() ? "" : all ? "Xếp hạng các " + kind
                : ENDS + " đơn vị dẫn đầu và " + ENDS + " đơn vị thấp nhất";
        return new Section("xep-hang-" + table.scope().kind().name().toLowerCase(Locale.ROOT),
                "Kết quả của các " + kind, paragraphs, caption,
                best.stream().map(u -> NoticeAppendix.row(pp, u, groups)).toList(),
                weakest.stream().map(u -> NoticeAppendix.row(pp, u, groups)).toList());
    }

    /** "- …;" lines, the last one "- Lưu: VT, …." as the standard writes them. */
    private static List<String> recipients(NoticeSettings settings) {
        List<String> lines = new ArrayList<>();
        settings.recipients().forEach(r -> lines.add("- " + r.replaceAll("[;.,]+$", "") + ";"));
        lines.add("- Lưu: " + settings.archive().replaceAll("[;.]+$", "") + ".");
        return lines;
    }

    /** The body's sections and signature under "Thông báo", then each appendix. */
    private static List<Bookmark> bookmarks(List<Section> sections, List<NoticeAppendix> appendices) {
        List<Bookmark> body = new ArrayList<>();
        for (int i = 0; i < sections.size(); i++) {
            body.add(Bookmark.of((i + 1) + ". " + sections.get(i).heading(), sections.get(i).anchor()));
        }
        body.add(Bookmark.of("Nơi nhận và chữ ký", "ky"));
        List<Bookmark> marks = new ArrayList<>(List.of(new Bookmark("Thông báo", "thong-bao", body)));
        appendices.forEach(a -> marks.add(Bookmark.of("Phụ lục " + a.number() + ": " + a.title(), a.anchor())));
        return marks;
    }
}
