package vn.chiso766.portal;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.chiso766.model.Period;

/**
 * What to import: a period's answers into a data folder.
 *
 * @param period the period; with a snapshot date, the answers are that day's figures and go to the
 *               day's snapshot files (scores/2026/2026-10-10.csv…) rather than the plain ones
 * @param raw files to write with the import, relative to the data folder (fetch's saved answers
 *            under portal/{period}/CODE/), so that they land together with the figures or not at all
 */
public record ImportRequest(Path data, Period period, List<Answer> answers, Retrieval retrieval,
                            Map<String, byte[]> raw) {
    public ImportRequest {
        Objects.requireNonNull(data);
        Objects.requireNonNull(period);
        answers = List.copyOf(answers);
        Objects.requireNonNull(retrieval);
        raw = Map.copyOf(raw);
    }
}
