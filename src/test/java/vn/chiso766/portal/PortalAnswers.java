package vn.chiso766.portal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Real portal answers (Phú Thọ, 2026-08; the national list) as editable JSON, to make each test's case. */
final class PortalAnswers {
    static final Path FIXTURES = Path.of("src/test/resources/fixtures/portal");
    static final Path PHU_THO = FIXTURES.resolve("phu-tho-2026-08");
    static final Path NATIONAL = FIXTURES.resolve("national-2026/service-results-year-2026-at-2026-10-10.json");
    static final List<String> ENDPOINTS = List.of("transparency", "dvc-progress-tree", "provide-online-tree",
            "formality-online-payment-tree", "dossier-digitized", "handling-satisfaction");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Endpoint name → answer, in a stable order. */
    final Map<String, ObjectNode> answers = new LinkedHashMap<>();

    static PortalAnswers phuTho() {
        PortalAnswers answers = new PortalAnswers();
        for (String endpoint : ENDPOINTS) {
            answers.answers.put(endpoint, read(PHU_THO.resolve(endpoint + ".json")));
        }
        return answers;
    }

    PortalAnswers withNational() {
        answers.put("national", read(NATIONAL));
        return this;
    }

    PortalAnswers edit(String endpoint, Consumer<ObjectNode> change) {
        change.accept(answers.get(endpoint));
        return this;
    }

    /** The unit rows of an answer (children of a tree, evaluation of a list). */
    static ArrayNode rows(ObjectNode answer) {
        JsonNode data = answer.path("data");
        return (ArrayNode) (data.has("children") ? data.get("children") : data.get("evaluation"));
    }

    /** Each answer under a name that says nothing of its content: recognition is by content. */
    List<Answer> list() {
        List<Answer> list = new ArrayList<>();
        int i = 1;
        for (ObjectNode answer : answers.values()) {
            list.add(new Answer("tra-loi-" + i++ + ".json", bytes(answer)));
        }
        return list;
    }

    static byte[] bytes(JsonNode node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode read(Path file) {
        try {
            return (ObjectNode) MAPPER.readTree(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
