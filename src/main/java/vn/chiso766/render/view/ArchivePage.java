package vn.chiso766.render.view;

import java.util.List;

/** Every period of the data, newest first, with its pages and files. */
public record ArchivePage(Frame frame, List<Entry> periods) {

    /** A period: its overview, ranking tables, data-quality page and open data. */
    /** @param documents the province's notice and briefing; empty in national data (see each overview) */
    public record Entry(Link overview, String units, String ranked, List<Link> rankings, List<Link> documents,
                        Link quality, Link csv, Link json, Link workbook) {
    }
}
