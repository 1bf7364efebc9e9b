package vn.chiso766.portal;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * Where a period's figures came from and when: the portal itself (its base URL) or answer files
 * saved from a browser. Written to sources/{period}.properties and stated by the publication.
 */
public record Retrieval(String portal, List<String> files, OffsetDateTime at) {
    /** Periods end, snapshots are dated and fetch times are stated in Vietnam's time, wherever the tool runs. */
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    public Retrieval {
        Objects.requireNonNull(portal);
        files = List.copyOf(files);
        Objects.requireNonNull(at);
    }

    public static Retrieval fromPortal(String url, OffsetDateTime at) {
        return new Retrieval(url, List.of(), at);
    }

    public static Retrieval fromFiles(List<String> files, OffsetDateTime at) {
        return new Retrieval("", files, at);
    }

    public boolean isPortal() {
        return !portal.isEmpty();
    }
}
