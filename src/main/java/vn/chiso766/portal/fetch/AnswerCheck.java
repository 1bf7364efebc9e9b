package vn.chiso766.portal.fetch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.chiso766.portal.Json;

/** Decides whether a final (not retried) HTTP answer is a usable portal answer. */
final class AnswerCheck {
    static final String BROWSER_PAGE = "https://dichvucong.gov.vn/danh-gia-chat-luong-phuc-vu";
    private static final Pattern SUPPORT_ID = Pattern.compile("support ID is:?\\s*([0-9]+)", Pattern.CASE_INSENSITIVE);

    private AnswerCheck() {
    }

    static JsonNode check(Call call, int status, String contentType, byte[] body) throws FetchException {
        String text = new String(body, StandardCharsets.UTF_8);
        if (isHtml(contentType, text)) {
            throw new FetchException(firewall(call, status, text));
        }
        if (status != 200 && status != 201) {
            throw new FetchException("Cổng DVC quốc gia trả lời " + call.label() + " bằng HTTP " + status
                    + ": " + excerpt(text));
        }
        JsonNode json = parse(call, body);
        String code = json.path("code").asText("");
        if (!"OK".equals(code)) {
            throw new FetchException("Cổng DVC quốc gia không trả số liệu cho " + call.label() + ": code \""
                    + code + "\", thông báo \"" + json.path("message").asText("") + "\".");
        }
        return json;
    }

    private static JsonNode parse(Call call, byte[] body) throws FetchException {
        String problem;
        try {
            JsonNode json = Json.read(body);
            if (json != null && json.isObject()) {
                return json;
            }
            problem = "không phải một đối tượng JSON";
        } catch (JsonProcessingException e) {
            problem = e.getOriginalMessage();
        } catch (IOException e) {
            problem = e.getMessage();
        }
        throw new FetchException("Câu trả lời cho " + call.label() + " không phải JSON hợp lệ (có thể bị cắt ngang"
                + " giữa chừng, " + body.length + " byte): " + problem + ". Hãy chạy lại lệnh sau ít phút.");
    }

    private static boolean isHtml(String contentType, String text) {
        return contentType.toLowerCase(java.util.Locale.ROOT).contains("html") || text.stripLeading().startsWith("<");
    }

    /** The firewall blocks for a while: retrying only prolongs it, so stop and say what to do. */
    private static String firewall(Call call, int status, String page) {
        Matcher id = SUPPORT_ID.matcher(page);
        return "Tường lửa của Cổng DVC quốc gia đã chặn yêu cầu " + call.label() + " (HTTP " + status
                + ", trang HTML \"The requested URL was rejected\"" + (id.find() ? ", mã hỗ trợ " + id.group(1) : "")
                + "). Không thử lại, để không bị chặn lâu hơn. Cách làm: chạy lại sau vài giờ hoặc từ một mạng"
                + " khác; hoặc mở " + BROWSER_PAGE + " trong trình duyệt, lưu các câu trả lời JSON từ công cụ"
                + " dành cho nhà phát triển (thẻ Network) rồi dùng lệnh \"chiso766 import\".";
    }

    private static String excerpt(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.isEmpty() ? "(không có nội dung)" : flat.length() > 200 ? flat.substring(0, 200) + "…" : flat;
    }
}
