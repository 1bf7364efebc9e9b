package vn.chiso766.portal.fetch;

import java.util.List;

/** What is saved under portal/{period}/{name}/: a province's answers, or the national list. */
record Folder(String name, List<Pages> pages) {
    Folder {
        pages = List.copyOf(pages);
    }
}
