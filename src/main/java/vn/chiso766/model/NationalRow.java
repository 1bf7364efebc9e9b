package vn.chiso766.model;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A province's row of the portal's national list (national/YYYY-MM.csv).
 *
 * @param groups     the group scores present, by group code in file order; a group without data is absent
 * @param total      the portal's total; empty where it has none
 * @param deltaTotal the portal's scoreDelta, change from the previous period; empty where not given
 * @param source     where the row stands
 */
public record NationalRow(String provinceCode, String provinceName, String departmentId,
                          Map<String, BigDecimal> groups, Optional<BigDecimal> total,
                          Optional<BigDecimal> deltaTotal, Observation.Source source) {
    public NationalRow {
        groups = Collections.unmodifiableMap(new LinkedHashMap<>(groups));
    }

    public Optional<BigDecimal> group(String code) {
        return Optional.ofNullable(groups.get(code));
    }
}
