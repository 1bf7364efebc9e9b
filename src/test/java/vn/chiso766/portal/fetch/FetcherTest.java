package vn.chiso766.portal.fetch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.chiso766.portal.fetch.ReplayPortal.NATIONAL;
import static vn.chiso766.portal.fetch.ReplayPortal.PHU_THO;
import static vn.chiso766.portal.fetch.ReplayPortal.PHU_THO_ID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.chiso766.model.Period;
import vn.chiso766.portal.Answer;

class FetcherTest extends ReplayTest {
    private static final Period AUGUST = Period.of(2026, 8);
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final List<String> ORDER = List.of("service-results", "service-results", "transparency",
            "dvc-progress-tree", "provide-online-tree", "formality-online-payment-tree", "dossier-digitized",
            "handling-satisfaction");

    private Fetcher fetcher(Politeness politeness) {
        return new Fetcher(client(politeness));
    }

    private Haul fetch(String code) throws FetchException {
        return fetcher(Waits.politeness()).province(AUGUST, code);
    }

    private List<String> endpoints() {
        return portal.requests().stream().map(ReplayPortal.Request::endpoint).toList();
    }

    private JsonNode body(String endpoint) {
        return portal.requests().stream().filter(r -> r.endpoint().equals(endpoint)).reduce((a, b) -> b).orElseThrow().body();
    }

    @Test
    void findsTheProvinceInTheNationalListThenAsksForItsUnitsAndSixGroups() throws FetchException {
        Haul haul = fetch("h44");
        assertEquals(ORDER, endpoints());
        String month = "\"timeType\":\"month\",\"year\":2026,\"month\":8,";
        String root = "\"rootDepartmentId\":\"" + PHU_THO_ID + "\",\"currentPage\":1,\"pageSize\":200}";
        assertEquals("{" + month + "\"departmentType\":\"ADMINISTRATIVE_UNIT\"}", portal.requests().get(0).body().toString());
        for (String endpoint : ORDER.subList(1, 7)) {
            assertEquals("{" + month + root, body(endpoint).toString(), endpoint);
        }
        assertEquals("{\"fromDate\":\"2026-08-01\",\"toDate\":\"2026-08-31\"," + root,
                body("handling-satisfaction").toString());
        assertEquals(8, haul.requests());
    }

    @Test
    void aRunningYearIsAskedForToThePortalsDayInVietnam() throws FetchException {
        portal.date(Instant.parse("2026-10-10T17:30:00Z"));
        Haul haul = fetcher(Waits.politeness()).province(Period.year(2026), PHU_THO);
        assertEquals("2026-10-11T00:30+07:00[Asia/Ho_Chi_Minh]", haul.taken().toString());
        assertEquals("{\"timeType\":\"year\",\"year\":2026,\"departmentType\":\"ADMINISTRATIVE_UNIT\"}",
                portal.requests().get(0).body().toString());
        assertEquals("{\"fromDate\":\"2026-01-01\",\"toDate\":\"2026-10-11\",\"rootDepartmentId\":\"" + PHU_THO_ID
                + "\",\"currentPage\":1,\"pageSize\":200}", body("handling-satisfaction").toString());
        assertTrue(haul.raw().containsKey("portal/2026/H44/handling-satisfaction.json"));
    }

    @Test
    void aPeriodThatHasNotBegunByThePortalsClockIsRefusedAfterItsFirstAnswer() {
        portal.date(Instant.parse("2026-09-30T16:59:59Z"));
        String message = assertThrows(FetchException.class,
                () -> fetcher(Waits.politeness()).province(Period.of(2026, 10), PHU_THO)).getMessage();
        assertEquals("Theo đồng hồ của Cổng DVC quốc gia hôm nay là 30/09/2026 (giờ Việt Nam): kỳ 2026-10 (tháng"
                + " 10/2026) chưa bắt đầu, chưa có số liệu.", message);
        assertEquals(1, portal.requests().size());
    }

    @Test
    void handsOverEveryAnswerAsReceivedNamedByItsRequest() throws FetchException {
        List<Answer> answers = fetch(PHU_THO).answers();
        assertEquals(8, answers.size());
        assertEquals("POST " + portal.url() + "/api/v1/reporting/evaluation/transparency", answers.get(2).origin());
        assertArrayEquals(portal.answer(NATIONAL), answers.get(0).body());
        assertArrayEquals(portal.answer("handling-satisfaction"), answers.get(7).body());
    }

    @Test
    void followsTotalPages() throws FetchException {
        portal.answer("service-results", Paging.split(portal.answer("service-results"), 3));
        portal.answer("transparency", Paging.split(portal.answer("transparency"), 2));
        Haul haul = fetch(PHU_THO);
        List<Integer> pages = portal.requests().stream().map(r -> r.body().path("currentPage").asInt(0)).toList();
        assertEquals(List.of(0, 1, 2, 3, 1, 2, 1, 1, 1, 1, 1), pages);
        assertEquals(11, haul.requests());
        List<String> origins = haul.answers().stream().map(Answer::origin).toList();
        assertTrue(origins.get(3).endsWith("/service-results (trang 3/3)"), origins.get(3));
        assertTrue(origins.get(5).endsWith("/transparency (trang 2/2)"), origins.get(5));
        assertEquals(2, body("transparency").path("currentPage").asInt());
        assertEquals(PHU_THO_ID, body("transparency").path("rootDepartmentId").asText());
    }

