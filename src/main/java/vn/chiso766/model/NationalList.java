package vn.chiso766.model;

import java.util.List;
import java.util.Optional;

/** The national list of every province for one period, rows in file order. */
public record NationalList(Period period, String file, List<NationalRow> rows) {
    public NationalList {
        rows = List.copyOf(rows);
    }

    public Optional<NationalRow> row(String provinceCode) {
        return rows.stream().filter(r -> r.provinceCode().equals(provinceCode)).findFirst();
    }
}
