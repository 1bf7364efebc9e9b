package vn.chiso766.portal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The one Jackson mapper of the portal code: reads answers with exact decimals, checks the portal's
 * envelope {"code":"OK","data":…}, and writes fetch's request bodies and saved requests.
 */
public final class Json {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true)).build();

    private Json() {
    }

    /** An answer's JSON as it is, for fetch's own checks (strict: trailing tokens are an error). */
    public static JsonNode read(byte[] body) throws IOException {
        return MAPPER.readTree(body);
    }

    /** A request body as sent. */
    public static byte[] bytes(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The saved requests.json, indented for a reader. */
    public static byte[] pretty(Object value) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The answer's {@code data} object. */
    static JsonNode data(Answer answer, JsonNode root) throws ImportException {
        if (!root.isObject() || !root.has("code")) {
            throw new ImportException(answer.origin() + ": không phải câu trả lời của API đánh giá của Cổng DVC"
                    + " quốc gia (thiếu trường \"code\"). Hãy lưu phần Response của các yêu cầu"
                    + " …/api/v1/reporting/evaluation/… trong công cụ nhà phát triển của trình duyệt.");
        }
        String code = root.path("code").asText();
        if (!"OK".equals(code)) {
            throw new ImportException(answer.origin() + ": Cổng trả lời code \"" + code + "\" (" + root.path("message")
                    .asText("không có thông báo") + ") thay vì \"OK\": câu trả lời này không có số liệu. Hãy lấy"
                    + " lại câu trả lời khi Cổng trả lời bình thường.");
        }
        JsonNode data = root.path("data");
        if (!data.isObject()) {
            throw new ImportException(answer.origin() + ", $.data: không có đối tượng \"data\" chứa số liệu.");
        }
        return data;
    }

    /**
     * True for the requests.json that fetch saves beside its answers (an array of the requests it
     * made): a folder fetch wrote can be imported again as it is.
     */
    static boolean isRequestLog(JsonNode root) {
        if (!root.isArray() || root.isEmpty()) {
            return false;
        }
        for (JsonNode request : root) {
            if (!request.has("url") || !request.has("body")) {
                return false;
            }
        }
        return true;
    }

    static JsonNode parse(Answer answer) throws ImportException {
        byte[] body = answer.body();
        if (looksLikeHtml(body)) {
            throw new ImportException(answer.origin() + ": là một trang HTML, không phải JSON (có thể là trang chặn"
                    + " của tường lửa Cổng: \"The requested URL was rejected\"). Hãy lưu lại câu trả lời JSON.");
        }
        try {
            return read(body);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : ", dòng " + at.getLineNr() + ", cột " + at.getColumnNr();
            throw new ImportException(answer.origin() + where + ": JSON không hợp lệ hoặc bị cắt cụt ("
                    + brief(e.getOriginalMessage()) + "). Hãy lưu lại toàn bộ câu trả lời.");
        } catch (IOException e) {
            throw new ImportException(answer.origin() + ": không đọc được (" + e.getMessage() + ").");
        }
    }

    /** Jackson's reason without its internal details ("Unexpected end-of-input: expected close marker for Object"). */
    private static String brief(String message) {
        String first = message.lines().findFirst().orElse(message);
        int detail = first.indexOf(" (");
        return detail > 0 ? first.substring(0, detail) : first;
    }

    private static boolean looksLikeHtml(byte[] body) {
        String start = new String(body, 0, Math.min(body.length, 200), java.nio.charset.StandardCharsets.UTF_8)
                .stripLeading().toLowerCase(java.util.Locale.ROOT);
        return start.startsWith("<");
    }

    /** A number field; null, absent or not a number is empty ("no data", never 0). */
    static Optional<BigDecimal> number(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isNumber() ? Optional.of(value.decimalValue()) : Optional.empty();
    }

    /** A text field, empty when null or absent. */
    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? "" : value.asText().strip();
    }
}
