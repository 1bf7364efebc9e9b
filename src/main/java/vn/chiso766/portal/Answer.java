package vn.chiso766.portal;

/**
 * One answer of the portal's evaluation API as received: its bytes (JSON) and where it came from,
 * for messages ("answers/transparency.json", "POST …/transparency, trang 2").
 */
public record Answer(String origin, byte[] body) {
    public Answer {
        java.util.Objects.requireNonNull(origin);
        body = body.clone();
    }

    @Override
    public byte[] body() {
        return body.clone();
    }
}
