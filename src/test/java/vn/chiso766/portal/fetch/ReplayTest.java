package vn.chiso766.portal.fetch;

import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A fresh replay portal per test, and a client of it that only records its waits. */
abstract class ReplayTest {
    protected ReplayPortal portal;
    protected final Waits waits = new Waits();

    @BeforeEach
    void startPortal() throws IOException {
        portal = ReplayPortal.phuTho();
    }

    @AfterEach
    void stopPortal() {
        portal.close();
    }

    PortalClient client(Politeness politeness) {
        return new PortalClient(portal.url(), politeness, Waits.CLOCK, waits);
    }
}
