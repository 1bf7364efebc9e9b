package vn.chiso766.portal.fetch;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

/**
 * Sits in front of the replay server and sets the Date header of its answers, which the JDK's
 * server always stamps with the real time: a test decides what day the portal says it is, or that
 * it says none. Each answer closes its connection ("Connection: close"), so one request per
 * connection and only the first header block of each needs rewriting.
 */
final class DateProxy implements AutoCloseable {
    private final ServerSocket socket;
    private final int target;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile Instant date;

    DateProxy(int target, Instant date) throws IOException {
        this.target = target;
        this.date = date;
        socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        threads.execute(this::accept);
    }

    int port() {
        return socket.getLocalPort();
    }

    /** The Date of the next answers; null for answers without one. */
    void date(Instant instant) {
        date = instant;
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            // closing anyway
        }
        open.forEach(DateProxy::quietly);
        threads.shutdownNow();
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                threads.execute(() -> relay(client));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void relay(Socket client) {
        try (client; Socket server = new Socket(InetAddress.getLoopbackAddress(), target)) {
            open.add(client);
            open.add(server);
            client.setTcpNoDelay(true);
            server.setTcpNoDelay(true);
            threads.execute(() -> {
                try {
                    client.getInputStream().transferTo(server.getOutputStream());
                } catch (IOException e) {
                    // the client went away
                }
                quietly(server);
            });
            InputStream in = new BufferedInputStream(server.getInputStream());
            OutputStream out = client.getOutputStream();
            out.write(stamp(head(in)));
            in.transferTo(out);
        } catch (IOException e) {
            // one side closed: so does the other
        } finally {
            open.remove(client);
        }
    }

    /** The status line and headers, up to the blank line. */
    private static String head(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("closed before the headers ended");
            }
            head.write(b);
            matched = b == "\r\n\r\n".charAt(matched) ? matched + 1 : b == '\r' ? 1 : 0;
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    private byte[] stamp(String head) {
        List<String> lines = head.strip().lines().filter(l -> !l.regionMatches(true, 0, "Date:", 0, 5)
                && !l.regionMatches(true, 0, "Connection:", 0, 11)).collect(Collectors.toList());
        Instant at = date;
        if (at != null) {
            lines.add("Date: " + DateTimeFormatter.RFC_1123_DATE_TIME.format(at.atOffset(ZoneOffset.UTC)));
        }
        lines.add("Connection: close");
        return (String.join("\r\n", lines) + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
    }

    private static void quietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
    }
}
