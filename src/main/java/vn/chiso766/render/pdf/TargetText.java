package vn.chiso766.render.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.chiso766.model.Dataset;
import vn.chiso766.model.PeriodNames;
import vn.chiso766.model.Target;
import vn.chiso766.render.view.ShortfallTexts;
import vn.chiso766.render.view.TargetTexts;
import vn.chiso766.render.view.TargetsPages;
import vn.chiso766.score.TargetResult;
import vn.chiso766.score.Targets;

/**
 * The notice's section "Kết quả thực hiện chỉ tiêu được giao" and the briefing's table of
 * targets: per row of targets.csv, how many of the province's units met it and who missed it by how much.
 */
final class TargetText {
    static final String HEADING = "Kết quả thực hiện chỉ tiêu được giao";
    /** Units a notice's sentence names per target, furthest from it first; the appendix has the rest. */
    static final int NAMED = 5;
    /** Units a briefing's row names. */
    static final int BRIEF = 1;

    private TargetText() {
    }

    /** The notice's section, where a target applies to the province's units in the period. */
    static Optional<NoticeView.Section> section(ProvincePeriod pp) {
        Map<Target, List<TargetResult>> rows = rows(pp);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add("Trong " + PeriodNames.month(pp.period().period()) + ", các đơn vị được đánh giá theo "
                + rows.size() + " chỉ tiêu được giao; kết quả thực hiện như sau:");
        rows.forEach((target, results) -> paragraphs.add(paragraph(pp, target, results)));
        if (rows.values().stream().flatMap(List::stream).anyMatch(TargetResult::missed)) {
            paragraphs.add("Đề nghị các cơ quan, đơn vị chưa đạt chỉ tiêu rà soát nguyên nhân, có giải pháp khắc phục"
                    + " để đạt chỉ tiêu được giao trong kỳ tiếp theo; kết quả thực hiện từng chỉ tiêu của mỗi đơn vị"
                    + " ghi trong phiếu kết quả của đơn vị.");
        }
        return Optional.of(NoticeView.Section.text("chi-tieu", HEADING, paragraphs));
    }

    /** One target in a sentence: its level and source, how many met, who missed it by how much. */
    static String paragraph(ProvincePeriod pp, Target target, List<TargetResult> results) {
        TargetResult first = results.get(0);
        long met = results.stream().filter(TargetResult::met).count();
        List<TargetResult> missed = Targets.missed(results);
        long none = results.size() - met - missed.size();
        String source = target.source().isEmpty() ? "" : ", theo " + target.source();
        String head = "- Chỉ tiêu \u201c" + TargetTexts.name(target.indicator(), pp.catalogue()) + "\u201d "
                + TargetTexts.target(first) + " (áp dụng cho " + TargetsPages.scope(pp.map(), target) + source + "): "
                + met + "/" + results.size() + " đơn vị đạt";
        String missing = missed.isEmpty() ? "" : "; " + missed.size() + " đơn vị chưa đạt, gồm: " + named(missed, NAMED)
                + (missed.size() > NAMED ? " và " + (missed.size() - NAMED) + " đơn vị khác" : "");
        return head + missing + (none > 0 ? "; " + none + " đơn vị chưa có số liệu" : "") + ".";
    }

    /** "Sở Công Thương (cần thêm 367 hồ sơ), UBND xã A (còn thiếu 4,00 điểm)". */
    static String named(List<TargetResult> missed, int limit) {
        return missed.stream().limit(limit).map(r -> ShortfallTexts.addressee(r.unit().name(), r.unit().kind())
                + " (" + TargetTexts.brief(r) + ")").collect(Collectors.joining(", "));
    }

    /** The province's units' results by row of targets.csv, in file order. */
    static Map<Target, List<TargetResult>> rows(ProvincePeriod pp) {
        Dataset dataset = pp.map().results().dataset();
        List<TargetResult> results = Targets.of(pp.period(), dataset.targets(), pp.catalogue()).stream()
                .filter(r -> r.unit().provinceCode().equals(pp.code())).toList();
        return Targets.byTarget(dataset.targets(), results);
    }

    /** The briefing's rows: the target, for whom, how many met, the units furthest from it. */
    static List<BriefingView.TargetRow> briefing(ProvincePeriod pp) {
        List<BriefingView.TargetRow> rows = new ArrayList<>();
        rows(pp).forEach((target, results) -> {
            List<TargetResult> missed = Targets.missed(results);
            rows.add(new BriefingView.TargetRow(TargetTexts.name(target.indicator(), pp.catalogue()) + " "
                    + TargetTexts.target(results.get(0)), TargetsPages.scope(pp.map(), target),
                    results.stream().filter(TargetResult::met).count() + "/" + results.size(),
                    Long.toString(missed.size()), named(missed, BRIEF)
                    + (missed.size() > BRIEF ? " và " + (missed.size() - BRIEF) + " đơn vị khác" : "")));
        });
        return rows;
    }
}
