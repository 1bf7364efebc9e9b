package vn.chiso766.portal.fetch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.chiso766.portal.fetch.ReplayPortal.NATIONAL;
import static vn.chiso766.portal.fetch.ReplayPortal.status;

import java.io.IOException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.chiso766.model.Period;
import vn.chiso766.portal.Endpoint;

class PortalClientTest extends ReplayTest {
    private static final Call CALL = new Call(Call.NATIONAL, Endpoint.NATIONAL, 1, Bodies.national(Period.of(2026, 8)));

    private Received post() throws FetchException {
        return client(Waits.politeness()).post(CALL);
    }

    private FetchException failure() {
        return assertThrows(FetchException.class, this::post);
    }

    @Test
    void postsJsonAsTheBrowserPageDoesAndKeepsTheAnswerAsReceived() throws FetchException {
        Received received = post();
        assertEquals(201, received.status());
        assertArrayEquals(portal.answer(NATIONAL), received.body());
        assertEquals(portal.url() + "/api/v1/reporting/evaluation/service-results", received.url());
        ReplayPortal.Request request = portal.requests().get(0);
        assertEquals("{\"timeType\":\"month\",\"year\":2026,\"month\":8,\"departmentType\":\"ADMINISTRATIVE_UNIT\"}",
                request.body().toString());
        assertEquals("application/json", request.headers().getFirst("Content-Type"));
        assertEquals(AnswerCheck.BROWSER_PAGE, request.headers().getFirst("Origin"));
        assertEquals(AnswerCheck.BROWSER_PAGE, request.headers().getFirst("Referer"));
        assertTrue(request.headers().getFirst("User-Agent").startsWith("chiso766/0.1 (+"));
        assertEquals("2026-09-05T08:15+07:00", received.at().toString());
    }

