package vn.chiso766.portal;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.chiso766.model.Catalogue;

/** A unit's rows of one endpoint, in the catalogue's codes: the portal's counts and points as given. */
final class Figures {
    /** The payment tree's counts behind the catalogue's three TTTT indicators (portal-api.md). */
    private static final String[][] PAYMENT = {
        {"PAYMENT_DOSSIER", "totalDossierOnlinePaymentSuccess", "totalDossierFinancialObligation"},
        {"PAYMENT_FORMALITY", "totalDossierOnlineFormalityPaymentSuccess", "totalFeeDossierFormalityDistinct"},
        {"PAYMENT_INTEGRATED", "totalFeeDossierFormality", "totalFeeFormality"}};

    private final Catalogue catalogue;
    private final List<String> warnings;

    Figures(Catalogue catalogue, List<String> warnings) {
        this.catalogue = catalogue;
        this.warnings = warnings;
    }

    List<ScoreRow> of(Endpoint endpoint, String unit, ProvinceReplies.Located at) {
        JsonNode row = at.node();
        List<ScoreRow> rows = new ArrayList<>();
        switch (endpoint) {
            case TRANSPARENCY, DIGITIZED, SATISFACTION -> metrics(unit, at, rows);
            case PROGRESS -> rows.add(counted(unit, "ON_TIME", row, "totalOnTime", "totalReceived", score(row), at));
            case PAYMENT -> {
                for (String[] p : PAYMENT) {
                    rows.add(counted(unit, p[0], row, p[1], p[2], Optional.empty(), at));
                }
            }
            default -> { }
        }
        rows.add(ScoreRow.group(unit, endpoint.group(), score(row)));
        return rows.stream().filter(r -> !r.empty() && catalogue.knows(r.code())).toList();
    }

    /** A tree child says "score", its parent and every list row "totalScore". */
    private static Optional<BigDecimal> score(JsonNode row) {
        return Json.number(row, "totalScore").or(() -> Json.number(row, "score"));
    }

    private void metrics(String unit, ProvinceReplies.Located at, List<ScoreRow> rows) {
        int i = 0;
        for (JsonNode metric : at.node().path("metrics")) {
            String code = Json.text(metric, "code");
            if (catalogue.indicator(code).isEmpty()) {
                warnings.add(at.at() + ".metrics[" + i + "]: chỉ số \"" + code + "\" (" + Json.text(metric, "name")
                        + ") chưa có trong danh mục nên chưa được nhập; điểm nhóm vẫn theo Cổng. Nếu đây là chỉ số"
                        + " mới, hãy thêm vào catalogue/indicators.csv rồi nhập lại.");
            } else {
                ScoreRow counted = counted(unit, code, metric, "numerator", "denominator", Json.number(metric, "score"), at);
                rows.add(new ScoreRow(unit, code, counted.numerator(), counted.denominator(), counted.score(),
                        Json.text(metric, "dataQualityStatus"), join(counted.qualityMessage(),
                        Json.text(metric, "dataQualityMessage"))));
            }
            i++;
        }
    }

    /** Counts kept only as a pair the contract accepts (both present, 0 ≤ numerator ≤ denominator). */
    private ScoreRow counted(String unit, String code, JsonNode node, String numeratorField, String denominatorField,
                             Optional<BigDecimal> score, ProvinceReplies.Located at) {
        Optional<BigDecimal> numerator = Json.number(node, numeratorField);
        Optional<BigDecimal> denominator = Json.number(node, denominatorField);
        if (numerator.isPresent() && denominator.isPresent() && valid(numerator.get(), denominator.get())) {
            return new ScoreRow(unit, code, numerator, denominator, score, "", "");
        }
        String note = "";
        if (numerator.isPresent() && denominator.isPresent()) {
            note = "Cổng công bố tử số " + plain(numerator.get()) + " trên mẫu số " + plain(denominator.get())
                    + "; không dùng cặp số này để tính.";
            warnings.add(at.at() + ": " + code + " của đơn vị " + unit + ": " + note);
        }
        return new ScoreRow(unit, code, Optional.empty(), Optional.empty(), score, "", note);
    }

    private static boolean valid(BigDecimal numerator, BigDecimal denominator) {
        return numerator.signum() >= 0 && numerator.compareTo(denominator) <= 0;
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static String join(String a, String b) {
        return a.isEmpty() ? b : b.isEmpty() ? a : a + " " + b;
    }
}
