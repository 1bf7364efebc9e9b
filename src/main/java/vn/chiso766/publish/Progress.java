package vn.chiso766.publish;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import vn.chiso766.portal.fetch.Fetcher;

/**
 * Reports how many items (documents, provinces) are done: a redrawn bar with the time left on a
 * terminal, plain log lines (every 10 %) elsewhere, so that CI logs stay readable. The portal's
 * fetch reports its provinces through it too ({@link Fetcher.Steps}).
 */
public final class Progress implements Fetcher.Steps {
    private final PrintWriter out;
    private final boolean terminal;
    private final String noun;
    private final AtomicInteger done = new AtomicInteger();
    private volatile int total;
    private volatile long start;
    private volatile int lastDecile = -1;
    private volatile long lastDraw;

    public Progress(PrintWriter out, boolean terminal) {
        this(out, terminal, "tệp");
    }

    /** @param noun what is counted, in Vietnamese ("tỉnh") */
    public Progress(PrintWriter out, boolean terminal, String noun) {
        this.out = out;
        this.terminal = terminal;
        this.noun = noun;
    }

    /** A progress that prints nothing. */
    public static Progress silent() {
        return new Progress(new PrintWriter(java.io.Writer.nullWriter()), false);
    }

    @Override
    public void start(int items) {
        total = items;
        start = System.nanoTime();
        done.set(0);
    }

    @Override
    public void step() {
        int now = done.incrementAndGet();
        if (terminal) {
            long t = System.nanoTime();
            if (t - lastDraw > 100_000_000L || now == total) {
                lastDraw = t;
                draw(now);
            }
        } else {
            int decile = total == 0 ? 10 : now * 10 / total;
            if (decile != lastDecile) {
                lastDecile = decile;
                synchronized (out) {
                    out.println("  " + now + "/" + total + " " + noun + " (" + now * 100 / Math.max(1, total) + "%)");
                    out.flush();
                }
            }
        }
    }

    @Override
    public void finish() {
        if (terminal) {
            synchronized (out) {
                out.print('\n');
                out.flush();
            }
        }
    }

    private void draw(int now) {
        int width = 30;
        int filled = total == 0 ? width : now * width / total;
        long elapsed = System.nanoTime() - start;
        long left = now == 0 ? 0 : elapsed / now * (total - now);
        String bar = "#".repeat(filled) + "-".repeat(width - filled);
        synchronized (out) {
            out.print("\r  [" + bar + "] " + now + "/" + total + " " + noun + ", còn khoảng " + seconds(left) + "   ");
            out.flush();
        }
    }

    private static String seconds(long nanos) {
        long s = Duration.ofNanos(nanos).toSeconds();
        return s >= 60 ? s / 60 + " phút " + s % 60 + " giây" : s + " giây";
    }
}