    @Test
    void pausesBetweenRequestsButNotBeforeTheFirst() throws FetchException {
        PortalClient client = client(Waits.politeness().withDelay(Duration.ofSeconds(1)));
        for (int i = 0; i < 3; i++) {
            client.post(CALL);
        }
        assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(1)), waits.waits());
    }

    @Test
    void waitsAsLongAsRetryAfterSaysInSeconds() throws FetchException {
        portal.fail(NATIONAL, status(429, "application/json", "{}", "Retry-After", "7"));
        assertEquals(2, post().attempts());
        assertEquals(List.of(Duration.ofSeconds(7)), waits.waits());
    }

    @Test
    void waitsUntilTheDateOfRetryAfterButNeverLongerThanTheCap() throws FetchException {
        DateTimeFormatter http = DateTimeFormatter.RFC_1123_DATE_TIME;
        ZonedDateTime now = ZonedDateTime.now(Waits.CLOCK);
        portal.fail(NATIONAL, status(429, "text/plain", "", "Retry-After", http.format(now.plusSeconds(20))),
                status(429, "text/plain", "", "Retry-After", "3600"));
        assertEquals(3, post().attempts());
        assertEquals(List.of(Duration.ofSeconds(20), Duration.ofSeconds(30)), waits.waits());
    }

    @Test
    void retriesServerErrorsWithAGrowingWait() throws FetchException {
        portal.fail(NATIONAL, status(503, "text/html", "<html>Service Unavailable</html>"), status(502, "text/plain", ""));
        Received received = post();
        assertEquals(3, received.attempts());
        assertArrayEquals(portal.answer(NATIONAL), received.body());
        assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2)), waits.waits());
    }

    @Test
    void givesUpAfterTheLastTryNamingTheEndpointAndWhatHappened() {
        portal.fail(NATIONAL, status(503, "text/plain", ""), status(503, "text/plain", ""), status(503, "text/plain", ""));
        String message = failure().getMessage();
        assertTrue(message.contains("service-results (danh sách toàn quốc)"), message);
        assertTrue(message.contains("sau 3 lần thử: Cổng gặp lỗi máy chủ (HTTP 503)"), message);
        assertEquals(3, portal.requests().size());
    }

    @Test
    void retriesAnAnswerThatDoesNotComeInTime() throws FetchException {
        PortalClient client = client(Waits.withTimeouts(Duration.ofSeconds(1)));
        portal.fail(NATIONAL, portal.silence());
        assertEquals(2, client.post(CALL).attempts());
        portal.fail(NATIONAL, portal.silence(), portal.trickle(), portal.silence());
        String message = assertThrows(FetchException.class, () -> client.post(CALL)).getMessage();
        assertTrue(message.contains("sau 3 lần thử: không nhận được câu trả lời sau 1 giây"), message);
    }

    @Test
    void anAnswerThatStartsButDoesNotFinishInTimeIsSlowNotReset() {
        PortalClient client = client(new Politeness(Duration.ZERO, Duration.ofSeconds(5), Duration.ofMillis(1500), 1,
                Duration.ofSeconds(1), Duration.ofSeconds(30)));
        portal.fail(NATIONAL, portal.trickle());
        String message = assertThrows(FetchException.class, () -> client.post(CALL)).getMessage();
        assertTrue(message.contains("sau 1 lần thử: không nhận được câu trả lời sau 1,5 giây."), message);
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 100L << 30})
    void anEndlessOrHugeAnswerStopsTheFetchAtOnceWithoutRetrying(long length) {
        portal.fail(NATIONAL, portal.endless(length));
        String message = failure().getMessage();
        assertTrue(message.startsWith("Câu trả lời cho service-results (danh sách toàn quốc) lớn bất thường ("
                + (length == 0 ? "đã nhận hơn 64 MB mà câu trả lời chưa hết" : "Cổng báo câu trả lời dài 102400 MB")
                + "; một câu trả lời của Cổng chỉ vài MB): đã dừng ngay, không thử lại."), message);
        assertEquals(1, portal.requests().size());
        assertEquals(List.of(), waits.waits());
    }

    @Test
    void retriesAConnectionClosedWithoutAnAnswer() throws FetchException {
        portal.fail(NATIONAL, ReplayPortal.drop());
        assertEquals(2, post().attempts());
        assertEquals(List.of(Duration.ofSeconds(1)), waits.waits());
        portal.fail(NATIONAL, ReplayPortal.drop(), ReplayPortal.drop(), ReplayPortal.drop());
        String message = failure().getMessage();
        assertTrue(message.contains("sau 3 lần thử: kết nối bị ngắt ("), message);
    }

    @Test
    void retriesAPortalThatCannotBeReachedThenSaysSo() throws IOException {
        int closed;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        PortalClient client = new PortalClient("http://127.0.0.1:" + closed, Waits.politeness(), Waits.CLOCK, waits);
        String message = assertThrows(FetchException.class, () -> client.post(CALL)).getMessage();
        assertTrue(message.contains("sau 3 lần thử: không kết nối được (ConnectException"), message);
        assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2)), waits.waits());
    }

    @ParameterizedTest
    @ValueSource(ints = {200, 403})
    void stopsAtOnceOnTheFirewallPageAndSaysWhatToDo(int status) {
        portal.fail(NATIONAL, ReplayPortal.firewall(status));
        String message = failure().getMessage();
        assertTrue(message.startsWith("Tường lửa của Cổng DVC quốc gia đã chặn yêu cầu service-results"), message);
        assertTrue(message.contains("HTTP " + status) && message.contains("mã hỗ trợ 1234567890123456789"), message);
        assertTrue(message.contains("từ một mạng khác") && message.contains("chiso766 import"), message);
        assertEquals(1, portal.requests().size());
        assertEquals(List.of(), waits.waits());
    }

    @Test
    void refusesTruncatedJson() {
        byte[] whole = portal.answer(NATIONAL);
        portal.answer(NATIONAL, Arrays.copyOf(whole, whole.length / 2));
        String message = failure().getMessage();
        assertTrue(message.startsWith("Câu trả lời cho service-results (danh sách toàn quốc) không phải JSON hợp lệ"),
                message);
        assertEquals(1, portal.requests().size());
    }

    @Test
    void showsThePortalsMessageWhenItsCodeIsNotOk() {
        portal.fail(NATIONAL, status(201, "application/json",
                "{\"code\":\"BAD_REQUEST\",\"data\":null,\"message\":\"Tham số không hợp lệ\"}"));
        String message = failure().getMessage();
        assertTrue(message.contains("code \"BAD_REQUEST\", thông báo \"Tham số không hợp lệ\""), message);
    }

    @Test
    void refusesAnotherStatusWithoutRetrying() {
        portal.fail(NATIONAL, status(404, "application/json", "{\"code\":\"NOT_FOUND\"}"));
        assertTrue(failure().getMessage().contains("HTTP 404: {\"code\":\"NOT_FOUND\"}"));
        assertEquals(1, portal.requests().size());
    }
}
