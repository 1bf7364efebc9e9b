package vn.chiso766.render.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

/**
 * One embedded subset per typeface for all the scorecards appended to a document, instead of
 * one per scorecard (which would make the notice three times larger). PDFBox subsets keep the
 * full font's glyph ids as character ids (the CIDToGIDMap says which are used), so a scorecard's
 * text shows the same glyphs in a shared subset that holds the union of them.
 */
final class SharedFonts {
    private final PDDocument document;
    private final Map<String, Optional<PDType0Font>> faces = new HashMap<>();
    private final Set<COSDictionary> shared = new HashSet<>();

    SharedFonts(PDDocument document) {
        this.document = document;
    }

    /** Points the fonts of appended resources (and of their forms, the charts) at the shared subsets. */
    void adopt(PDResources resources) throws IOException {
        COSDictionary fonts = resources.getCOSObject().getCOSDictionary(COSName.FONT);
        if (fonts != null) {
            for (COSName key : fonts.keySet()) {
                if (fonts.getDictionaryObject(key) instanceof COSDictionary font && !shared.contains(font)) {
                    Optional<PDType0Font> face = share(font);
                    if (face.isPresent()) {
                        fonts.setItem(key, face.get());
                    }
                }
            }
        }
        for (COSName name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDFormXObject form && form.getResources() != null) {
                adopt(form.getResources());
            }
        }
    }

    /** Embeds each shared face's subset, once every appended page's glyphs are in it. */
    void embed() throws IOException {
        for (Optional<PDType0Font> face : faces.values()) {
            if (face.isPresent()) {
                face.get().subset();
            }
        }
    }

    /** The shared face with this font's glyphs added; empty for a font that is not one of ours. */
    private Optional<PDType0Font> share(COSDictionary font) throws IOException {
        String base = font.getNameAsString(COSName.BASE_FONT);
        if (!COSName.TYPE0.equals(font.getCOSName(COSName.SUBTYPE)) || base == null) {
            return Optional.empty();
        }
        Optional<Set<Integer>> glyphs = glyphs(font);
        if (glyphs.isEmpty()) {
            return Optional.empty();
        }
        String name = base.substring(base.indexOf('+') + 1);
        if (!faces.containsKey(name)) {
            faces.put(name, PdfFonts.load(document, name));
            faces.get(name).ifPresent(face -> shared.add(face.getCOSObject()));
        }
        faces.get(name).ifPresent(face -> face.addGlyphsToSubset(glyphs.get()));
        return faces.get(name);
    }

    /** The glyph ids a subset uses: its character ids that map to a glyph; empty if not a PDFBox subset. */
    private static Optional<Set<Integer>> glyphs(COSDictionary font) throws IOException {
        if (!(font.getDictionaryObject(COSName.DESCENDANT_FONTS) instanceof COSArray descendants)
                || !(descendants.getObject(0) instanceof COSDictionary cidFont)
                || !(cidFont.getDictionaryObject(COSName.CID_TO_GID_MAP) instanceof COSStream map)) {
            return Optional.empty();
        }
        Set<Integer> glyphs = new HashSet<>();
        try (InputStream in = map.createInputStream()) {
            byte[] bytes = in.readAllBytes();
            for (int cid = 1; cid < bytes.length / 2; cid++) {
                if (bytes[2 * cid] != 0 || bytes[2 * cid + 1] != 0) {
                    glyphs.add(cid);
                }
            }
        }
        return Optional.of(glyphs);
    }
}
