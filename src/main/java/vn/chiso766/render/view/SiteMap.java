package vn.chiso766.render.view;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.chiso766.model.Kind;
import vn.chiso766.model.Period;
import vn.chiso766.model.Unit;
import vn.chiso766.render.Slugs;
import vn.chiso766.score.PeriodResult;
import vn.chiso766.score.Results;
import vn.chiso766.score.Scope;
import vn.chiso766.score.ScopeStats;

/**
 * Where every page of the site lives, as paths relative to the site's root. A single
 * province keeps the short names (xep-hang/so-nganh.html); national data adds the province
 * to each ranking page (xep-hang/so-nganh-h21.html) and ranks provinces in xep-hang/tinh.html.
 */
public final class SiteMap {
    public static final String HOME = "index.html";
    public static final String ARCHIVE = "luu-tru.html";

    private final Results results;
    private final Slugs units;
    private final Map<String, String> provinceSlugs;
    private final Map<String, String> provinceNames;
    private final java.util.Set<Period> published;

    public SiteMap(Results results) {
        this(results, Integer.MAX_VALUE);
    }

    /**
     * @param recent how many of the latest periods of each kind (months, quarters, years) publish
     *               pages and PDFs; the paths of an older period's pages are empty, so links to them
     *               print as plain text
     */
    public SiteMap(Results results, int recent) {
        this.results = results;
        this.published = new java.util.HashSet<>();
        for (Period.Span span : results.spans()) {
            List<PeriodResult> periods = results.series(span);
            periods.subList(Math.max(0, periods.size() - Math.max(1, recent)), periods.size())
                    .forEach(p -> published.add(p.period().plain()));
        }
        this.units = Slugs.of(results.dataset().units());
        this.provinceNames = provinceNames(results);
        List<Unit> provinces = provinceNames.keySet().stream()
                .map(code -> new Unit(code, code, Kind.PROVINCE, Optional.empty(), Map.of())).toList();
        Slugs slugs = Slugs.of(provinces);
        this.provinceSlugs = new LinkedHashMap<>();
        provinceNames.keySet().forEach(code -> provinceSlugs.put(code, slugs.of(code)));
    }

    /** True where the data holds several provinces. */
    public boolean national() {
        return provinceNames.size() > 1;
    }

    /** Province codes in units.csv order, with their names (the code where the province has no row). */
    public Map<String, String> provinces() {
        return provinceNames;
    }

    public String provinceName(String code) {
        return provinceNames.getOrDefault(code, code);
    }

    /** True where the period publishes its pages and PDFs (every period unless --recent); any of its snapshots too. */
    public boolean published(Period period) {
        return published.contains(period.plain());
    }

    public String period(Period period) {
        return published(period) ? period + "/index.html" : "";
    }

    public String quality(Period period) {
        return published(period) ? period + "/chat-luong-du-lieu.html" : "";
    }

    /** A province's plan: the units holding it back, in counts (ke-hoach.html; national data: ke-hoach-h21.html). */
    public String plan(Period period, String provinceCode) {
        if (!published(period)) {
            return "";
        }
        return period + "/ke-hoach" + (national() ? "-" + provinceSlugs.get(provinceCode) : "") + ".html";
    }

    /** The period's page of targets (periods that targets.csv applies to). */
    public String targets(Period period) {
        return published(period) ? period + "/chi-tieu.html" : "";
    }

    /** The page ranking the provinces of the portal's national list (periods that have one). */
    public String nationalRanking(Period period) {
        return published(period) ? period + "/xep-hang/cac-tinh.html" : "";
    }

    public String openData(Period period, String file) {
        return period + "/" + file;
    }

    /** The period's workbook (render.office.Workbooks), published with its pages; the file name as its text. */
    public Link workbook(Period period) {
        String name = "ket-qua-" + period + ".xlsx";
        return new Link(published(period) ? period + "/" + name : "", name);
    }

    public String scorecard(Period period, String unitCode) {
        return published(period) ? period + "/don-vi/" + units.of(unitCode) + ".html" : "";
    }

    /** A unit's printed scorecard, a PDF (render.pdf). */
    public String scorecardPdf(Period period, String unitCode) {
        if (!published(period)) {
            return "";
        }
        return period + "/pdf/" + units.of(unitCode) + ".pdf";
    }

    /** A province's monthly notice (thong-bao) or meeting briefing (tom-tat), PDFs named after the province in national data. */
    public String provincePdf(Period period, String name, String provinceCode) {
        return provinceFile(period, name, provinceCode, "pdf");
    }

    /** A province's document of a period in another format (the notice's Word draft: "docx"). */
    public String provinceFile(Period period, String name, String provinceCode, String extension) {
        return period + "/" + name + "-" + period + (national() ? "-" + provinceSlugs.get(provinceCode) : "") + "."
                + extension;
    }

    /** The monthly notice and the meeting briefing a province publishes for a period. */
    public List<Link> documents(Period period, String provinceCode) {
        if (!published(period)) {
            return List.of();
        }
        List<Link> links = new ArrayList<>(List.of(
                new Link(provincePdf(period, "thong-bao", provinceCode), "Thông báo kết quả (PDF)"),
                new Link(provinceFile(period, "thong-bao", provinceCode, "docx"),
                        "Thông báo kết quả (Word, bản dự thảo để chỉnh sửa)"),
                new Link(provincePdf(period, "tom-tat", provinceCode), "Tóm tắt cho cuộc họp (PDF)")));
        if (national()) {
            // a single province links its plan from every page's navigation instead
            links.add(new Link(plan(period, provinceCode), "Kế hoạch khắc phục"));
        }
        return List.copyOf(links);
    }

    public String history(String unitCode) {
        return "don-vi/" + units.of(unitCode) + ".html";
    }

    public String ranking(Period period, Scope scope) {
        if (!published(period)) {
            return "";
        }
        String kind = kindSlug(scope.kind());
        String name = scope.national() || !national() ? kind : kind + "-" + provinceSlugs.get(scope.province());
        return period + "/xep-hang/" + name + ".html";
    }

    /** The ranking tables a period publishes: every scope with someone to rank against. */
    public List<ScopeStats> rankings(PeriodResult period) {
        List<ScopeStats> out = new ArrayList<>();
        for (ScopeStats stats : period.scopes()) {
            if (!stats.scope().national() || stats.ranking().size() > 1) {
                out.add(stats);
            }
        }
        return out;
    }

    /** Slug of a kind in file names. */
    static String kindSlug(Kind kind) {
        return switch (kind) {
            case PROVINCE -> "tinh";
            case AGENCY -> "so-nganh";
            case COMMUNE -> "xa-phuong";
            case DISTRICT -> "huyen";
        };
    }

    /** "../" once per folder of a path, to reach the site's root from it. */
    public static String root(String path) {
        return "../".repeat((int) path.chars().filter(c -> c == '/').count());
    }

    public Results results() {
        return results;
    }

    private static Map<String, String> provinceNames(Results results) {
        Map<String, String> names = new LinkedHashMap<>();
        for (Unit unit : results.dataset().units()) {
            if (unit.kind() == Kind.PROVINCE) {
                names.put(unit.code(), unit.name());
            }
        }
        for (Unit unit : results.dataset().units()) {
            names.putIfAbsent(unit.provinceCode(), unit.provinceCode());
        }
        return names;
    }
}
