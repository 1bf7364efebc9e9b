package vn.chiso766.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

class XmpDatesTest {
    private static final GregorianCalendar DATE = new GregorianCalendar(TimeZone.getTimeZone("GMT+07:00"));

    static {
        DATE.clear();
        DATE.set(2026, 10, 5, 8, 0, 0);
    }

    @Test
    void datesThePacketWithTheDocumentsDate() {
        String packet = """
                <rdf:Description xmlns:xmp="http://ns.adobe.com/xap/1.0/" rdf:about="">
                  <xmp:CreateDate>2031-01-02T03:04:05+00:00</xmp:CreateDate>
                  <xmp:ModifyDate>2031-01-02T03:04:05+00:00</xmp:ModifyDate>
                </rdf:Description>
                """;
        assertEquals("""
                <rdf:Description xmlns:xmp="http://ns.adobe.com/xap/1.0/" rdf:about="">
                  <xmp:CreateDate>2026-11-05T08:00:00+07:00</xmp:CreateDate>
                  <xmp:ModifyDate>2026-11-05T08:00:00+07:00</xmp:ModifyDate>
                  <xmp:MetadataDate>2026-11-05T08:00:00+07:00</xmp:MetadataDate>
                </rdf:Description>
                """, XmpDates.set(packet, DATE));
    }

    @Test
    void keepsTheLineBreaksOfThePacket() {
        String packet = "<x>\r\n\t<xmp:MetadataDate>1</xmp:MetadataDate>\r\n\t<xmp:CreateDate>2</xmp:CreateDate>\r\n</x>";
        assertEquals("<x>\r\n\t<xmp:CreateDate>2026-11-05T08:00:00+07:00</xmp:CreateDate>\r\n"
                + "\t<xmp:ModifyDate>2026-11-05T08:00:00+07:00</xmp:ModifyDate>\r\n"
                + "\t<xmp:MetadataDate>2026-11-05T08:00:00+07:00</xmp:MetadataDate>\r\n</x>", XmpDates.set(packet, DATE));
    }

    @Test
    void twoCreationDatesAreAnError() {
        String line = "  <xmp:CreateDate>2031</xmp:CreateDate>\n";
        assertThrows(IllegalStateException.class, () -> XmpDates.set(line + line, DATE));
    }

    @Test
    void aPacketOfAnotherShapeIsAnError() {
        assertThrows(IllegalStateException.class,
                () -> XmpDates.set("<rdf:Description xmp:CreateDate=\"2031-01-02\"/>\n", DATE));
    }
}
