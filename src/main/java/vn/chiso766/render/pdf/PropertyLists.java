package vn.chiso766.render.pdf;

import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;

/**
 * A page's {@code /Properties} resources while openhtmltopdf draws it, indexed by value.
 *
 * <p>For PDF/UA every marked-content sequence gets its own property list, and PDFBox, before
 * naming each new one, searches the page's property lists for it one by one
 * ({@code PDResources.add} → {@code COSDictionary.containsValue}): quadratic in the hundreds of
 * sequences of a scorecard page. Here the search is a lookup; names and order are unchanged, so
 * the saved bytes are the same. Removing or renaming lists ({@link PageContents} drops the empty
 * artifacts' lists) rebuilds the index at the next lookup.
 */
final class PropertyLists extends COSDictionary {
    private final Map<COSBase, COSName> names = new IdentityHashMap<>();
    private boolean stale;

    private PropertyLists() {
    }

    /** A document whose new pages start with an indexed {@code /Properties}. */
    static PDDocument document() {
        return new PDDocument() {
            @Override
            public void addPage(PDPage page) {
                super.addPage(page); // first, as the page's keys are saved in the order they are set
                if (page.getCOSObject().getCOSDictionary(COSName.RESOURCES) == null) {
                    PDResources resources = new PDResources();
                    resources.getCOSObject().setItem(COSName.PROPERTIES, new PropertyLists());
                    page.setResources(resources);
                }
            }
        };
    }

    @Override
    public void setItem(COSName key, COSBase value) {
        if (getItem(key) != null) {
            stale = true; // a name given a new value; PDResources only adds new names
        }
        super.setItem(key, value);
        if (value != null && !stale) {
            names.putIfAbsent(value, key); // the first name, as the linear search finds
        }
    }

    @Override
    public void removeItem(COSName key) {
        super.removeItem(key);
        stale = true;
    }

    @Override
    public boolean containsValue(Object value) {
        return getKeyForValue(value) != null;
    }

    @Override
    public COSName getKeyForValue(Object value) {
        if (stale) {
            reindex();
        }
        COSName name = names.get(value);
        if (name == null && value instanceof COSObject object) {
            name = names.get(object.getObject());
        }
        return name;
    }

    private void reindex() {
        names.clear();
        for (Map.Entry<COSName, COSBase> entry : entrySet()) {
            COSBase value = entry.getValue();
            names.putIfAbsent(value instanceof COSObject object ? object.getObject() : value, entry.getKey());
        }
        stale = false;
    }
}
