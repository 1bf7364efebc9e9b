package vn.chiso766.render;

import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A content hash of what a document shows: the templates (and other classpath resources) it
 * is made from plus the values it prints (view models, serialised canonically as JSON with
 * sorted keys). Same inputs → same fingerprint, in any JVM.
 */
public final class Fingerprint {
    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .addModule(new Jdk8Module())
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();
    private static final Map<String, String> RESOURCES = new ConcurrentHashMap<>();

    private Fingerprint() {
    }

    /**
     * @param resources classpath resource names the document is rendered from, e.g.
     *                  "templates/scorecard.ftlh", "fonts/LiberationSerif-Regular.ttf"
     * @param values    the data it shows (records, lists, maps, strings, numbers)
     */
    public static String of(java.util.List<String> resources, Object... values) {
        MessageDigest digest = sha256();
        for (String resource : resources) {
            digest.update(RESOURCES.computeIfAbsent(resource, Fingerprint::hashResource).getBytes());
        }
        try {
            digest.update(CANONICAL.writeValueAsBytes(values));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String hashResource(String name) {
        try (InputStream in = Fingerprint.class.getResourceAsStream("/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no such resource: " + name);
            }
            return HexFormat.of().formatHex(sha256().digest(in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
