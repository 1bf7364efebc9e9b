package vn.chiso766.portal.fetch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import vn.chiso766.model.Period;
import vn.chiso766.model.PeriodNames;
import vn.chiso766.portal.Endpoint;

/** The calls of a fetch, in the order the portal's own pages make them, one at a time. */
public final class Fetcher {
    /** A province has ~250 units, two pages of 200: far more means a broken answer. */
    static final int MAX_PAGES = 50;
    /** A province's calls: its unit list, then the six groups. */
    private static final List<Endpoint> PROVINCE = Stream.concat(Stream.of(Endpoint.UNITS),
            Endpoint.groups().stream()).toList();

    private final PortalClient client;

    /** Told as the country's provinces are fetched, for a progress bar (publish.Progress draws one). */
    public interface Steps {
        void start(int provinces);

        void step();

        void finish();
    }

    public Fetcher(PortalClient client) {
        this.client = client;
    }

    /** The national list (to find the province's id), then the province's unit list and six groups. */
    public Haul province(Period period, String code) throws FetchException {
        Pages national = national(period);
        LocalDate day = day(national, period);
        Province province = NationalList.find(NationalList.provinces(national, period), code, period);
        return new Haul(period, List.of(new Folder(Call.NATIONAL, List.of(national)), province(period, day, province)));
    }

    /** The national list, then every province of it in turn. */
    public Haul country(Period period, Steps progress) throws FetchException {
        Pages national = national(period);
        LocalDate day = day(national, period);
        List<Province> provinces = NationalList.provinces(national, period);
        List<Folder> folders = new ArrayList<>(List.of(new Folder(Call.NATIONAL, List.of(national))));
        progress.start(provinces.size());
        try {
            for (Province province : provinces) {
                folders.add(province(period, day, province));
                progress.step();
            }
        } finally {
            progress.finish();
        }
        return new Haul(period, folders);
    }

    private Pages national(Period period) throws FetchException {
        return pages(new Call(Call.NATIONAL, Endpoint.NATIONAL, 1, Bodies.national(period)));
    }

    /**
     * The day of the fetch by the portal's own clock (the Date of its first answer, in Vietnam's time):
     * where a running period's figures end. A period that has not begun there has no figures.
     */
    private static LocalDate day(Pages national, Period period) throws FetchException {
        LocalDate day = national.received().get(0).taken().toLocalDate();
        if (day.isBefore(period.firstDay())) {
            throw new FetchException("Theo đồng hồ của Cổng DVC quốc gia hôm nay là " + PeriodNames.date(day) + " (giờ Việt"
                    + " Nam): kỳ " + period + " (" + PeriodNames.month(period) + ") chưa bắt đầu, chưa có số liệu.");
        }
        return day;
    }

    private Folder province(Period period, LocalDate day, Province province) throws FetchException {
        List<Pages> all = new ArrayList<>();
        for (Endpoint endpoint : PROVINCE) {
            all.add(pages(new Call(province.code(), endpoint, 1,
                    Bodies.province(endpoint, period, day, province.id(), 1))));
        }
        return new Folder(province.code(), all);
    }

    /** The first page, then the others that its data.pagination.totalPages announces. */
    private Pages pages(Call first) throws FetchException {
        Received one = client.post(first);
        int total = one.totalPages();
        if (total > MAX_PAGES) {
            throw new FetchException("Câu trả lời cho " + first.label() + " báo " + total + " trang (data.pagination"
                    + ".totalPages), quá " + MAX_PAGES + " trang mà một tỉnh có thể có: câu trả lời bất thường.");
        }
        List<Received> received = new ArrayList<>(List.of(one));
        for (int page = 2; page <= total; page++) {
            received.add(client.post(first.page(page)));
        }
        return new Pages(first.endpoint(), received);
    }
}
