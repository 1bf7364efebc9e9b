package vn.chiso766.cli;

import java.time.Clock;
import vn.chiso766.portal.ImportException;
import vn.chiso766.portal.ImportReport;
import vn.chiso766.portal.ImportRequest;
import vn.chiso766.portal.Importer;
import vn.chiso766.portal.Retrieval;
import vn.chiso766.portal.fetch.Politeness;
import vn.chiso766.portal.fetch.Sleeper;

/**
 * What fetch takes from its surroundings: today's date, real waits, the time-outs and the import.
 * Tests pass their own (a fixed clock, a sleeper that only records, 200 ms time-outs).
 */
record FetchSetup(Clock clock, Sleeper sleeper, Politeness politeness, Import importer) {
    /** The import step; the command uses {@link Importer#run}. */
    @FunctionalInterface
    interface Import {
        ImportReport run(ImportRequest request) throws ImportException;
    }

    static FetchSetup real() {
        return new FetchSetup(Clock.system(Retrieval.VIETNAM), Sleeper.REAL, Politeness.defaults(), Importer::run);
    }
}
