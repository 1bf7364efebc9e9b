package vn.chiso766.render.data;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.chiso766.model.Band;
import vn.chiso766.model.Group;
import vn.chiso766.score.NationalPlace;
import vn.chiso766.score.NationalRanking;

/**
 * The open-data records of a national list, in rank order, with the field names of ket-qua.csv:
 * province_code,province_name,CKMB,…,MDHL,total,band,rank,delta_total,delta_rank.
 */
final class NationalRecords {
    private NationalRecords() {
    }

    static List<Map<String, Object>> of(NationalRanking ranking, List<Group> groups) {
        return ranking.places().stream().map(p -> record(p, groups)).toList();
    }

    private static Map<String, Object> record(NationalPlace place, List<Group> groups) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("province_code", place.row().provinceCode());
        r.put("province_name", place.row().provinceName());
        for (Group group : groups) {
            r.put(group.code(), place.row().group(group.code()).map(OpenData::two).orElse(null));
        }
        r.put("total", place.row().total().map(OpenData::two).orElse(null));
        r.put("band", place.band().map(Band::name).orElse(null));
        r.put("rank", place.rank().orElse(null));
        r.put("delta_total", place.row().deltaTotal().map(OpenData::two).orElse(null));
        r.put("delta_rank", place.deltaRank().orElse(null));
        return r;
    }
}
