package vn.chiso766.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checker the site's tests rely on does reject invalid pages. */
class HtmlCheckerTest {
    @Test
    void rejectsAnInvalidPageAndAcceptsAValidOne(@TempDir Path temp) throws Exception {
        HtmlChecker checker = new HtmlChecker();
        Path bad = Files.writeString(temp.resolve("bad.html"),
                "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"></head><body><p><div>x</div></body></html>");
        assertFalse(checker.errors(bad).isEmpty(), "no title, div inside p");
        Path good = Files.writeString(temp.resolve("good.html"),
                "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Thử</title></head>"
                        + "<body><p>Điểm 65,54</p></body></html>");
        assertEquals(List.of(), checker.errors(good));
    }
}
