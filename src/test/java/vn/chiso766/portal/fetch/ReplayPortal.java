package vn.chiso766.portal.fetch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import vn.chiso766.portal.Endpoint;

/**
 * A stand-in for the portal on 127.0.0.1 that replays recorded answers and records every request.
 * The JDK's own HttpServer: no new dependency, and a handler can script any fault (a status, a
 * Retry-After, a page of HTML, a body cut short, a silence, a dropped connection).
 */
public final class ReplayPortal implements AutoCloseable {
    public static final String PHU_THO = "H44";
    public static final String PHU_THO_ID = "019d2be3-6a88-732b-8b17-b68020c8553a";
    static final String NATIONAL = "national";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    static {
        // Without it every answer waits ~40 ms for a delayed ACK (Nagle): 239 requests took 11 s.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    /** A request as the portal saw it. */
    public record Request(String endpoint, JsonNode body, Headers headers) {
    }

    /** An answer other than the recorded one, served once. */
    public interface Reply {
        void send(HttpExchange exchange) throws IOException;
    }

    private final HttpServer server;
    private final DateProxy proxy;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final CountDownLatch closing = new CountDownLatch(1);
    private final List<Request> requests = new ArrayList<>();
    private final Map<String, List<byte[]>> answers = new HashMap<>();
    private final Map<String, Deque<Reply>> faults = new HashMap<>();

    private ReplayPortal() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/v1/reporting/evaluation/", this::handle);
        server.setExecutor(threads);
        server.start();
        proxy = new DateProxy(server.getAddress().getPort(), Waits.CLOCK.instant());
    }

    /** The recorded national list and Phú Thọ's August 2026 answers. */
    public static ReplayPortal phuTho() throws IOException {
        ReplayPortal portal = new ReplayPortal();
        portal.answer(NATIONAL, fixture("national-2026/service-results-year-2026-at-2026-10-10.json"));
        portal.answer("service-results", fixture("phu-tho-2026-08/service-results-H44-made-for-tests.json"));
        for (Endpoint endpoint : Endpoint.groups()) {
            portal.answer(endpoint.path(), fixture("phu-tho-2026-08/" + endpoint.path() + ".json"));
        }
        return portal;
    }

    public static byte[] fixture(String name) {
        try (InputStream in = ReplayPortal.class.getResourceAsStream("/fixtures/portal/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + proxy.port();
    }

    /** The portal's clock: the Date header of its next answers (by default the tests' clock); null for none. */
    public void date(Instant instant) {
        proxy.date(instant);
    }

    /** Replaces an answer ("national", or an endpoint's path) with these pages. */
    public synchronized void answer(String key, byte[]... pages) {
        answers.put(key, List.of(pages));
    }

    public synchronized byte[] answer(String key) {
        return answers.get(key).get(0);
    }

    /** The next requests to this endpoint ("national" for the national list) get these replies first. */
    public synchronized void fail(String key, Reply... replies) {
        faults.computeIfAbsent(key, k -> new ArrayDeque<>()).addAll(List.of(replies));
    }

    public synchronized List<Request> requests() {
        return List.copyOf(requests);
    }

    @Override
    public void close() {
        closing.countDown();
        proxy.close();
        server.stop(0);
        threads.shutdownNow();
    }

    public static Reply status(int status, String contentType, String body, String... headers) {
        return exchange -> {
            for (int i = 0; i < headers.length; i += 2) {
                exchange.getResponseHeaders().add(headers[i], headers[i + 1]);
            }
            send(exchange, status, contentType, body.getBytes(StandardCharsets.UTF_8));
        };
    }

    /** The portal's firewall page, as reported by crawlers. */
    public static Reply firewall(int status) {
        return status(status, "text/html; charset=utf-8", "<html><head><title>Request Rejected</title></head><body>"
                + "The requested URL was rejected. Please consult with your administrator.<br><br>"
                + "Your support ID is: 1234567890123456789</body></html>");
    }

    /** No answer until the test ends: the client's read time-out must fire. */
    public Reply silence() {
        return exchange -> {
            try {
                closing.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
    }

    /** The start of an answer, then nothing more until the test ends: slow, not silent. */
    public Reply trickle() {
        return exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(201, 1000);
            exchange.getResponseBody().write("{\"code\":\"OK\",".getBytes(StandardCharsets.UTF_8));
            exchange.getResponseBody().flush();
            silence().send(exchange);
        };
    }

    /**
     * JSON spaces without end (chunked, or announcing {@code length} bytes), until the client hangs up
     * or the test ends: a misbehaving server that would fill the client's heap.
     */
    public Reply endless(long length) {
        return exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(201, length);
            byte[] spaces = " ".repeat(1 << 16).getBytes(StandardCharsets.US_ASCII);
            try (var out = exchange.getResponseBody()) {
                while (closing.getCount() > 0) {
                    out.write(spaces);
                }
            } catch (IOException e) {
                // the client hung up, as it should
            }
        };
    }

    /** The connection closed without an answer, as a reset by a firewall looks to the client. */
    public static Reply drop() {
        return exchange -> {
            throw new IOException("dropped on purpose");
        };
    }

    private void handle(HttpExchange exchange) throws IOException {
        JsonNode body = MAPPER.readTree(exchange.getRequestBody().readAllBytes());
        String endpoint = exchange.getRequestURI().getPath().replaceAll(".*/", "");
        String key = endpoint.equals("service-results") && !body.has("rootDepartmentId") ? NATIONAL : endpoint;
        Reply fault;
        List<byte[]> pages;
        synchronized (this) {
            requests.add(new Request(endpoint, body, exchange.getRequestHeaders()));
            Deque<Reply> queue = faults.get(key);
            fault = queue == null ? null : queue.poll();
            pages = answers.get(key);
        }
        if (fault != null) {
            fault.send(exchange);
        } else if (pages == null || !"POST".equals(exchange.getRequestMethod())) {
            send(exchange, 404, "application/json", "{\"code\":\"NOT_FOUND\",\"message\":\"Not found\"}".getBytes());
        } else {
            int page = Math.max(1, body.path("currentPage").asInt(1));
            send(exchange, 201, "application/json;charset=utf-8", pages.get(Math.min(page, pages.size()) - 1));
        }
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }
}
