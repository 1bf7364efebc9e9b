package vn.chiso766.portal.fetch;

/** A fetch that cannot go on; the message is Vietnamese, names the request and says what to do. */
public final class FetchException extends Exception {
    public FetchException(String message) {
        super(message);
    }
}
