package vn.chiso766.portal.fetch;

import java.util.List;

/** The evaluation API's endpoints that fetch calls, by their path segment. */
public enum Endpoint {
    SERVICE_RESULTS("service-results"),
    TRANSPARENCY("transparency"),
    DVC_PROGRESS_TREE("dvc-progress-tree"),
    PROVIDE_ONLINE_TREE("provide-online-tree"),
    FORMALITY_ONLINE_PAYMENT_TREE("formality-online-payment-tree"),
    DOSSIER_DIGITIZED("dossier-digitized"),
    HANDLING_SATISFACTION("handling-satisfaction");

    /** The six group endpoints, called for every province after its unit list. */
    public static final List<Endpoint> GROUPS = List.of(TRANSPARENCY, DVC_PROGRESS_TREE, PROVIDE_ONLINE_TREE,
            FORMALITY_ONLINE_PAYMENT_TREE, DOSSIER_DIGITIZED, HANDLING_SATISFACTION);

    private final String path;

    Endpoint(String path) {
        this.path = path;
    }

    /** "transparency": the last segment of the URL and the saved file's name. */
    public String path() {
        return path;
    }

    /** POST {portal}/api/v1/reporting/evaluation/{path}. */
    public String url(String portal) {
        return portal.replaceAll("/+$", "") + "/api/v1/reporting/evaluation/" + path;
    }
}
