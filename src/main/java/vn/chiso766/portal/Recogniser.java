package vn.chiso766.portal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import vn.chiso766.model.Catalogue;

/** Tells which endpoint an answer comes from by its content alone, never by its file name. */
final class Recogniser {
    private final Catalogue catalogue;

    Recogniser(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    Endpoint recognise(String origin, JsonNode data) throws ImportException {
        Optional<Endpoint> endpoint = data.has("parent") && data.path("children").isArray() ? tree(data.path("parent"))
                : data.path("evaluation").isArray() ? list(data) : Optional.empty();
        return endpoint.orElseThrow(() -> new ImportException(origin + ": không nhận ra đây là câu trả lời của"
                + " endpoint nào (service-results, transparency, dvc-progress-tree, provide-online-tree,"
                + " formality-online-payment-tree, dossier-digitized, handling-satisfaction). Hãy bỏ tệp này ra."));
    }

    private static Optional<Endpoint> tree(JsonNode parent) {
        if (parent.has("totalDossierOnlinePaymentSuccess")) {
            return Optional.of(Endpoint.PAYMENT);
        }
        if (parent.has("totalOnTime")) {
            return Optional.of(Endpoint.PROGRESS);
        }
        if (parent.has("onlineServiceTotal") || parent.path("totalMaxScore").asInt() == 12) {
            return Optional.of(Endpoint.ONLINE);
        }
        return Optional.empty();
    }

    private Optional<Endpoint> list(JsonNode data) {
        JsonNode rows = data.path("evaluation");
        for (JsonNode row : rows) {
            if (row.has("groupScores")) {
                return Optional.of(Endpoint.NATIONAL);
            }
        }
        Optional<Endpoint> byMetrics = byMetrics(data);
        if (byMetrics.isPresent()) {
            return byMetrics;
        }
        boolean unitList = rows.size() > 0 ? rows.get(0).has("childGroup")
                : data.has("radar") && !data.path("overview").has("metrics");
        return unitList ? Optional.of(Endpoint.UNITS) : Optional.empty();
    }

    /** The group most of the answer's metric codes belong to, by the catalogue. */
    private Optional<Endpoint> byMetrics(JsonNode data) {
        Map<String, Integer> votes = new HashMap<>();
        count(data.path("overview").path("metrics"), votes);
        for (JsonNode row : data.path("evaluation")) {
            count(row.path("metrics"), votes);
        }
        return votes.entrySet().stream().max(Map.Entry.comparingByValue())
                .flatMap(best -> Endpoint.groups().stream().filter(e -> e.group().equals(best.getKey())).findFirst());
    }

    private void count(JsonNode metrics, Map<String, Integer> votes) {
        for (JsonNode metric : metrics) {
            catalogue.indicator(Json.text(metric, "code"))
                    .ifPresent(indicator -> votes.merge(indicator.group(), 1, Integer::sum));
        }
    }
}
