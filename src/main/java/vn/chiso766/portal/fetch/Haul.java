package vn.chiso766.portal.fetch;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.chiso766.model.Period;
import vn.chiso766.portal.Answer;
import vn.chiso766.portal.Json;

/** Everything one fetch received, in request order: the answers to import and the files to save. */
public record Haul(Period period, List<Folder> folders) {
    public Haul {
        folders = List.copyOf(folders);
    }

    /** One answer per page, named by its request ("POST …/transparency (trang 2/3)"). */
    public List<Answer> answers() {
        List<Answer> answers = new ArrayList<>();
        for (Folder folder : folders) {
            for (Pages pages : folder.pages()) {
                List<Received> all = pages.received();
                for (Received page : all) {
                    String of = all.size() > 1 ? " (trang " + page.call().page() + "/" + all.size() + ")" : "";
                    answers.add(new Answer("POST " + page.url() + of, page.body()));
                }
            }
        }
        return answers;
    }

    /** portal/{period}/{folder}/{endpoint}[-page-N].json as received, and each folder's requests.json. */
    public Map<String, byte[]> raw() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (Folder folder : folders) {
            String dir = "portal/" + period + "/" + folder.name() + "/";
            List<Map<String, Object>> requests = new ArrayList<>();
            for (Pages pages : folder.pages()) {
                for (Received page : pages.received()) {
                    String file = fileName(page.call());
                    files.put(dir + file, page.body());
                    requests.add(request(file, page));
                }
            }
            files.put(dir + "requests.json", Json.pretty(requests));
        }
        return files;
    }

    /**
     * When the portal gave these figures, in Vietnam's time: the Date of its first answer (the machine's
     * clock when it sent none). A running period's snapshot is dated by it.
     */
    public ZonedDateTime taken() {
        return folders.get(0).pages().get(0).received().get(0).taken();
    }

    public int requests() {
        return folders.stream().flatMap(f -> f.pages().stream()).mapToInt(p -> p.received().size()).sum();
    }

    static String fileName(Call call) {
        return call.endpoint().path() + (call.page() > 1 ? "-page-" + call.page() : "") + ".json";
    }

    private static Map<String, Object> request(String file, Received page) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("file", file);
        request.put("method", "POST");
        request.put("url", page.url());
        request.put("body", page.call().body());
        request.put("status", page.status());
        request.put("at", page.at().toString());
        request.put("attempts", page.attempts());
        return request;
    }
}
