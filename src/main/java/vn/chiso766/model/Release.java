package vn.chiso766.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * This build of chiso766: its version (pom.xml) and the git commit it was built from, recorded by
 * Maven in release.properties. The version names the documents a build makes; the revision is
 * only shown by --version, so that documents stay byte-identical across commits of one version.
 *
 * @param version  semantic version, e.g. "0.2.0"
 * @param revision the full commit hash, empty when the sources were not a git checkout
 * @param modified whether the checkout had uncommitted changes to tracked files
 */
public record Release(String version, String revision, boolean modified) {
    private static final String RESOURCE = "/vn/chiso766/release.properties";
    public static final Release CURRENT = load();

    public Release {
        if (!version.matches("\\d+\\.\\d+\\.\\d+(-[0-9A-Za-z.-]+)?")) {
            throw new IllegalArgumentException("not a semantic version: " + version);
        }
        if (!revision.isEmpty() && !revision.matches("[0-9a-f]{40,64}")) {
            throw new IllegalArgumentException("not a git commit: " + revision);
        }
    }

    /** "chiso766 0.2.0": what a document names as its producer. */
    public String name() {
        return "chiso766 " + version;
    }

    private static Release load() {
        Properties properties = new Properties();
        try (InputStream in = Release.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " missing: build with Maven (mvn package)");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Release(properties.getProperty("version"), properties.getProperty("revision", ""),
                Boolean.parseBoolean(properties.getProperty("modified")));
    }
}
