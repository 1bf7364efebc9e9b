package vn.chiso766.score;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.chiso766.model.Band;
import vn.chiso766.model.Catalogue;
import vn.chiso766.model.Dataset;
import vn.chiso766.model.Group;
import vn.chiso766.model.Indicator;
import vn.chiso766.model.Kind;
import vn.chiso766.model.Observation;
import vn.chiso766.model.Period;
import vn.chiso766.model.PeriodData;
import vn.chiso766.model.Rule;
import vn.chiso766.model.Settings;
import vn.chiso766.model.Unit;

/** Plain records for scoring tests: a two-group catalogue (A: 60 from one indicator, B: 40 given). */
final class Fixtures {
    static final Catalogue CATALOGUE = new Catalogue(
            List.of(new Group("A", "Nhóm A", BigDecimal.valueOf(60)), new Group("B", "Nhóm B", BigDecimal.valueOf(40))),
            List.of(new Indicator("A1", "A", "Chỉ số A1", BigDecimal.valueOf(60), new Rule.Linear(), false)),
            List.of(new Band("Xuất sắc", BigDecimal.valueOf(90)), new Band("Tốt", BigDecimal.valueOf(80)),
                    new Band("Khá", BigDecimal.valueOf(70)), new Band("Trung bình", BigDecimal.valueOf(50)),
                    new Band("Yếu", BigDecimal.ZERO)));

    private Fixtures() {
    }

    static Unit province(String code) {
        return new Unit(code, "Tỉnh " + code, Kind.PROVINCE, Optional.empty(), null);
    }

    static Unit unit(String code, Kind kind, String province) {
        return new Unit(code, "Đơn vị " + code, kind, Optional.of(province), null);
    }

    /** Observations giving a unit A = 60 × a/100 and B = b (as given). */
    static List<Observation> scores(String unit, int a, String b) {
        List<Observation> rows = new ArrayList<>();
        rows.add(obs(unit, "A1", BigDecimal.valueOf(a), BigDecimal.valueOf(100), null));
        if (b != null) {
            rows.add(obs(unit, "B", null, null, new BigDecimal(b)));
        }
        return rows;
    }

    static Observation obs(String unit, String code, BigDecimal numerator, BigDecimal denominator, BigDecimal score) {
        return new Observation(unit, code, Optional.ofNullable(numerator), Optional.ofNullable(denominator),
                Optional.ofNullable(score), new Observation.Source("test.csv", 2));
    }

    static PeriodData period(String period, List<Observation> rows) {
        return new PeriodData(Period.parse(period).orElseThrow(), "scores/" + period + ".csv", rows);
    }

    static Dataset dataset(List<Unit> units, PeriodData... periods) {
        return new Dataset(units, CATALOGUE, List.of(periods), Settings.empty());
    }
}
