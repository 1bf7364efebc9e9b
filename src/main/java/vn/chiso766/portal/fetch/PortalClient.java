package vn.chiso766.portal.fetch;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import vn.chiso766.portal.Json;

/** Posts calls to the portal one at a time, politely: pauses, time-outs, retries of transient failures. */
public final class PortalClient {
    static final String USER_AGENT = "chiso766/0.1 (+Decision 766 report generator; one request at a time)";
    /** A province's largest answer is a few MB, the whole country's national list far less. */
    static final long MAX_ANSWER = 64L << 20;

    private final String portal;
    private final Politeness politeness;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Consumer<String> log;
    private final HttpClient http;
    private boolean sent;

    public PortalClient(String portal, Politeness politeness, Clock clock, Sleeper sleeper) {
        this(portal, politeness, clock, sleeper, line -> { });
    }

    /** @param log told of each retry, so that a long wait is not silent */
    public PortalClient(String portal, Politeness politeness, Clock clock, Sleeper sleeper, Consumer<String> log) {
        this.log = log;
        this.portal = portal;
        this.politeness = politeness;
        this.clock = clock;
        this.sleeper = sleeper;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(politeness.connectTimeout()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public String portal() {
        return portal;
    }

    /** The checked answer to {@code call}, after at most {@code tries} attempts. */
    Received post(Call call) throws FetchException {
        String url = call.endpoint().url(portal);
        byte[] body = Json.bytes(call.body());
        Retry retry = new Retry("", Duration.ZERO);
        for (int attempt = 1; attempt <= politeness.tries(); attempt++) {
            if (attempt > 1) {
                log.accept("  " + call.label() + ": " + retry.problem() + "; thử lại sau " + retry.pause().toSeconds()
                        + " giây (lần " + attempt + "/" + politeness.tries() + ")…");
            }
            pause(call, retry.pause());
            OffsetDateTime at = OffsetDateTime.now(clock);
            try {
                HttpResponse<byte[]> response = send(url, body);
                int status = response.statusCode();
                if (status != 429 && status < 500) {
                    JsonNode json = AnswerCheck.check(call, status, contentType(response), response.body());
                    Instant served = HttpDate.parse(response.headers().firstValue("Date").orElse(null)).orElse(null);
                    return new Received(call, url, status, at, served, attempt, response.body(), json);
                }
                retry = refused(response, attempt);
            } catch (TimeoutException e) {
                retry = new Retry(noAnswer(), politeness.backoffBefore(attempt + 1));
            } catch (BoundedBody.TooLarge e) {
                throw tooLarge(call, e);
            } catch (IOException e) {
                retry = new Retry(describe(e), politeness.backoffBefore(attempt + 1));
            }
        }
        throw new FetchException("Không lấy được " + call.label() + " từ " + url + " sau " + politeness.tries()
                + " lần thử: " + retry.problem() + ". Cổng DVC quốc gia có thể đang quá tải hoặc mạng chập chờn;"
                + " hãy chạy lại lệnh sau ít phút.");
    }

    /** What went wrong with an attempt, and how long to wait before the next. */
    private record Retry(String problem, Duration pause) {
    }

    /** 429 or 5xx: wait as long as the portal asks (within the cap), else back off. */
    private Retry refused(HttpResponse<?> response, int attempt) {
        int status = response.statusCode();
        String problem = status == 429 ? "Cổng yêu cầu chờ vì có quá nhiều yêu cầu (HTTP 429)"
                : "Cổng gặp lỗi máy chủ (HTTP " + status + ")";
        Duration wait = RetryAfter.parse(response.headers().firstValue("Retry-After").orElse(null), clock.instant())
                .map(politeness::cap).orElse(politeness.backoffBefore(attempt + 1));
        return new Retry(problem, wait);
    }

    private String noAnswer() {
        return "không nhận được câu trả lời sau " + seconds(politeness.readTimeout());
    }

    /** "60 giây", "0,5 giây". */
    static String seconds(Duration duration) {
        return BigDecimal.valueOf(duration.toMillis(), 3).stripTrailingZeros().toPlainString().replace('.', ',')
                + " giây";
    }

    /** No server of the portal sends this much: retrying would only receive it again. */
    private static FetchException tooLarge(Call call, BoundedBody.TooLarge e) {
        long mb = MAX_ANSWER >> 20;
        String size = e.declared() > MAX_ANSWER ? "Cổng báo câu trả lời dài " + (e.declared() >> 20) + " MB"
                : "đã nhận hơn " + mb + " MB mà câu trả lời chưa hết";
        return new FetchException("Câu trả lời cho " + call.label() + " lớn bất thường (" + size + "; một câu trả"
                + " lời của Cổng chỉ vài MB): đã dừng ngay, không thử lại. Hãy kiểm tra địa chỉ --portal, rồi chạy lại"
                + " lệnh sau ít phút.");
    }

    /** The pause between two requests, longer when a retry must wait. */
    private void pause(Call call, Duration wait) throws FetchException {
        Duration pause = wait.compareTo(politeness.delay()) > 0 ? wait : politeness.delay();
        if (sent && !pause.isZero()) {
            try {
                sleeper.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new FetchException("Đã dừng trước khi gửi " + call.label() + ".");
            }
        }
        sent = true;
    }

    /** The whole answer, body included, within the read time-out (the request's own covers headers only). */
    private HttpResponse<byte[]> send(String url, byte[] body) throws IOException, TimeoutException, FetchException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(politeness.readTimeout())
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("Origin", AnswerCheck.BROWSER_PAGE)
                .header("Referer", AnswerCheck.BROWSER_PAGE)
                .header("User-Agent", USER_AGENT)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        CompletableFuture<HttpResponse<byte[]>> future =
                http.sendAsync(request, new BoundedBody(MAX_ANSWER));
        try {
            return future.get(politeness.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof BoundedBody.TooLarge large) {
                    throw large;
                }
            }
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException(e.getCause());
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new FetchException("Đã dừng khi đang chờ " + url + ".");
        }
    }

    private String describe(IOException e) {
        if (e instanceof HttpConnectTimeoutException) {
            return "không kết nối được trong " + seconds(politeness.connectTimeout());
        }
        if (e instanceof HttpTimeoutException) {
            return noAnswer();
        }
        String what = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        return (e instanceof ConnectException ? "không kết nối được (" : "kết nối bị ngắt (") + what + ")";
    }

    private static String contentType(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Type").orElse("");
    }
}
