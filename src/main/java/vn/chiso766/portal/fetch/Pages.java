package vn.chiso766.portal.fetch;

import java.util.List;
import vn.chiso766.portal.Endpoint;

/** Every page of one endpoint's answer, in page order. */
record Pages(Endpoint endpoint, List<Received> received) {
    Pages {
        received = List.copyOf(received);
    }
}
