package vn.chiso766.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.chiso766.model.Kind;
import vn.chiso766.portal.Answer;
import vn.chiso766.score.GroupScore;
import vn.chiso766.score.IndicatorScore;
import vn.chiso766.score.PeriodResult;
import vn.chiso766.score.UnitResult;

/**
 * The portal's answers for a scored period, in the shapes of the real answers (portal-api.md):
 * the national list and, per province, its unit list and the six group endpoints. Made from
 * sample data, so that importing them must give back the same group scores.
 */
public final class PortalSet {
    private static final JsonNodeFactory JSON = JsonNodeFactory.withExactBigDecimals(true);
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Map<String, String> TREE_COUNTS = Map.of(
            "PAYMENT_DOSSIER", "totalDossierOnlinePaymentSuccess/totalDossierFinancialObligation",
            "PAYMENT_FORMALITY", "totalDossierOnlineFormalityPaymentSuccess/totalFeeDossierFormalityDistinct",
            "PAYMENT_INTEGRATED", "totalFeeDossierFormality/totalFeeFormality",
            "ON_TIME", "totalOnTime/totalReceived");

    private PortalSet() {
    }

    public static List<Answer> of(PeriodResult period) {
        List<Answer> answers = new ArrayList<>();
        List<UnitResult> provinces = period.units().stream().filter(u -> u.unit().kind() == Kind.PROVINCE).toList();
        answers.add(answer("national", national(provinces)));
        for (UnitResult province : provinces) {
            List<UnitResult> units = period.units().stream()
                    .filter(u -> u.unit().parent().filter(province.unit().code()::equals).isPresent()).toList();
            String code = province.unit().code();
            answers.add(answer(code + "/service-results", unitList(province, units)));
            for (String group : List.of("CKMB", "MDSH", "MDHL")) {
                answers.add(answer(code + "/" + group, formA(group, province, units)));
            }
            for (String group : List.of("TDGQ", "CLGQ", "TTTT")) {
                answers.add(answer(code + "/" + group, tree(group, province, units)));
            }
        }
        return answers;
    }

    private static ObjectNode national(List<UnitResult> provinces) {
        ObjectNode data = JSON.objectNode();
        data.putObject("overview").put("departmentName", "Cả nước");
        ArrayNode rows = data.putArray("evaluation");
        for (UnitResult p : provinces) {
            ObjectNode row = identity(rows.addObject(), p, false);
            row.put("totalScore", p.card().total().orElse(null));
            ObjectNode groups = row.putObject("groupScores");
            p.card().groups().forEach(g -> groups.put(g.group().code(), g.points().orElse(null)));
        }
        return data;
    }

    private static ObjectNode unitList(UnitResult province, List<UnitResult> units) {
        ObjectNode data = JSON.objectNode();
        data.putObject("overview").put("departmentName", province.unit().name())
                .put("departmentCode", province.unit().code());
        ArrayNode rows = data.putArray("evaluation");
        for (UnitResult u : units) {
            identity(rows.addObject(), u, true).put("totalScore", u.card().total().orElse(null))
                    .put("childGroup", u.unit().kind().name());
        }
        return data;
    }

    private static ObjectNode formA(String group, UnitResult province, List<UnitResult> units) {
        ObjectNode data = JSON.objectNode();
        metrics(identity(data.putObject("overview"), province, group.equals("MDSH")), province, group);
        ArrayNode rows = data.putArray("evaluation");
        for (UnitResult u : units) {
            ObjectNode row = identity(rows.addObject(), u, group.equals("MDSH"));
            row.put("departmentType", u.unit().kind() == Kind.COMMUNE ? "COMMUNE_PEOPLE_COMMITTEE" : "PROVINCIAL_DEPARTMENT");
            metrics(row, u, group);
        }
        data.putObject("pagination").put("total", units.size()).put("currentPage", 1).put("pageSize", units.size())
                .put("totalPages", 1);
        return data;
    }

    private static void metrics(ObjectNode row, UnitResult unit, String group) {
        GroupScore score = unit.card().group(group).orElseThrow();
        row.put("totalScore", score.points().orElse(null));
        ArrayNode metrics = row.putArray("metrics");
        for (IndicatorScore i : score.indicators()) {
            metrics.addObject().put("code", i.indicator().code()).put("name", i.indicator().name())
                    .put("numerator", i.numerator().orElse(null)).put("denominator", i.denominator().orElse(null))
                    .put("score", i.points().orElse(null)).put("maxScore", i.indicator().max());
        }
    }

    private static ObjectNode tree(String group, UnitResult province, List<UnitResult> units) {
        ObjectNode data = JSON.objectNode();
        treeRow(identity(data.putObject("parent"), province, true), province, group).put("totalMaxScore",
                group.equals("CLGQ") ? 12 : group.equals("TTTT") ? 10 : 20);
        ArrayNode rows = data.putArray("children");
        for (UnitResult u : units) {
            treeRow(identity(rows.addObject(), u, true), u, group)
                    .put("level", u.unit().kind() == Kind.COMMUNE ? "COMMUNE" : "PROVINCE");
        }
        return data;
    }

    private static ObjectNode treeRow(ObjectNode row, UnitResult unit, String group) {
        GroupScore score = unit.card().group(group).orElseThrow();
        row.put(unit.unit().kind() == Kind.PROVINCE || !group.equals("TDGQ") ? "totalScore" : "score",
                score.points().orElse(null));
        for (IndicatorScore i : score.indicators()) {
            Optional.ofNullable(TREE_COUNTS.get(i.indicator().code())).ifPresent(fields -> {
                String[] names = fields.split("/");
                row.put(names[0], i.numerator().orElse(null)).put(names[1], i.denominator().orElse(null));
            });
        }
        return row;
    }

    private static ObjectNode identity(ObjectNode row, UnitResult unit, boolean withCode) {
        row.put("departmentId", "id-" + unit.unit().code()).put("departmentName", unit.unit().name());
        if (withCode || unit.unit().kind() == Kind.PROVINCE) {
            row.put("departmentCode", unit.unit().code());
        }
        return row;
    }

    private static Answer answer(String name, ObjectNode data) {
        ObjectNode root = JSON.objectNode().put("code", "OK").put("message", "OK");
        root.set("data", data);
        try {
            return new Answer(name + ".json", MAPPER.writeValueAsBytes(root));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
