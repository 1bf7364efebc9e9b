package vn.chiso766.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.junit.jupiter.api.Test;

class PropertyListsTest {

    @Test
    void pagesOfTheDocumentStartWithIndexedPropertyLists() throws Exception {
        try (PDDocument document = PropertyLists.document()) {
            PDPage page = new PDPage();
            document.addPage(page);
            assertInstanceOf(PropertyLists.class, page.getResources().getCOSObject().getItem(COSName.PROPERTIES));
            assertEquals(List.of(COSName.TYPE, COSName.MEDIA_BOX, COSName.PARENT, COSName.RESOURCES),
                    new ArrayList<>(page.getCOSObject().keySet()), "the keys in the order a plain document sets them");
        }
    }

    @Test
    void namesEveryListAsPdfBoxDoes_newOnesInTurn_aListAddedAgainByItsFirstName() throws Exception {
        List<PDPropertyList> lists = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            lists.add(list(i));
        }
        List<PDPropertyList> added = new ArrayList<>(lists);
        added.add(lists.get(3));
        added.add(lists.get(39));
        assertEquals(names(plainPage(), added), names(indexedPage(), added));
        assertEquals("Prop4", names(indexedPage(), added).get(40));
    }

    @Test
    void findsTheListsLeftAfterSomeAreRemoved() throws Exception {
        PDResources plain = plainPage();
        PDResources indexed = indexedPage();
        List<PDPropertyList> lists = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            lists.add(list(i));
        }
        names(plain, lists);
        names(indexed, lists);
        for (PDResources resources : List.of(plain, indexed)) {
            COSDictionary properties = resources.getCOSObject().getCOSDictionary(COSName.PROPERTIES);
            properties.removeItem(COSName.getPDFName("Prop2"));
            properties.setItem(COSName.getPDFName("Prop5"), lists.get(0).getCOSObject());
        }
        List<PDPropertyList> again = List.of(lists.get(1), lists.get(2), lists.get(0), lists.get(5), list(9));
        List<String> expected = names(plain, again);
        assertEquals(List.of("Prop7", "Prop3", "Prop1", "Prop6", "Prop8"), expected,
                "the second list added anew, the first found by its first name though Prop5 holds it too");
        assertEquals(expected, names(indexed, again));
    }

    private static PDPropertyList list(int mcid) {
        COSDictionary dictionary = new COSDictionary();
        dictionary.setItem(COSName.MCID, COSInteger.get(mcid));
        return PDPropertyList.create(dictionary);
    }

    private static List<String> names(PDResources resources, List<PDPropertyList> lists) {
        return lists.stream().map(list -> resources.add(list).getName()).toList();
    }

    private static PDResources plainPage() {
        return new PDResources();
    }

    private static PDResources indexedPage() {
        PDDocument document = PropertyLists.document();
        PDPage page = new PDPage();
        document.addPage(page);
        return page.getResources();
    }
}
