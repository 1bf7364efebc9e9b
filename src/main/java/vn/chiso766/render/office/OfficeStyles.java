package vn.chiso766.render.office;

import java.io.IOException;
import java.io.InputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/** The Word notice's styles, from templates/docx/styles.xml (Times New Roman, Nghị định 30's sizes). */
final class OfficeStyles {
    static final String RESOURCE = "templates/docx/styles.xml";
    static final String NORMAL = "Normal";
    static final String BODY = "BodyText";
    static final String TITLE = "Title";
    static final String SUBTITLE = "Subtitle";
    static final String HEADING_1 = "Heading1";
    static final String HEADING_2 = "Heading2";
    static final String MASTHEAD = "Masthead";
    static final String TABLE_TEXT = "TableText";
    static final String TABLE_HEADING = "TableHeading";
    static final String RECIPIENTS = "Recipients";
    static final String SIGNATURE = "Signature";
    static final String HEADER = "Header";
    static final String GRID = "TableGrid";
    static final String PLAIN_TABLE = "PlainTable";

    private OfficeStyles() {
    }

    static void apply(XWPFDocument document) throws IOException {
        try (InputStream in = OfficeStyles.class.getResourceAsStream("/" + RESOURCE)) {
            if (in == null) {
                throw new IOException("no resource " + RESOURCE);
            }
            document.createStyles().setStyles(StylesDocument.Factory.parse(in).getStyles());
        } catch (XmlException e) {
            throw new IOException("bad " + RESOURCE, e);
        }
    }
}
