package vn.chiso766.portal;

/** The portal's evaluation endpoints whose answers an import reads. */
public enum Endpoint {
    NATIONAL("service-results", "", "danh sách toàn quốc các tỉnh, thành phố"),
    UNITS("service-results", "", "danh sách đơn vị của tỉnh"),
    TRANSPARENCY("transparency", "CKMB", "Công khai, minh bạch"),
    PROGRESS("dvc-progress-tree", "TDGQ", "Tiến độ, kết quả giải quyết"),
    ONLINE("provide-online-tree", "CLGQ", "Dịch vụ công trực tuyến"),
    PAYMENT("formality-online-payment-tree", "TTTT", "Thanh toán trực tuyến"),
    DIGITIZED("dossier-digitized", "MDSH", "Số hóa hồ sơ"),
    SATISFACTION("handling-satisfaction", "MDHL", "Mức độ hài lòng");

    private final String path;
    private final String group;
    private final String label;

    Endpoint(String path, String group, String label) {
        this.path = path;
        this.group = group;
        this.label = label;
    }

    /** The last segment of the API's URL. */
    public String path() {
        return path;
    }

    /** The group code whose score the endpoint gives; empty for the two lists. */
    public String group() {
        return group;
    }

    /** "transparency (Công khai, minh bạch, CKMB)" */
    public String describe() {
        return path + " (" + label + (group.isEmpty() ? "" : ", " + group) + ")";
    }

    /** The six endpoints a province's import needs. */
    public static java.util.List<Endpoint> groups() {
        return java.util.List.of(TRANSPARENCY, PROGRESS, ONLINE, PAYMENT, DIGITIZED, SATISFACTION);
    }
}
