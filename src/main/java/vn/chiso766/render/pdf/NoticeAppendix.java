package vn.chiso766.render.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.chiso766.model.Group;
import vn.chiso766.score.ScopeStats;
import vn.chiso766.score.UnitResult;

/**
 * An appendix of the notice, after its signature: every unit of one kind in rank order (those
 * without complete data last) with its six group scores, total, band, rank, change and the file
 * of its scorecard. "—" wherever there is no figure.
 *
 * @param number  "I", "II", … in the order of the kinds
 * @param title   "Kết quả các sở, ban, ngành", as the outline names it
 * @param heading the title in capitals, as the page prints it
 * @param moved   whether the period has a previous one to compare with (the change columns)
 */
public record NoticeAppendix(String anchor, String number, String title, String heading, List<Row> rows,
                             boolean moved) {
    private static final String[] ROMAN = {"I", "II", "III", "IV", "V"};
    private static final String NONE = "—";

    /** @param card the file name of the unit's scorecard PDF, in the period's pdf/ folder */
    public record Row(String rank, String name, List<String> groups, String total, String band, String change,
                      String rankChange, String card) {
    }

    /** One appendix per kind of unit that has units, numbered in the order of the tables. */
    static List<NoticeAppendix> of(ProvincePeriod pp, String month) {
        List<Group> groups = pp.catalogue().groups();
        List<NoticeAppendix> out = new ArrayList<>();
        for (ScopeStats table : pp.tables()) {
            if (table.ranking().isEmpty()) {
                continue;
            }
            String number = ROMAN[out.size()];
            String kind = "các " + NoticeText.lower(table.scope().kind().label());
            List<Row> rows = table.ranking().stream().map(u -> row(pp, u, groups)).toList();
            out.add(new NoticeAppendix("phu-luc-" + number.toLowerCase(Locale.ROOT), number, "Kết quả " + kind,
                    ("Kết quả Bộ chỉ số " + month + " của " + kind).toUpperCase(Locale.forLanguageTag("vi")), rows,
                    pp.previous().isPresent()));
        }
        return out;
    }

    /** A unit's line, also used by the body's short tables. */
    static Row row(ProvincePeriod pp, UnitResult unit, List<Group> groups) {
        RankingRow r = RankingRow.of(unit, groups);
        String path = pp.map().scorecardPdf(pp.period().period(), unit.unit().code());
        return new Row(r.rank(), r.name(), r.groups(), r.total(), r.complete() ? r.band() : NONE, dash(r.change()),
                dash(r.rankChange()), path.substring(path.lastIndexOf('/') + 1));
    }

    private static String dash(String text) {
        return text.isEmpty() ? NONE : text;
    }
}
