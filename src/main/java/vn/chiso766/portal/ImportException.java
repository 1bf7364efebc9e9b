package vn.chiso766.portal;

import java.util.List;

/** Answers that cannot be imported; every message names the file (and JSON path) and what to do. */
public final class ImportException extends Exception {
    private final transient List<String> messages;

    public ImportException(List<String> messages) {
        super(String.join("\n", messages));
        this.messages = List.copyOf(messages);
    }

    public ImportException(String message) {
        this(List.of(message));
    }

    public List<String> messages() {
        return messages;
    }
}
