package vn.chiso766.portal.fetch;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Receives an answer's body up to a bound. An endless or huge answer (a misbehaving server, a wrong
 * --portal) stops as soon as it passes the bound instead of filling the heap.
 */
final class BoundedBody implements HttpResponse.BodyHandler<byte[]> {
    private final long max;

    BoundedBody(long max) {
        this.max = max;
    }

    /** An answer past the bound: not a network failure, so never retried. */
    static final class TooLarge extends IOException {
        private final long declared;

        TooLarge(long declared) {
            super("answer larger than the bound");
            this.declared = declared;
        }

        /** The Content-Length the server announced, or -1 when it streamed without one. */
        long declared() {
            return declared;
        }
    }

    @Override
    public HttpResponse.BodySubscriber<byte[]> apply(HttpResponse.ResponseInfo info) {
        return new Counting(info.headers().firstValueAsLong("Content-Length").orElse(-1));
    }

    /** The JDK's byte-array subscriber, cut off with {@link TooLarge} once the bytes received pass the bound. */
    private final class Counting implements HttpResponse.BodySubscriber<byte[]> {
        private final HttpResponse.BodySubscriber<byte[]> bytes = HttpResponse.BodySubscribers.ofByteArray();
        private final long declared;
        private Flow.Subscription subscription;
        private long received;
        private boolean stopped;

        Counting(long declared) {
            this.declared = declared;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return bytes.getBody();
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            bytes.onSubscribe(subscription);
            if (declared > max) {
                stop();
            }
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            if (stopped) {
                return;
            }
            received += buffers.stream().mapToLong(ByteBuffer::remaining).sum();
            if (received > max) {
                stop();
            } else {
                bytes.onNext(buffers);
            }
        }

        @Override
        public void onError(Throwable error) {
            if (!stopped) {
                bytes.onError(error);
            }
        }

        @Override
        public void onComplete() {
            if (!stopped) {
                bytes.onComplete();
            }
        }

        private void stop() {
            stopped = true;
            subscription.cancel();
            bytes.onError(new TooLarge(declared));
        }
    }
}
