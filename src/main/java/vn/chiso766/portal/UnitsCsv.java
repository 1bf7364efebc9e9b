package vn.chiso766.portal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.chiso766.load.CsvTable;

/**
 * units.csv updated with the portal's units: new ones added (with their portal id), names already
 * there kept (they are the user's), vanished ones kept and reported.
 */
final class UnitsCsv {
    static final String PORTAL_ID = "portal_id";
    private static final List<String> HEADER = List.of("code", "name", "kind", "parent", PORTAL_ID);
    /** The portal's " - tỉnh Gia Lai" / " - Tỉnh Phú Thọ" / " - Thành phố Huế" after a department's name. */
    private static final Pattern SUFFIX = Pattern.compile("\\s+-\\s+(tỉnh|thành phố|tp\\.?)\\s+\\S.*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private final List<String> header;
    private final Map<String, List<String>> rows = new LinkedHashMap<>();
    private final List<String> added = new ArrayList<>();

    private UnitsCsv(Optional<CsvTable> existing) {
        header = new ArrayList<>(existing.map(CsvTable::header).orElse(HEADER));
        if (!header.contains(PORTAL_ID)) {
            header.add(PORTAL_ID);
        }
        existing.ifPresent(t -> t.rows().forEach(r -> {
            List<String> cells = new ArrayList<>(r.cells());
            while (cells.size() < header.size()) {
                cells.add("");
            }
            rows.put(cells.get(header.indexOf("code")), cells);
        }));
    }

    static UnitsCsv of(Optional<CsvTable> existing) {
        return new UnitsCsv(existing);
    }

    /** units.csv's portal ids to codes. */
    Map<String, String> codesById() {
        int id = header.indexOf(PORTAL_ID);
        int code = header.indexOf("code");
        return rows.values().stream().filter(r -> !r.get(id).isEmpty())
                .collect(Collectors.toMap(r -> r.get(id), r -> r.get(code), (a, b) -> a));
    }

    /** Adds a unit the file lacks; fills in the portal id of one it has. */
    void put(PortalUnit unit) {
        List<String> row = rows.get(unit.code());
        if (row == null) {
            row = new ArrayList<>(java.util.Collections.nCopies(header.size(), ""));
            set(row, "code", unit.code());
            set(row, "name", unit.kind() == vn.chiso766.model.Kind.PROVINCE ? unit.name() : shortName(unit.name()));
            set(row, "kind", unit.kind().name());
            set(row, "parent", unit.parent());
            rows.put(unit.code(), row);
            added.add(unit.code() + " " + get(row, "name") + " (" + unit.kind().label().toLowerCase() + ")");
        }
        if (get(row, PORTAL_ID).isEmpty()) {
            set(row, PORTAL_ID, unit.id());
        }
    }

    List<String> added() {
        return List.copyOf(added);
    }

    /** Units of these provinces that the answers no longer name: "H21.30 Sở Cũ". */
    List<String> vanished(Set<String> provinces, Collection<String> imported) {
        return rows.values().stream()
                .filter(r -> provinces.contains(get(r, "parent")) && !imported.contains(get(r, "code")))
                .map(r -> get(r, "code") + " " + get(r, "name")).toList();
    }

    byte[] bytes() {
        return Csv.write(header, List.copyOf(rows.values()));
    }

    static String shortName(String name) {
        return SUFFIX.matcher(name).replaceFirst("");
    }

    private String get(List<String> row, String column) {
        return row.get(header.indexOf(column));
    }

    private void set(List<String> row, String column, String value) {
        row.set(header.indexOf(column), value);
    }
}