    @Test
    void savesEachAnswerAndTheRequestsThatGotThem() throws IOException, FetchException {
        portal.answer("transparency", Paging.split(portal.answer("transparency"), 2));
        Map<String, byte[]> raw = fetch(PHU_THO).raw();
        String dir = "portal/2026-08/H44/";
        assertEquals(List.of(dir + "dossier-digitized.json", dir + "dvc-progress-tree.json", dir + "formality-online-payment-tree.json",
                dir + "handling-satisfaction.json", dir + "provide-online-tree.json", dir + "requests.json",
                dir + "service-results.json", dir + "transparency-page-2.json", dir + "transparency.json",
                "portal/2026-08/national/requests.json", "portal/2026-08/national/service-results.json"),
                raw.keySet().stream().sorted().toList());
        assertArrayEquals(portal.answer("dvc-progress-tree"), raw.get(dir + "dvc-progress-tree.json"));
        JsonNode requests = MAPPER.readTree(raw.get(dir + "requests.json"));
        assertEquals(8, requests.size());
        JsonNode second = requests.get(2);
        assertEquals("transparency-page-2.json", second.path("file").asText());
        assertEquals(portal.url() + "/api/v1/reporting/evaluation/transparency", second.path("url").asText());
        assertEquals(2, second.path("body").path("currentPage").asInt());
        assertEquals(201, second.path("status").asInt());
        assertEquals("2026-09-05T08:15+07:00", second.path("at").asText());
    }

    @Test
    void anUnknownProvinceCodeListsTheCodesThatExist() {
        String message = assertThrows(FetchException.class, () -> fetch("H99")).getMessage();
        assertTrue(message.startsWith("Mã tỉnh \"H99\" không có trong danh sách toàn quốc"), message);
        assertTrue(message.contains("Các mã có: H01 (UBND tỉnh An Giang), H05"), message);
        assertTrue(message.contains("H44 (UBND tỉnh Phú Thọ)") && message.contains("--province all"), message);
        assertEquals(1, portal.requests().size());
    }

    @Test
    void passesOnAUnitMissingFromOneEndpointAndAnUnknownMetricForTheImportToJudge() throws Exception {
        String transparency = new String(portal.answer("transparency"), StandardCharsets.UTF_8)
                .replace("\"code\":\"DOSSIER_SYNC\"", "\"code\":\"NEW_METRIC_2027\"");
        JsonNode tree = MAPPER.readTree(portal.answer("dvc-progress-tree"));
        ((com.fasterxml.jackson.databind.node.ArrayNode) tree.path("data").path("children")).remove(2);
        portal.answer("transparency", transparency.getBytes(StandardCharsets.UTF_8));
        portal.answer("dvc-progress-tree", MAPPER.writeValueAsBytes(tree));
        List<Answer> answers = fetch(PHU_THO).answers();
        assertArrayEquals(transparency.getBytes(StandardCharsets.UTF_8), answers.get(2).body());
        assertArrayEquals(MAPPER.writeValueAsBytes(tree), answers.get(3).body());
    }

    @Test
    void fetchesEveryProvinceOfTheCountryInTurnWithTheSamePauses() throws Exception {
        JsonNode national = MAPPER.readTree(portal.answer(NATIONAL));
        var rows = (com.fasterxml.jackson.databind.node.ArrayNode) national.path("data").path("evaluation");
        while (rows.size() > 3) {
            rows.remove(3);
        }
        portal.answer(NATIONAL, MAPPER.writeValueAsBytes(national));
        List<String> steps = new ArrayList<>();
        Haul haul = fetcher(Waits.politeness().withDelay(Duration.ofSeconds(1))).country(AUGUST, new Fetcher.Steps() {
            @Override
            public void start(int provinces) {
                steps.add("start " + provinces);
            }

            @Override
            public void step() {
                steps.add("step");
            }

            @Override
            public void finish() {
                steps.add("finish");
            }
        });
        assertEquals(22, haul.requests());
        List<String> roots = portal.requests().stream().map(r -> r.body().path("rootDepartmentId").asText())
                .distinct().toList();
        assertEquals(List.of("", rows.get(0).path("departmentId").asText(), rows.get(1).path("departmentId").asText(),
                rows.get(2).path("departmentId").asText()), roots);
        assertEquals(Collections.nCopies(21, Duration.ofSeconds(1)), waits.waits());
        assertEquals(List.of("start 3", "step", "step", "step", "finish"), steps);
        assertTrue(haul.raw().containsKey("portal/2026-08/H20/handling-satisfaction.json"));
    }

    @Test
    void aFailureAfterTheFirstCallsStopsTheWholeFetch() {
        portal.fail("handling-satisfaction", ReplayPortal.firewall(403));
        String message = assertThrows(FetchException.class, () -> fetch(PHU_THO)).getMessage();
        assertTrue(message.contains("handling-satisfaction (tỉnh H44)"), message);
    }

    @Test
    void refusesAnAbsurdPageCount() {
        String answer = new String(portal.answer("dossier-digitized"), StandardCharsets.UTF_8)
                .replace("\"totalPages\":1", "\"totalPages\":100000");
        portal.answer("dossier-digitized", answer.getBytes(StandardCharsets.UTF_8));
        String message = assertThrows(FetchException.class, () -> fetch(PHU_THO)).getMessage();
        assertTrue(message.contains("dossier-digitized (tỉnh H44) báo 100000 trang"), message);
    }
}
