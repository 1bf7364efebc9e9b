package vn.chiso766.portal;

import java.util.List;

/** The portal's evaluation endpoints: what fetch calls and what an import recognises. */
public enum Endpoint {
    NATIONAL("service-results", "", "danh sách toàn quốc các tỉnh, thành phố"),
    UNITS("service-results", "", "danh sách đơn vị của tỉnh"),
    TRANSPARENCY("transparency", "CKMB", "Công khai, minh bạch"),
    PROGRESS("dvc-progress-tree", "TDGQ", "Tiến độ, kết quả giải quyết"),
    ONLINE("provide-online-tree", "CLGQ", "Dịch vụ công trực tuyến"),
    PAYMENT("formality-online-payment-tree", "TTTT", "Thanh toán trực tuyến"),
    DIGITIZED("dossier-digitized", "MDSH", "Số hóa hồ sơ"),
    SATISFACTION("handling-satisfaction", "MDHL", "Mức độ hài lòng");

    private static final List<Endpoint> GROUPS = List.of(TRANSPARENCY, PROGRESS, ONLINE, PAYMENT, DIGITIZED,
            SATISFACTION);

    private final String path;
    private final String group;
    private final String label;

    Endpoint(String path, String group, String label) {
        this.path = path;
        this.group = group;
        this.label = label;
    }

    /** The last segment of the API's URL ("transparency"), and the name of fetch's saved file. */
    public String path() {
        return path;
    }

    /** POST {portal}/api/v1/reporting/evaluation/{path}. */
    public String url(String portal) {
        return portal.replaceAll("/+$", "") + "/api/v1/reporting/evaluation/" + path;
    }

    /** The group code whose score the endpoint gives; empty for the two lists. */
    public String group() {
        return group;
    }

    /** "transparency (Công khai, minh bạch, CKMB)" */
    public String describe() {
        return path + " (" + label + (group.isEmpty() ? "" : ", " + group) + ")";
    }

    /** The six group endpoints a province's import needs, in the order the portal's pages call them. */
    public static List<Endpoint> groups() {
        return GROUPS;
    }
}
