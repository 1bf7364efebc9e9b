package vn.chiso766.portal.fetch;

import java.util.ArrayList;
import java.util.List;
import vn.chiso766.model.Period;
import vn.chiso766.portal.Endpoint;
import vn.chiso766.publish.Progress;

/** The calls of a fetch, in the order the portal's own pages make them, one at a time. */
public final class Fetcher {
    /** A province has ~250 units, two pages of 200: far more means a broken answer. */
    static final int MAX_PAGES = 50;

    private final PortalClient client;

    public Fetcher(PortalClient client) {
        this.client = client;
    }

    /** The national list (to find the province's id), then the province's unit list and six groups. */
    public Haul province(Period period, String code) throws FetchException {
        Pages national = national(period);
        Province province = NationalList.find(NationalList.provinces(national, period), code, period);
        return new Haul(period, List.of(new Folder(Call.NATIONAL, List.of(national)), province(period, province)));
    }

    /** The national list, then every province of it in turn. */
    public Haul country(Period period, Progress progress) throws FetchException {
        Pages national = national(period);
        List<Province> provinces = NationalList.provinces(national, period);
        List<Folder> folders = new ArrayList<>(List.of(new Folder(Call.NATIONAL, List.of(national))));
        progress.start(provinces.size());
        try {
            for (Province province : provinces) {
                folders.add(province(period, province));
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

    private Folder province(Period period, Province province) throws FetchException {
        List<Pages> all = new ArrayList<>();
        all.add(pages(call(province, Endpoint.UNITS, period)));
        for (Endpoint endpoint : Endpoint.groups()) {
            all.add(pages(call(province, endpoint, period)));
        }
        return new Folder(province.code(), all);
    }

    private static Call call(Province province, Endpoint endpoint, Period period) {
        return new Call(province.code(), endpoint, 1, Bodies.province(endpoint, period, province.id(), 1));
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
