package vn.chiso766.model;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Where a period's figures came from (sources/YYYY-MM.properties).
 *
 * @param portal      the portal's address, where the figures were fetched from it
 * @param files       the portal's answer files imported, where the figures came from files
 * @param retrievedAt when they were fetched or imported, with the offset as written
 */
public record Provenance(Period period, Kind kind, Optional<String> portal, List<String> files,
                         OffsetDateTime retrievedAt) {
    public Provenance {
        files = List.copyOf(files);
    }

    /** How the figures arrived. */
    public enum Kind {
        /** Fetched from the portal's API ("source=portal"). */
        PORTAL,
        /** Imported from saved answer files ("source=files"). */
        FILES
    }
}
