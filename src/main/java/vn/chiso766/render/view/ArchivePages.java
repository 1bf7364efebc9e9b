package vn.chiso766.render.view;

import java.util.ArrayList;
import java.util.List;
import vn.chiso766.model.Period;
import vn.chiso766.model.PeriodNames;
import vn.chiso766.render.Format;
import vn.chiso766.render.data.OpenData;
import vn.chiso766.score.PeriodResult;

/** Builds the archive of periods. */
public final class ArchivePages {
    private ArchivePages() {
    }

    public static ArchivePage of(SiteMap map) {
        List<ArchivePage.Entry> entries = new ArrayList<>();
        List<PeriodResult> periods = new ArrayList<>(map.results().periods());
        java.util.Collections.reverse(periods);
        for (PeriodResult period : periods) {
            Period p = period.period();
            List<Link> rankings = !map.published(p) ? List.of() : map.rankings(period).stream()
                    .map(s -> new Link(map.ranking(p, s.scope()), RankingPages.scopeLabel(map, s))).toList();
            long ranked = period.units().stream().filter(u -> u.standing().rank().isPresent()).count();
            entries.add(new ArchivePage.Entry(new Link(map.period(p), "Kỳ " + PeriodNames.monthShort(p)),
                    Format.count(period.units().size()), Format.count(ranked), rankings,
                    map.national() ? List.of() : map.documents(p, map.provinces().keySet().iterator().next()),
                    new Link(map.quality(p), "Chất lượng dữ liệu"), new Link(map.openData(p, OpenData.CSV), OpenData.CSV),
                    new Link(map.openData(p, OpenData.JSON), OpenData.JSON), map.workbook(p)));
        }
        Frame frame = Frames.of(map, SiteMap.ARCHIVE, "Lưu trữ các kỳ", map.results().latest().period(),
                List.of(Frames.home())).timeless().withKinds(Frames.kinds(map));
        return new ArchivePage(frame, entries);
    }
}
