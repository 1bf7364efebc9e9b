package vn.chiso766.portal;

import java.util.List;

/**
 * What an import did, in Vietnamese lines for the user.
 *
 * @param recognised which answer is which endpoint ("transparency.json: Công khai, minh bạch (CKMB), tỉnh H44")
 * @param changes    units added, vanished, scores revised against the period's previous import
 * @param warnings   what the user should know but need not fix (a unit missing from an endpoint)
 */
public record ImportReport(List<String> recognised, List<String> changes, List<String> warnings) {
    public ImportReport {
        recognised = List.copyOf(recognised);
        changes = List.copyOf(changes);
        warnings = List.copyOf(warnings);
    }
}
