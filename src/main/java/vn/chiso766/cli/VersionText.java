package vn.chiso766.cli;

import picocli.CommandLine.IVersionProvider;
import vn.chiso766.model.Release;

/** What --version prints: the version, the commit it was built from, and the Java running it. */
final class VersionText implements IVersionProvider {
    @Override
    public String[] getVersion() {
        Release release = Release.CURRENT;
        return new String[] {release.name(), "Mã nguồn: " + source(release),
            "Java: " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
    }

    static String source(Release release) {
        if (release.revision().isEmpty()) {
            return "không rõ (bản dựng từ mã nguồn không nằm trong kho git)";
        }
        return "commit " + release.revision() + (release.modified() ? ", có thay đổi chưa commit" : "");
    }
}
